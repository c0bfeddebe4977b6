using System.Globalization;
using System.Text;

namespace WebSight.Core.Llm.Batching;

/// <summary>Gathering the waiting requests into batch files within the provider's limits, and submitting them.</summary>
internal sealed partial class BatchChatBackend
{
    private int _filesWritten;

    private async Task SubmitLoopAsync(CancellationToken cancellationToken)
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            // Let the other samples' requests arrive: submit once none came for a gather window, or a file is full.
            int seen;
            do
            {
                seen = reader.Count;
                await Task.Delay(_options.BatchGatherWindow, _time, cancellationToken);
            } while (reader.Count != seen && reader.Count < _options.BatchMaxRequests);
            while (reader.Count > 0)
                await SubmitAsync(TakeFile(reader), cancellationToken);
        }
    }

    /// <summary>The next requests that fit one file (requests and bytes), each booked against the budget.</summary>
    private List<(Waiter Waiter, string Line)> TakeFile(System.Threading.Channels.ChannelReader<Waiter> reader)
    {
        var lines = new List<(Waiter, string)>();
        long bytes = 0;
        while (lines.Count < _options.BatchMaxRequests && reader.TryPeek(out var next))
        {
            var line = BatchFiles.RequestLine(next.Id, _api.ChatRoute, next.Request);
            if (lines.Count > 0 && bytes + BatchFiles.LineBytes(line) > _options.BatchMaxBytes)
                break;
            reader.TryRead(out _);
            try
            {
                var tokens = next.Request.EstimatedPromptTokens + next.Request.MaxOutputTokens;
                var cost = _ledger.MostCost(next.Request);
                _ledger.Reserve(tokens, cost);
                (next.ReservedTokens, next.ReservedCost) = (tokens, cost);
            }
            catch (LlmBudgetExhaustedException e)
            {
                Fail(next, e);
                continue;
            }
            lines.Add((next, line));
            bytes += BatchFiles.LineBytes(line);
        }
        return lines;
    }

    private async Task SubmitAsync(List<(Waiter Waiter, string Line)> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
            return;
        var stage = string.Join(
            "+",
            lines.Select(l => l.Waiter.Request.Stage.Name()).Distinct().Order(StringComparer.Ordinal)
        );
        var jsonl = new StringBuilder();
        foreach (var (_, line) in lines)
            jsonl.Append(line).Append('\n');
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"websight-{stage}-{_time.GetUtcNow():yyyyMMddHHmmss}-{Interlocked.Increment(ref _filesWritten)}.jsonl"
        );
        var fileId = await _api.UploadAsync(BinaryData.FromString(jsonl.ToString()), name, cancellationToken);
        var pending = new BatchRecord
        {
            BatchId = "",
            Pending = true,
            Stage = stage,
            InputFileId = fileId,
            CustomIds = lines.Select(l => l.Waiter.Id).ToList(),
            SubmittedUtc = _time.GetUtcNow(),
        };
        _journal.Save(pending);
        var record = pending with { BatchId = await _api.CreateAsync(fileId, cancellationToken), Pending = false };
        foreach (var (waiter, _) in lines)
            _submitted[waiter.Id] = record.BatchId;
        _journal.Save(record);
        _journal.Remove(pending);
        _stats.Add("llm.batch.submitted", 1);
        _stats.Add("llm.batch.requests_submitted", lines.Count);
        Watch(record, _options.BatchPollInterval);
    }

    /// <summary>
    /// A batch an earlier run was creating when it stopped: the provider's, if it made one from the recorded input
    /// file (its batches are listed), else created now from that same file; then watched like any other.
    /// </summary>
    private async Task AdoptAsync(BatchRecord pending, CancellationToken cancellationToken)
    {
        // A day of margin for a clock that differs from the provider's.
        var found = await _api.FindByInputFileAsync(
            pending.InputFileId,
            pending.SubmittedUtc - TimeSpan.FromDays(1),
            cancellationToken
        );
        var record = pending with
        {
            BatchId = found ?? await _api.CreateAsync(pending.InputFileId, cancellationToken),
            Pending = false,
        };
        foreach (var id in record.CustomIds)
            _submitted[id] = record.BatchId;
        _journal.Save(record);
        _journal.Remove(pending);
        _stats.Add(found is null ? "llm.batch.submitted" : "llm.batch.adopted", 1);
        Watch(record, TimeSpan.Zero);
    }
}
