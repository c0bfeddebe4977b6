using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SkiaSharp;
using WebSight.Core.Foundation;

namespace WebSight.Core.Evaluation;

/// <summary>
/// A user's ONNX image encoder (a CLIP vision tower exported to ONNX, say) run with ONNX Runtime on the CPU: the
/// screenshot squeezed to the model's square input, RGB in NCHW, normalised with CLIP's mean and deviation; the
/// score is the cosine similarity of the two embeddings (the first output, flattened).
/// </summary>
internal sealed class OnnxImageEncoder : IVisualSimilarity
{
    /// <summary>The input side when the model leaves it open: CLIP ViT-B/32's.</summary>
    public const int DefaultSide = 224;

    private static readonly float[] Mean = [0.48145466f, 0.4578275f, 0.40821073f];
    private static readonly float[] Deviation = [0.26862954f, 0.26130258f, 0.27577711f];

    private readonly InferenceSession _session;
    private readonly string _input;
    private readonly int _side;

    private OnnxImageEncoder(InferenceSession session, string input, int side, string path)
    {
        _session = session;
        _input = input;
        _side = side;
        Name = "onnx:" + Path.GetFileName(path);
    }

    public string Name { get; }

    /// <summary>Loads the model; a file that is not a model with one image input is a usage error naming the flag.</summary>
    public static OnnxImageEncoder Load(string path, string flag)
    {
        if (!File.Exists(path))
            throw new OptionsException(flag, $"{path} does not exist");
        InferenceSession session;
        try
        {
            // Scoring runs one pair per core already; more threads per call would only contend.
            using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
            session = new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new OptionsException(flag, $"{path} is not an ONNX model ONNX Runtime can load ({e.Message})");
        }
        var (name, metadata) = session.InputMetadata.First();
        var dimensions = metadata.Dimensions;
        if (session.InputMetadata.Count != 1 || dimensions.Length != 4 || dimensions[1] is not (3 or -1))
        {
            session.Dispose();
            throw new OptionsException(flag, $"{path} must take one image tensor [batch, 3, height, width]");
        }
        var side = dimensions[2] > 0 ? dimensions[2] : DefaultSide;
        return new OnnxImageEncoder(session, name, side, path);
    }

    public double Score(SKBitmap reference, SKBitmap predicted) => Cosine(Embed(reference), Embed(predicted));

    public float[] Embed(SKBitmap image)
    {
        using var square = Screenshot.Resize(image, _side, _side, SKColorType.Rgba8888);
        var pixels = square.GetPixelSpan();
        var plane = _side * _side;
        var tensor = new DenseTensor<float>([1, 3, _side, _side]);
        var buffer = tensor.Buffer.Span;
        for (var i = 0; i < plane; i++)
        {
            for (var channel = 0; channel < 3; channel++)
                buffer[channel * plane + i] = (pixels[i * 4 + channel] / 255f - Mean[channel]) / Deviation[channel];
        }
        using var results = _session.Run([NamedOnnxValue.CreateFromTensor(_input, tensor)]);
        return results[0].AsEnumerable<float>().ToArray();
    }

    public static double Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length || a.Length == 0)
            return 0;
        double dot = 0,
            normA = 0,
            normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (double)b[i];
            normA += a[i] * (double)a[i];
            normB += b[i] * (double)b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    public void Dispose() => _session.Dispose();
}
