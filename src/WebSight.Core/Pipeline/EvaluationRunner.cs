using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using WebSight.Core.Evaluation;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Validation;

namespace WebSight.Core.Pipeline;

/// <summary>What an eval produced: every pair's scores, the metric summaries, and the prediction lines not scored.</summary>
internal sealed record EvalOutcome(
    IReadOnlyList<ScoreRow> Rows,
    IReadOnlyList<MetricSummary> Metrics,
    IReadOnlyList<PredictionProblem> Problems,
    int ScoredNow,
    StatsSnapshot Stats,
    string Visual
);

/// <summary>
/// `websight eval`: the predictions go through the same chain as `render` — page source, validation, the render
/// stage (with the reference row's settings and the layout on) — then the score stage and a writer that commits
/// scores in parts. Refused predictions become zero-scored rows with their reason. Resumes from committed parts.
/// </summary>
internal sealed class EvaluationRunner(EvalOptions options, Action<string>? log = null)
{
    private const int SpecBuffer = 64;

    /// <summary>Predictions are scored, not filtered: the content rules of a dataset (word count, unknown classes) do
    /// not apply, the safety rules do; scripts are stripped, as they would not run with JavaScript off.</summary>
    private static readonly ValidationOptions PredictionValidation = new()
    {
        MinVisibleWords = 0,
        MaxUnknownClassShare = 1,
        StripScripts = true,
    };

    public async Task<EvalOutcome> RunAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        var (predictions, fileProblems) = PredictionFile.Read(options.Predictions, EvalOptions.PredictionsFlag);
        var ids = predictions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        using var references = await ReferenceDataset.OpenAsync(
            options.Reference,
            ids,
            options.Viewport,
            cancellationToken
        );
        var problems = fileProblems.ToList();
        foreach (var unknown in predictions.Where(p => !references.Contains(p.Id)))
            problems.Add(
                new PredictionProblem(
                    unknown.Line,
                    unknown.Id,
                    PredictionFile.UnknownId,
                    "no reference row has this id"
                )
            );
        var known = predictions.Where(p => references.Contains(p.Id)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        if (known.Count == 0)
            throw new OptionsException(
                EvalOptions.PredictionsFlag,
                $"none of the {predictions.Count} prediction ids is a row of {options.Reference}"
            );

        var run = new RunDirectory(options.OutputDirectory);
        using var writer = RunLock.Acquire(run);
        RunManifest.WriteOrCheck(run, Manifest(), forceNew: false);
        using var store = new ScoreStore(run, options.PartRows);
        var done = (await store.CommittedAsync(cancellationToken)).Select(r => r.Id!).ToHashSet(StringComparer.Ordinal);
        // In the order the reference stores them, so each of its row groups is read once.
        var todo = known
            .Values.Where(p => !done.Contains(p.Id))
            .OrderBy(p => references.LocationOf(p.Id).Shard, StringComparer.Ordinal)
            .ThenBy(p => references.LocationOf(p.Id).Group)
            .ThenBy(p => p.Line)
            .ToList();
        if (done.Count > 0)
            log?.Invoke($"Resuming: {done.Count} pairs already scored in {run.Parts}.");

        using var visual = options.ImageEncoder is { } encoder
            ? (IVisualSimilarity)OnnxImageEncoder.Load(encoder, EvalOptions.ImageEncoderFlag)
            : new SsimVisualSimilarity();
        var stats = new RunStats();
        if (todo.Count > 0)
            await ScoreAsync(todo, references, new PairScorer(visual), store, stats, cancellationToken);

        var rows = (await store.CommittedAsync(cancellationToken))
            .Where(r => known.ContainsKey(r.Id!))
            .GroupBy(r => r.Id!)
            .Select(g => g.First())
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var metrics = EvalSummary.Metrics(rows, options.Seed);
        await store.WriteScoresAsync(rows, cancellationToken);
        await AtomicFile.WriteTextAsync(
            store.Summary,
            EvalSummary.ToJson(rows, metrics, problems, references.Rows, visual.Name),
            cancellationToken
        );
        await EvalReport.WriteAsync(store, rows, metrics, problems, references, visual.Name, cancellationToken);
        return new EvalOutcome(rows, metrics, problems, todo.Count, stats.Snapshot(), visual.Name);
    }

