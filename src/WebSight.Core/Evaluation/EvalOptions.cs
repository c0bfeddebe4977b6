using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Evaluation;

/// <summary>The settings of `websight eval`, each flag declared once; validated before anything is read or started.</summary>
internal sealed class EvalOptions
{
    public const string ReferenceFlag = "--reference";
    public const string PredictionsFlag = "--predictions";
    public const string OutFlag = "--out";
    public const string ImageEncoderFlag = "--image-encoder";

    public const string SeedFlag = "--seed";
    public const int DefaultSeed = 0;

    /// <summary>Which of the reference's viewports the predictions are scored at; default: the run's first.</summary>
    public const string ViewportFlag = "--viewport";

    public const string PartRowsFlag = "--part-rows";
    public const int DefaultPartRows = 64;

    public required string Reference { get; init; }

    public required string Predictions { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>An ONNX image encoder for the visual score; null for the model-free SSIM.</summary>
    public string? ImageEncoder { get; init; }

    /// <summary>The reference viewport to score at (a name from its run's --viewports); null for its first.</summary>
    public string? Viewport { get; init; }

    /// <summary>Seeds the bootstrap intervals.</summary>
    public int Seed { get; init; } = DefaultSeed;

    public int PartRows { get; init; } = DefaultPartRows;

    public int Workers { get; init; } = RenderOptions.DefaultWorkers;

    public string? BrowserPath { get; init; }

    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(RenderOptions.DefaultPageTimeoutSeconds);

    public string? TailwindPath { get; init; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Reference))
            throw new OptionsException(ReferenceFlag, "is required");
        if (!Directory.Exists(Reference))
            throw new OptionsException(ReferenceFlag, $"{Reference} is not a directory");
        if (string.IsNullOrWhiteSpace(Predictions))
            throw new OptionsException(PredictionsFlag, "is required");
        if (string.IsNullOrWhiteSpace(OutputDirectory))
            throw new OptionsException(OutFlag, "is required");
        if (File.Exists(OutputDirectory))
            throw new OptionsException(OutFlag, $"{OutputDirectory} is a file; give a directory");
        if (Path.GetFullPath(OutputDirectory) == Path.GetFullPath(Reference))
            throw new OptionsException(OutFlag, "must not be the reference directory");
        if (ImageEncoder is not null && !File.Exists(ImageEncoder))
            throw new OptionsException(ImageEncoderFlag, $"{ImageEncoder} does not exist");
        if (PartRows < 1)
            throw new OptionsException(PartRowsFlag, "must be at least 1");
        if (Workers is < 1 or > 64)
            throw new OptionsException(RenderOptions.WorkersFlag, "must be between 1 and 64");
        if (PageTimeout <= TimeSpan.Zero)
            throw new OptionsException(RenderOptions.PageTimeoutFlag, "must be positive");
    }
}
