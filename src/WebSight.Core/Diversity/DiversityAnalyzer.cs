using WebSight.Core.Setup;

namespace WebSight.Core.Diversity;

/// <summary>
/// `websight stats`: reads a dataset batch by batch (a row group or a slice of pages.jsonl), analyses the pages of a
/// batch in parallel across the cores, and tallies them in file order.
/// </summary>
internal sealed class DiversityAnalyzer(TailwindRules stylesheet, IReadOnlyList<ITailwindClasses>? profiles = null)
{
    public const string AgainstFlag = "--against";

    public async Task<DiversityReport> AnalyzeAsync(string path, string? against, CancellationToken cancellationToken)
    {
        var source = DatasetSource.Find(path);
        // Found before the long read, so a wrong --against fails at once.
        var other = against is null ? null : DatasetSource.Find(against);
        var unknown = new UnknownClassTally(profiles ?? [stylesheet]);
        var tally = await TallyAsync(source, unknown, cancellationToken);
        var overlap = other is null
            ? null
            : tally.OverlapWith(await TallyAsync(other, null, cancellationToken), other.Root);
        return tally.ToReport(source, stylesheet, overlap) with { UnknownClassesByProfile = unknown.Figures() };
    }

    private static async Task<DiversityTally> TallyAsync(
        DatasetSource source,
        UnknownClassTally? unknown,
        CancellationToken cancellationToken
    )
    {
        var tally = new DiversityTally();
        await foreach (var batch in source.ReadAsync(cancellationToken))
        {
            var shapes = new PageShape[batch.Count];
            Parallel.For(
                0,
                batch.Count,
                new ParallelOptions { CancellationToken = cancellationToken },
                i => shapes[i] = PageAnalyzer.Analyze(batch[i])
            );
            foreach (var shape in shapes)
            {
                tally.Add(shape);
                unknown?.Add(shape.Classes);
            }
        }
        return tally;
    }
}