    private async Task ScoreAsync(
        List<Prediction> todo,
        ReferenceDataset references,
        PairScorer scorer,
        ScoreStore store,
        RunStats stats,
        CancellationToken cancellationToken
    )
    {
        var tailwind = TailwindStylesheet.Load(options.TailwindPath);
        var rules = TailwindRules.Parse(tailwind.Bytes);
        var browser = BrowserLocator.Locate(options.BrowserPath);
        // One set of browsers per distinct render setting; a dataset of ours has one.
        foreach (var group in todo.GroupBy(p => references.SettingsOf(p.Id)))
        {
            var render = group.Key.ToRenderOptions(
                Math.Min(options.Workers, group.Count()),
                options.BrowserPath,
                options.PageTimeout
            );
            render.Validate();
            await using var stage = await RenderStage.StartAsync(
                render,
                new OfflineResources(rules, tailwind.Bytes, false),
                browser,
                stats
            );
            var chain = StageChain<GeneratedPage>
                .Start(new GenerateStage(new PredictionSource(group.ToDictionary(p => p.Id, StringComparer.Ordinal))))
                .Then(new HtmlValidator(PredictionValidation, rules))
                .Then(stage)
                .Then(new ScoreStage(references, scorer))
                .Then(new ScoreWriteStage(store));
            await RunChainAsync(chain, group.ToList(), references, store, stats, cancellationToken);
        }
    }

    private static async Task RunChainAsync(
        StageChain<ScoredPair> chain,
        List<Prediction> predictions,
        ReferenceDataset references,
        ScoreStore store,
        RunStats stats,
        CancellationToken cancellationToken
    )
    {
        var specs = Channel.CreateBounded<SampleSpec>(new BoundedChannelOptions(SpecBuffer) { SingleWriter = true });
        var outcomes = Channel.CreateBounded<SampleOutcome>(
            new BoundedChannelOptions(SpecBuffer) { SingleReader = true }
        );
        using var context = new ChainContext(stats, outcomes.Writer, _ => { }, cancellationToken);
        chain.Connect(specs.Reader, context);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    for (var i = 0; i < predictions.Count; i++)
                        await specs.Writer.WriteAsync(
                            new SampleSpec(i, predictions[i].Id, 0),
                            context.CancellationToken
                        );
                }
                catch (OperationCanceledException)
                {
                    // The run was cancelled or a stage failed: no more pairs start.
                }
                finally
                {
                    specs.Writer.TryComplete();
                }
            },
            CancellationToken.None
        );
        var completion = context.CompleteOutcomesWhenDoneAsync();
        try
        {
            await foreach (var outcome in outcomes.Reader.ReadAllAsync(cancellationToken))
            {
                if (outcome.Rejection is not { } rejection)
                {
                    stats.Accept();
                    continue;
                }
                stats.Reject(rejection.Reason);
                var reference = await references.GetAsync(rejection.Spec.Id, cancellationToken);
                await store.AddAsync(
                    PairScores.Failed(
                        rejection.Spec.Id,
                        PairScorer.BlocksOf(reference),
                        rejection.Reason.Code(),
                        rejection.Detail
                    ),
                    null,
                    cancellationToken
                );
            }
        }
        finally
        {
            context.End();
            await Task.WhenAll(producer, completion.ContinueWith(_ => { }, TaskScheduler.Default));
            // What is scored is kept, also when the run is cancelled or failed.
            await store.FlushAsync(CancellationToken.None);
        }
        await completion;
    }

    /// <summary>run.json of the eval: what decides its scores, so a rerun over other inputs is refused.</summary>
    private JsonObject Manifest() =>
        new()
        {
            ["tool"] = "websight eval",
            ["tool_version"] = typeof(EvaluationRunner).Assembly.GetName().Version?.ToString(),
            ["reference"] = Path.GetFullPath(options.Reference),
            ["predictions"] = Path.GetFullPath(options.Predictions),
            ["predictions_sha256"] = Hash(options.Predictions),
            ["image_encoder"] = options.ImageEncoder is { } encoder ? Hash(encoder) : "ssim",
        };

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
