using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>Keeps rejected samples in rejects/ for inspection, committed in batches like the rows; off with --no-rejects.</summary>
internal sealed class RejectWriter(PartStore parts, WritingOptions options)
{
    private readonly List<RejectRow> _rows = [];

    public async Task AddAsync(Rejection rejection, CancellationToken cancellationToken)
    {
        if (!options.WriteRejects)
            return;
        _rows.Add(RowMapper.ToRejectRow(rejection));
        if (_rows.Count >= options.PartRows)
            await FlushAsync(cancellationToken);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
            return;
        await parts.CommitRejectsAsync(_rows, cancellationToken);
        _rows.Clear();
    }
}
