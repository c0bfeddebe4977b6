using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>Where candidate pages come from: a generator (template, llm) or pages a user already has (input).</summary>
internal interface IPageSource
{
    /// <summary>What the rows' <c>generator</c> column says.</summary>
    string Name { get; }

    /// <summary>How many samples the pipeline may have in this source at once (LLM calls want tens).</summary>
    int Concurrency { get; }

    /// <summary>
    /// For a fixed set of pages (rendering existing HTML): how many there are. Sample i is page i, every page is
    /// tried once and rejected pages are not replaced. Null for generators that can always make another page.
    /// </summary>
    long? FixedSampleCount => null;

    /// <summary>What a fixed set of pages is (files, sizes, content hashes), for run.json; null for generators.</summary>
    string? Fingerprint => null;

    /// <summary>Whether a resume should hand this source the idea of every committed row (<see cref="SeeCommittedIdea"/>).</summary>
    bool WantsCommittedIdeas => false;

    /// <summary>On a resume, before any sample: the idea of a row an earlier run committed, and its sample index.</summary>
    void SeeCommittedIdea(long index, string idea) { }

    /// <summary>A candidate page, a refusal with its reason (an unusable model output), or a reason to stop the run.</summary>
    ValueTask<StepResult<GeneratedPage>> GenerateAsync(SampleSpec spec, CancellationToken cancellationToken);
}
