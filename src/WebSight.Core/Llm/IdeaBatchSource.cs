using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Ideation;

namespace WebSight.Core.Llm;

/// <summary>
/// Sample index → (batch = index / N, slot = index % N). Each batch is one call asking for N ideas, its prompt
/// steered by a topic, colours and layout elements drawn from (run seed, batch), so ideas are deterministic.
/// Concurrent samples of a batch share one in-flight request; the response cache covers reruns. Each idea is
/// checked against every earlier idea of the run, so a repeat is rejected before its page is asked for.
/// </summary>
internal sealed class IdeaBatchSource(
    LlmOptions options,
    long runSeed,
    TopicSource topics,
    PromptTemplates prompts,
    LlmClient client,
    RunStats stats
)
{
    /// <summary>Distinctive page elements a batch's prompt suggests, three at a time, to spread the ideas out.</summary>
    internal static readonly string[] LayoutElements =
    [
        "a full-width hero image with a headline over it",
        "a sticky navigation bar",
        "a left sidebar menu",
        "a three-column card grid",
        "a pricing table",
        "a timeline of milestones",
        "a photo gallery",
        "a large search bar",
        "a testimonial slider",
        "a statistics band with big numbers",
        "a newsletter sign-up box",
        "an FAQ list",
        "a split screen with text and image",
        "a contact form beside a map area",
        "a team section with portraits",
        "a product list with filters",
        "a step-by-step process section",
        "a bold coloured banner",
        "a magazine-style article layout",
        "a dashboard of summary cards",
    ];

    private readonly ConcurrentDictionary<long, BatchEntry> _batches = new();
    private readonly IdeaDeduplicator _seen = new();
    private long _startedUpTo = -1;

    public static (long Batch, int Slot) Locate(long index, int ideasPerCall) =>
        (index / ideasPerCall, (int)(index % ideasPerCall));

    /// <summary>
    /// Starts every idea list up to the one of sample <paramref name="lastIndex"/> — the generator passes the
    /// sample one in-flight window ahead, within the run's planned samples. Without it each new batch's samples
    /// wait an idea call with their in-flight slot held (79 % of the ideal pages/s at 64 in flight); ahead, they
    /// find the list ready.
    /// </summary>
    public void StartAhead(long lastIndex, CancellationToken cancellationToken)
    {
        var last = lastIndex / options.IdeasPerCall;
        for (
            var started = Interlocked.Read(ref _startedUpTo);
            started < last;
            started = Interlocked.Read(ref _startedUpTo)
        )
        {
            if (Interlocked.CompareExchange(ref _startedUpTo, started + 1, started) != started)
                continue;
            _ = Entry(started + 1, cancellationToken).Task;
        }
    }

    // GetOrAdd may build two entries under contention; only the stored one's request ever starts.
    private BatchEntry Entry(long batch, CancellationToken cancellationToken) =>
        _batches.GetOrAdd(
            batch,
            number => new BatchEntry(new Lazy<Task<StepResult<IdeaBatch>>>(() => FetchAsync(number, cancellationToken)))
        );

    public async Task<StepResult<IdeaBatch>> GetAsync(long batch, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = Entry(batch, cancellationToken);
            StepResult<IdeaBatch> result;
            try
            {
                result = await entry.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The sample that started the shared request was cancelled, this one was not: ask again.
                _batches.TryRemove(new KeyValuePair<long, BatchEntry>(batch, entry));
                continue;
            }
            // Every slot served once: the batch is no longer needed in memory.
            if (Interlocked.Increment(ref entry.Served) >= options.IdeasPerCall)
                _batches.TryRemove(new KeyValuePair<long, BatchEntry>(batch, entry));
            return result;
        }
    }

    private async Task<StepResult<IdeaBatch>> FetchAsync(long batch, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var random = new Random(DerivedSeed(runSeed, batch, "ideas"));
        var topic = topics.ForBatch(random);
        var colours = PageTheme.Colours.ToArray();
        random.Shuffle(colours);
        var elements = LayoutElements.ToArray();
        random.Shuffle(elements);
        // Its own seed, so adding the angle left the topics, colours and elements of every batch as they were.
        var angle = IdeaAngles.For(new Random(DerivedSeed(runSeed, batch, "angle")));
        var prompt = prompts.RenderIdeas(options.IdeasPerCall, topic, colours[..2], elements[..3], angle);
        var request = new ChatRequest(
            LlmStage.Ideas,
            options.IdeasModel,
            [new PromptMessage("user", prompt)],
            options.Temperature,
            options.SendSeed ? random.Next() : null,
            options.IdeasMaxOutputTokens
        );
        ChatResponse response;
        try
        {
            response = await client.CompleteAsync(request, cancellationToken);
        }
        catch (LlmRequestRefusedException e)
        {
            return Refused(batch, e.Reason, e.Message, null);
        }
        if (response.FinishReason == ChatResponse.ContentFilter)
            return Refused(
                batch,
                RejectReason.ContentFiltered,
                "the idea list was cut by the content filter",
                response.Text
            );
        var list = IdeaListParser.Parse(response.Text, options.IdeasPerCall);
        if (!list.Passed)
            return Refused(
                batch,
                RejectReason.IdeaListMalformed,
                list.Refusal.Detail
                    + (response.FinishReason == ChatResponse.Length ? " (cut off at --ideas-max-output-tokens)" : ""),
                response.Text
            );
        return StepResult<IdeaBatch>.Pass(new IdeaBatch(batch, topic, list.Value, Deduplicate(batch, list.Value)));
    }

    /// <summary>
    /// An idea an earlier run turned into a row, put in its slot before any list is asked for: a new idea that
    /// repeats it is rejected, and its own list, read again from the cache, finds it in place, not a repeat.
    /// </summary>
    public void SeeCommitted(long index, string idea)
    {
        var (batch, slot) = Locate(index, options.IdeasPerCall);
        _seen.Check(new IdeaSlot(batch, slot), idea, out _);
        stats.Add("llm.ideas.committed", 1);
    }

    /// <summary>Checks each idea against every idea of the run so far; counts each slot once.</summary>
    private IdeaSlot?[] Deduplicate(long batch, IReadOnlyList<string> ideas)
    {
        var duplicateOf = new IdeaSlot?[ideas.Count];
        for (var slot = 0; slot < ideas.Count; slot++)
        {
            duplicateOf[slot] = _seen.Check(new IdeaSlot(batch, slot), ideas[slot], out var isNew);
            if (!isNew)
                continue;
            stats.Add("llm.ideas.total", 1);
            if (duplicateOf[slot] is not null)
                stats.Add("llm.ideas.duplicates", 1);
        }
        return duplicateOf;
    }

    /// <summary>Every sample of a refused batch is rejected at the ideas step, with the model's text as evidence.</summary>
    private static StepResult<IdeaBatch> Refused(long batch, RejectReason reason, string detail, string? rawText) =>
        StepResult<IdeaBatch>.Refuse(new Refusal(reason, $"batch {batch}: {detail}", rawText, LlmStage.Ideas.Name()));

    /// <summary>A seed for one purpose of one batch or sample, independent of every other (run seed, value, purpose).</summary>
    public static int DerivedSeed(long runSeed, long value, string purpose)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(purpose)];
        BinaryPrimitives.WriteInt64LittleEndian(input, runSeed);
        BinaryPrimitives.WriteInt64LittleEndian(input.AsSpan(8), value);
        Encoding.UTF8.GetBytes(purpose, input.AsSpan(16));
        return BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(input)) & int.MaxValue;
    }

    private sealed class BatchEntry(Lazy<Task<StepResult<IdeaBatch>>> request)
    {
        public Task<StepResult<IdeaBatch>> Task => request.Value;

        public int Served;
    }
}
