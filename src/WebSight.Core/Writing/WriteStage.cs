using System.Diagnostics;
using WebSight.Core.Foundation;
using WebSight.Core.Quality;

namespace WebSight.Core.Writing;

/// <summary>
/// The write stage, single by nature: turns samples into rows and commits them in parts of a few dozen rows (or
/// every half minute, so a slow run still commits), each part atomically, so a kill loses at most one part.
/// </summary>
internal sealed class WriteStage(
    PartStore parts,
    WritingOptions options,
    string tailwindVersion,
    string styling = "tailwind"
) : IStage<CheckedPage, BufferedRow>, IFlushingStage
{
    public const string StageName = "write";

    private static readonly TimeSpan MaxCommitInterval = TimeSpan.FromSeconds(30);

    private readonly List<DatasetRow> _rows = [];
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();

    public string Name => StageName;

    public int Parallelism => 1;

    public async ValueTask<StepResult<BufferedRow>> RunAsync(CheckedPage input, CancellationToken cancellationToken)
    {
        // A page's rows (one per viewport) go into the buffer together, so a part never holds half a page.
        var rows = input.Views.Select(RowMapper.ToRow).ToList();
        foreach (var row in rows)
        {
            row.Tailwind = tailwindVersion;
            row.Styling = styling;
        }
        _rows.AddRange(rows);
        if (_rows.Count >= options.PartRows || _sinceCommit.Elapsed > MaxCommitInterval)
            await FlushAsync(cancellationToken);
        return StepResult<BufferedRow>.Pass(new BufferedRow(input.Spec, rows));
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count > 0)
        {
            await parts.CommitAsync(_rows, cancellationToken);
            _rows.Clear();
        }
        _sinceCommit.Restart();
    }
}
