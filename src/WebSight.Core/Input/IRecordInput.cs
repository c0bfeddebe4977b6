using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Input;

/// <summary>
/// An input whose pages are records of files rather than files (a Parquet dataset, a WARC crawl): counted once when
/// opened, then read by sample index, streaming forward (a lower index than the last read starts the files again).
/// </summary>
internal interface IRecordInput
{
    /// <summary>How many pages the input holds: sample i is the i-th.</summary>
    long Count { get; }

    /// <summary>The files read, in order, for the input's fingerprint.</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>Records passed over because they are not pages (e.g. WARC requests, images), for the log and stats.</summary>
    long NotPages { get; }

    ValueTask<StepResult<GeneratedPage>> ReadAsync(
        SampleSpec spec,
        string generator,
        CancellationToken cancellationToken
    );
}
