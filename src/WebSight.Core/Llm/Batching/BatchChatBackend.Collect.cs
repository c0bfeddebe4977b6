namespace WebSight.Core.Llm.Batching;

/// <summary>Watching a submitted batch with growing pauses, and collecting its answers once it ends.</summary>
internal sealed partial class BatchChatBackend
{
    private const int MaxPollGrowth = 20;

    private void Watch(BatchRecord record, TimeSpan firstWait) =>
        _tasks.Add(Task.Run(() => Guard(token => WatchAsync(record, firstWait, token))));

    private async Task WatchAsync(BatchRecord record, TimeSpan wait, CancellationToken cancellationToken)
    {
        var longest = _options.BatchPollInterval * MaxPollGrowth;
        while (true)
        {
            await Task.Delay(wait, _time, cancellationToken);
            BatchStatus status;
            try
            {
                status = await _api.GetAsync(record.BatchId, cancellationToken);
            }
            catch (LlmUnavailableException)
            {
                // The batch runs on whether or not its status can be read now: ask again later.
                _stats.Add("llm.batch.poll_errors", 1);
                wait = Grow(wait, longest);
                continue;
            }
            if (status.Status != record.Status)
            {
                record = record with { Status = status.Status };
                _journal.Save(record);
                wait = _options.BatchPollInterval;
            }
            else
                wait = Grow(wait, longest);
            if (status.IsTerminal)
            {
                await CollectAsync(record, status, cancellationToken);
                return;
            }
        }
    }

    private TimeSpan Grow(TimeSpan wait, TimeSpan longest) =>
        wait <= TimeSpan.Zero
            ? _options.BatchPollInterval
            : TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, longest.Ticks));

    /// <summary>
    /// Stores the completions, books the refusals, and routes every request of the batch again: answered ones
    /// resolve, refused ones reject their sample, and the ones with no answer go into the next batch.
    /// </summary>
    private async Task CollectAsync(BatchRecord record, BatchStatus status, CancellationToken cancellationToken)
    {
        if (status.Status == "failed" && status.OutputFileId is null && status.ErrorFileId is null)
            throw new LlmEndpointException(
                $"The provider failed batch {record.BatchId} as a whole ({status.Errors ?? "no reason given"}); none of "
                    + "its requests ran. Rows committed so far are kept; fix the cause and run the same command again.",
                400
            );
        var requested = record.CustomIds.ToHashSet(StringComparer.Ordinal);
        var answers = new List<BatchAnswer>();
        foreach (var (kind, fileId) in new[] { ("output", status.OutputFileId), ("error", status.ErrorFileId) })
        {
            if (fileId is null)
                continue;
            var file = await _api.DownloadAsync(fileId, cancellationToken);
            try
            {
                answers.AddRange(
                    BatchFiles.ReadAnswers(file, _options.MaxAnswerBytes).Where(a => requested.Contains(a.CustomId))
                );
            }
            catch (FormatException e)
            {
                // Reading it again would fail again: a rerun sends the batch's requests anew.
                _journal.Save(record with { Status = "unreadable", Collected = true });
                throw new LlmEndpointException(
                    $"The {kind} file {fileId} of batch {record.BatchId} is malformed ({e.Message}); none of its answers "
                        + "were used. Rows committed so far are kept; run the same command again to submit its requests again.",
                    200
                );
            }
        }
        var completions = answers.Where(a => a.Response is not null).ToList();
        _results!.StoreAll(completions.Select(a => (a.CustomId, record.Stage, "batch", a.Response!)));
        var refusals = answers
            .Where(a => a.Response is null && !a.Retry)
            .GroupBy(a => a.CustomId)
            .Select(g => g.First())
            .ToList();
        var refused = refusals.ToDictionary(a => a.CustomId, a => a.Error ?? "no reason given", StringComparer.Ordinal);
        var tooLarge = refusals.Where(a => a.TooLarge).Select(a => a.CustomId).ToList();
        foreach (var answer in refusals)
            _refused[answer.CustomId] = (refused[answer.CustomId], answer.TooLarge);
        record = record with { Status = status.Status, Collected = true, Refused = refused, TooLarge = tooLarge };
        _journal.Save(record);
        _stats.Add("llm.batch.collected", 1);
        _stats.Add("llm.batch.answers", completions.Count);
        _stats.Add("llm.batch.refused", refused.Count);
        _stats.Add("llm.batch.too_large", tooLarge.Count);
        if (status.Status != "completed")
            _stats.Add("llm.batch." + status.Status, 1);
        var answered = completions.Select(a => a.CustomId).Concat(refused.Keys).ToHashSet(StringComparer.Ordinal);
        _stats.Add("llm.batch.missing", record.CustomIds.Count(id => !answered.Contains(id)));
        foreach (var id in record.CustomIds)
            _submitted.TryRemove(id, out _);
        foreach (var id in record.CustomIds)
        {
            if (!_waiters.TryGetValue(id, out var waiter))
                continue;
            if (!answered.Contains(id))
            {
                Unreserve(waiter);
                Volatile.Write(ref waiter.Queued, 0);
            }
            Route(waiter, _results);
        }
    }
}
