using SkiaSharp;
using WebSight.Core.Evaluation;
using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Evaluation;

/// <summary>The --image-encoder path with a real ONNX Runtime session on a model the test writes itself.</summary>
public sealed class OnnxImageEncoderTests
{
    private static SKBitmap Solid(SKColor color, int width = 40, int height = 90)
    {
        var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        return bitmap;
    }

    [Fact]
    public void A_tiny_encoder_loads_takes_its_input_size_and_embeds_the_normalised_channel_means()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("tiny.onnx");
        File.WriteAllBytes(path, TinyOnnxModel.Build(side: 32));

        using var encoder = OnnxImageEncoder.Load(path, EvalOptions.ImageEncoderFlag);
        using var red = Solid(new SKColor(255, 0, 0));
        using var blue = Solid(new SKColor(0, 0, 255), 70, 30);

        var embedding = encoder.Embed(red);
        Assert.Equal(3, embedding.Length);
        // CLIP normalisation of (1, 0, 0): (1 − 0.4815) / 0.2686, (0 − 0.4578) / 0.2613, (0 − 0.4082) / 0.2758.
        Assert.Equal((1 - 0.48145466) / 0.26862954, embedding[0], 3);
        Assert.Equal(-0.4578275 / 0.26130258, embedding[1], 3);
        Assert.Equal(-0.40821073 / 0.27577711, embedding[2], 3);
        Assert.Equal(1, encoder.Score(red, red), 6);
        var expected = OnnxImageEncoder.Cosine(embedding, encoder.Embed(blue));
        Assert.Equal(expected, encoder.Score(red, blue), 6);
        Assert.True(expected < 0.5);
        Assert.Equal("onnx:tiny.onnx", encoder.Name);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_usage_error_naming_the_flag()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("broken.onnx");
        File.WriteAllText(path, "not a model");

        var error = Assert.Throws<OptionsException>(() => OnnxImageEncoder.Load(path, EvalOptions.ImageEncoderFlag));

        Assert.Contains(EvalOptions.ImageEncoderFlag, error.Message);
    }
}
