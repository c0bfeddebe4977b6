using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Ideation;
using WebSight.Core.Llm.Batching;
using WebSight.Core.Setup;
using WebSight.Core.Styling;

namespace WebSight.Core.Llm;

/// <summary>
/// The WebSight v0.2 recipe: a model lists N website ideas per call, then writes one page per idea (a plain
/// page or one centred on a data table). Outputs are cleaned, the over-used colour swapped, and pages wrapped
/// like template pages. Unusable outputs become rejections with their reason; a spent budget or an endpoint
/// that stays down stops the run gracefully; a refused key or a missing model stops it with one message.
/// </summary>
internal sealed class LlmPageGenerator : IPageSource, IDisposable
{
    public const string GeneratorName = "llm";

    private readonly LlmOptions _options;
    private readonly RunStats _stats;
    private readonly PromptTemplates _prompts;
    private readonly IdeaBatchSource _ideas;
    private readonly LlmClient _client;
    private readonly Lazy<LlmResponseCache>? _cache;
    private readonly IDisposable? _ownedBackend;
    private readonly BatchApi? _batchApi;
    private readonly ColourSwap? _colourSwap;
    private readonly long _runSeed;
    private readonly TailwindProfile _tailwind;

    /// <summary>Ask for plain HTML + CSS (<c>--styling css</c>) instead of Tailwind.</summary>
    private readonly bool _css;

    // The last sample the run plans without replacements: idea lists are asked ahead up to it, never past it.
    private readonly long? _lastPlannedIndex;

    public LlmPageGenerator(
        LlmOptions options,
        long runSeed,
        string runDirectory,
        string? templatesDirectory,
        RunStats stats,
        TimeProvider? time = null,
        IChatBackend? backend = null,
        long? lastPlannedIndex = null,
        TailwindProfile? tailwind = null,
        PageStyling styling = PageStyling.Tailwind
    )
    {
        _css = styling == PageStyling.Css;
        _lastPlannedIndex = lastPlannedIndex;
        options.Validate();
        _options = options;
        _tailwind = tailwind ?? TailwindProfile.V2;
        _runSeed = runSeed;
        _stats = stats;
        _prompts = PromptTemplates.Load(options.PromptsDirectory);
        var topics = options.TopicsFile is null
            ? TopicSource.FromCatalogue(
                Catalogue.Load(
                    templatesDirectory is null
                        ? TemplateSource.Embedded()
                        : TemplateSource.FromDirectory(templatesDirectory)
                )
            )
            : TopicSource.FromFile(options.TopicsFile);
        var cachePath = options.CachePathIn(runDirectory);
        _cache = options.UseCache ? new Lazy<LlmResponseCache>(() => new LlmResponseCache(cachePath)) : null;
        var ledger = new UsageLedger(stats, options.LoadPrices(), options.MaxTokensTotal, options.BudgetUsd);
        time ??= TimeProvider.System;
        if (backend is null && options.Mode == LlmMode.Batch)
        {
            _batchApi = new BatchApi(options);
            var journal = new BatchJournal(new RunDirectory(runDirectory).State);
            backend = new BatchChatBackend(options, _batchApi, journal, ledger, stats, time);
            _ownedBackend = (IDisposable)backend;
        }
        else if (backend is null)
        {
            var chat = new SdkChatBackend(options);
            (backend, _ownedBackend) = (chat, chat);
        }
        _client = new LlmClient(options, backend, _cache, ledger, stats, time);
        _ideas = new IdeaBatchSource(options, runSeed, topics, _prompts, _client, stats);
        _colourSwap = options.SwapColour is { } colour ? new ColourSwap(colour) : null;
    }

    private static readonly string PagesStep = LlmStage.Pages.Name();
    private static readonly string IdeasStep = LlmStage.Ideas.Name();

    public string Name => GeneratorName;

    /// <summary>In batch mode every sample of a batch file waits at once: that many, not tens, are in flight.</summary>
    public int Concurrency => _options.Mode == LlmMode.Batch ? _options.BatchMaxRequests : _options.Concurrency;

    public async ValueTask<StepResult<GeneratedPage>> GenerateAsync(
        SampleSpec spec,
        CancellationToken cancellationToken
    )
    {
        var (batchNumber, slot) = IdeaBatchSource.Locate(spec.Index, _options.IdeasPerCall);
        try
        {
            if (_options.Mode == LlmMode.Chat && _lastPlannedIndex is { } lastPlanned)
                _ideas.StartAhead(
                    Math.Min(spec.Index + _options.Concurrency, Math.Max(lastPlanned, spec.Index)),
                    cancellationToken
                );
            var batch = await _ideas.GetAsync(batchNumber, cancellationToken);
            if (!batch.Passed)
                return batch.Carry<GeneratedPage>();
            var idea = batch.Value.Ideas[slot];
            if (batch.Value.DuplicateOf[slot] is { } original)
                return StepResult<GeneratedPage>.Refuse(
                    new Refusal(RejectReason.DuplicateIdea, $"the idea repeats {original}", idea, IdeasStep)
                );
            var random = new Random(IdeaBatchSource.DerivedSeed(_runSeed, spec.Index, "page"));
            var kind = (random.NextDouble() < _options.TablePageShare, _css) switch
            {
                (true, true) => PromptKind.CssTablePage,
                (true, false) => PromptKind.TablePage,
                (false, true) => PromptKind.CssPage,
                (false, false) => PromptKind.Page,
            };
            var request = new ChatRequest(
                LlmStage.Pages,
                _options.PagesModel,
                [new PromptMessage("user", _prompts.RenderPage(kind, idea, batch.Value.Topic.Name, _tailwind))],
                _options.Temperature,
                _options.SendSeed ? spec.Seed : null,
                _options.PageMaxOutputTokens
            );
            if (kind is PromptKind.TablePage or PromptKind.CssTablePage)
                _stats.Add("llm.pages.table_prompts", 1);
            var response = await _client.CompleteAsync(request, cancellationToken);
            var cleaned = PageOutputCleaner.Clean(response.Text, response.FinishReason, _css);
            if (!cleaned.Passed)
                return StepResult<GeneratedPage>.Refuse(
                    cleaned.Refusal with
                    {
                        Evidence = response.Text,
                        Step = PagesStep,
                    }
                );
            var html = _colourSwap is null ? cleaned.Value : _colourSwap.Apply(cleaned.Value, _colourSwap.Pick(random));
            return StepResult<GeneratedPage>.Pass(
                new GeneratedPage(spec, html, idea, batch.Value.Topic.Id, Name, [], null)
            );
        }
        catch (LlmRequestRefusedException e)
        {
            return StepResult<GeneratedPage>.Refuse(new Refusal(e.Reason, e.Message, null, PagesStep));
        }
        catch (LlmBudgetExhaustedException e)
        {
            return StepResult<GeneratedPage>.Stop(e.Message);
        }
        catch (LlmUnavailableException e)
        {
            return StepResult<GeneratedPage>.Stop(e.Message);
        }
    }

    /// <summary>Repeated ideas are rejected across runs too: a resume counts the committed rows' ideas as seen.</summary>
    public bool WantsCommittedIdeas => true;

    public void SeeCommittedIdea(long index, string idea) => _ideas.SeeCommitted(index, idea);

    public void Dispose()
    {
        _client.Dispose();
        if (_cache is { IsValueCreated: true })
            _cache.Value.Dispose();
        _ownedBackend?.Dispose();
        _batchApi?.Dispose();
    }
}
