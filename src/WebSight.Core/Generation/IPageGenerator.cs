using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>Turns a sample spec into a candidate page, a rejection, or a request to stop the run.</summary>
internal interface IPageGenerator
{
    string Name { get; }

    /// <summary>How many samples the pipeline may have in this generator at once (LLM calls want tens).</summary>
    int Concurrency { get; }

    /// <summary>
    /// For a fixed set of pages (rendering existing HTML): how many there are. Sample i is page i, every page is
    /// tried once and rejected pages are not replaced. Null for generators that can always make another page.
    /// </summary>
    long? FixedSampleCount => null;

    ValueTask<GenerationOutcome> GenerateAsync(SampleSpec spec, CancellationToken cancellationToken);
}

/// <summary>
/// What a generator made of a sample: a page, a rejection with its reason (an unusable model output), or a
/// reason to stop the whole run gracefully (a spent budget) while keeping what is committed.
/// </summary>
internal sealed record GenerationOutcome(GeneratedPage? Page, Rejection? Rejection, string? StopReason)
{
    public static GenerationOutcome Generated(GeneratedPage page) => new(page, null, null);

    public static GenerationOutcome Rejected(Rejection rejection) => new(null, rejection, null);

    public static GenerationOutcome Stop(string reason) => new(null, null, reason);
}
