using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Llm;

/// <summary>
/// Settings of the LLM generator, resolved from flags, a config file and the environment
/// (<see cref="LlmOptionsResolver"/>) and validated once at start-up. The key is never printed nor recorded.
/// </summary>
internal sealed record LlmOptions
{
    public static readonly Uri OpenAIEndpoint = new("https://api.openai.com/v1");

    public LlmProvider Provider { get; init; } = LlmProvider.OpenAI;

    /// <summary>The OpenAI(-compatible) base URL ending in /v1, or the Azure resource endpoint.</summary>
    public Uri Endpoint { get; init; } = OpenAIEndpoint;

    /// <summary>The key; null means none (a local server) or, for Azure, Microsoft Entra ID.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Model (OpenAI) or deployment (Azure) that writes the idea lists.</summary>
    public string IdeasModel { get; init; } = "";

    /// <summary>Model (OpenAI) or deployment (Azure) that writes the pages.</summary>
    public string PagesModel { get; init; } = "";

    /// <summary>One topic a line; null for the built-in catalogue.</summary>
    public string? TopicsFile { get; init; }

    /// <summary>A directory with ideas.sbn, page.sbn and table-page.sbn; null for the embedded prompts.</summary>
    public string? PromptsDirectory { get; init; }

    public int IdeasPerCall { get; init; } = 10;

    /// <summary>Share of pages written with the table-centred prompt instead of the plain one.</summary>
    public double TablePageShare { get; init; } = 0.25;

    /// <summary>The over-used colour swapped for a random palette colour per page; null to keep colours.</summary>
    public string? SwapColour { get; init; } = "blue";

    public double Temperature { get; init; }

    /// <summary>Send a per-request seed, so sampling repeats where the endpoint supports it.</summary>
    public bool SendSeed { get; init; } = true;

    public int IdeasMaxOutputTokens { get; init; } = 1500;

    public int PageMaxOutputTokens { get; init; } = 4096;

    /// <summary>Requests in flight at once.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>Requests per <see cref="RateWindow"/>; 0 for no limit.</summary>
    public int RequestsPerMinute { get; init; }

    /// <summary>Tokens (prompt estimate + max output, corrected to the real count) per <see cref="RateWindow"/>; 0 for no limit.</summary>
    public int TokensPerMinute { get; init; }

    /// <summary>The window the two rate limits count in: a minute, shorter only in tests.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(180);

    public int MaxRetries { get; init; } = 6;

    /// <summary>First backoff delay; doubles per retry, with jitter, unless the server says how long to wait.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How long the circuit stays open before one probe request tests the endpoint again.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Failures (of at least this many attempts in 30 s) that open the circuit, as a share.</summary>
    public double BreakFailureRatio { get; init; } = 0.5;

    public int BreakMinimumThroughput { get; init; } = 8;

    /// <summary>How long the run waits for an endpoint that is down before it stops.</summary>
    public TimeSpan MaxOutage { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The most bytes read of one answer; a larger one rejects its sample and is never cached.</summary>
    public long MaxAnswerBytes { get; init; } = 1024 * 1024;

    public bool UseCache { get; init; } = true;

    /// <summary>The cache file; null for state/llm-cache.sqlite in the run directory.</summary>
    public string? CacheFile { get; init; }

    public long? MaxTokensTotal { get; init; }

    public double? BudgetUsd { get; init; }

    public string? PriceTableFile { get; init; }

    /// <summary>Chat (one request at a time) or batch (JSONL files through the provider's batch API, half price).</summary>
    public LlmMode Mode { get; init; } = LlmMode.Chat;

    public const string ModeFlag = "--llm-mode";

    public const string MaxAnswerKbFlag = "--llm-max-answer-kb";

    /// <summary>OpenAI's documented limits of one batch input file: requests, and bytes.</summary>
    public const int DefaultBatchMaxRequests = 50_000;

    public const int DefaultBatchMaxMb = 200;

    public const double DefaultBatchPollSeconds = 30;

    public int BatchMaxRequests { get; init; } = DefaultBatchMaxRequests;

    public long BatchMaxBytes { get; init; } = DefaultBatchMaxMb * 1024L * 1024;

    /// <summary>The first wait before a batch's status is asked; it grows to 20 times this while nothing changes.</summary>
    public TimeSpan BatchPollInterval { get; init; } = TimeSpan.FromSeconds(DefaultBatchPollSeconds);

    /// <summary>How long no new request must arrive before the waiting ones are submitted as a batch.</summary>
    public TimeSpan BatchGatherWindow { get; init; } = TimeSpan.FromSeconds(2);

    public string CachePathIn(string runDirectory) => CacheFile ?? new RunDirectory(runDirectory).LlmCache;

    /// <summary>The price table, at batch prices in batch mode.</summary>
    public PriceTable LoadPrices()
    {
        var prices = PriceTableFile is null ? PriceTable.Empty : PriceTable.Load(PriceTableFile);
        return Mode == LlmMode.Batch ? prices.AtBatchPrices() : prices;
    }

    public void Validate()
    {
        if (Endpoint.Scheme is not ("http" or "https"))
            throw new OptionsException(EndpointFlag, $"'{Endpoint}' must be an http or https URL");
        if (string.IsNullOrWhiteSpace(IdeasModel))
            throw new OptionsException(IdeasModelFlag, ModelMissing());
        if (string.IsNullOrWhiteSpace(PagesModel))
            throw new OptionsException(PagesModelFlag, ModelMissing());
        if (Provider == LlmProvider.OpenAI && Endpoint == OpenAIEndpoint && string.IsNullOrEmpty(ApiKey))
            throw new OptionsException("--api-key", "api.openai.com needs a key: set OPENAI_API_KEY or pass --api-key");
        if (TopicsFile is not null && !File.Exists(TopicsFile))
            throw new OptionsException("--topics", $"{TopicsFile} does not exist");
        if (PromptsDirectory is not null && !Directory.Exists(PromptsDirectory))
            throw new OptionsException("--prompts", $"{PromptsDirectory} is not a directory");
        Require(IdeasPerCall is >= 1 and <= 100, "--ideas-per-call", "must be 1 to 100");
        Require(TablePageShare is >= 0 and <= 1, "--table-page-share", "must be between 0 and 1");
        Require(
            SwapColour is null || SwapColour == "gray" || PageTheme.Colours.Contains(SwapColour),
            "--swap-colour",
            $"must be 'none' or a palette colour: gray, {string.Join(", ", PageTheme.Colours)}"
        );
        Require(Temperature is >= 0 and <= 2, "--temperature", "must be between 0 and 2");
        Require(IdeasMaxOutputTokens >= 16, "--ideas-max-output-tokens", "must be at least 16");
        Require(PageMaxOutputTokens >= 64, "--page-max-output-tokens", "must be at least 64");
        Require(Concurrency is >= 1 and <= 1024, "--llm-concurrency", "must be 1 to 1024");
        Require(RequestsPerMinute >= 0, "--rpm", "must be 0 (no limit) or more");
        Require(TokensPerMinute >= 0, "--tpm", "must be 0 (no limit) or more");
        Require(RateWindow > TimeSpan.Zero, "--rpm", "needs a positive window");
        Require(RequestTimeout > TimeSpan.Zero, "--llm-timeout", "must be more than 0 seconds");
        Require(MaxRetries is >= 0 and <= 50, "--max-retries", "must be 0 to 50");
        Require(
            RetryBaseDelay > TimeSpan.Zero && MaxRetryDelay >= RetryBaseDelay,
            "--max-retries",
            "needs positive delays"
        );
        Require(
            BreakDuration >= TimeSpan.FromMilliseconds(500),
            "--llm-max-outage",
            "break duration must be at least 0.5 s"
        );
        Require(BreakFailureRatio is > 0 and <= 1, "--llm-max-outage", "failure ratio must be in (0, 1]");
        Require(BreakMinimumThroughput >= 2, "--llm-max-outage", "minimum throughput must be at least 2");
        Require(MaxOutage >= TimeSpan.Zero, "--llm-max-outage", "must be 0 or more seconds");
        Require(MaxAnswerBytes is >= 1024 and <= 1024L * 1024 * 1024, MaxAnswerKbFlag, "must be 1 to 1048576");
        Require(MaxTokensTotal is null or > 0, "--max-tokens-total", "must be more than 0");
        Require(BudgetUsd is null or > 0, "--budget-usd", "must be more than 0");
        Require(
            BatchMaxRequests is >= 1 and <= DefaultBatchMaxRequests,
            "--llm-batch-max-requests",
            $"must be 1 to {DefaultBatchMaxRequests}"
        );
        Require(
            BatchMaxBytes is >= 1024 * 1024 and <= DefaultBatchMaxMb * 1024L * 1024,
            "--llm-batch-max-mb",
            $"must be 1 to {DefaultBatchMaxMb}"
        );
        Require(
            BatchPollInterval > TimeSpan.Zero && BatchGatherWindow > TimeSpan.Zero,
            "--llm-batch-poll-seconds",
            "must be more than 0"
        );
        var prices = LoadPrices();
        if (BudgetUsd is not null)
            foreach (var model in new[] { IdeasModel, PagesModel }.Distinct())
                if (!prices.Has(model))
                    throw new OptionsException(
                        "--budget-usd",
                        PriceTableFile is null
                            ? "needs --price-table FILE with the price of each model used"
                            : $"the price table {PriceTableFile} has no price for '{model}'"
                    );
    }

    /// <summary>What decides the dataset's content, for run.json: no key, no endpoint, no limits or budgets.</summary>
    public JsonObject ToManifest() =>
        new()
        {
            ["provider"] = Provider == LlmProvider.Azure ? "azure" : "openai",
            ["ideas_model"] = IdeasModel,
            ["pages_model"] = PagesModel,
            ["temperature"] = Temperature,
            ["send_seed"] = SendSeed,
            ["ideas_per_call"] = IdeasPerCall,
            ["table_page_share"] = TablePageShare,
            ["swap_colour"] = SwapColour ?? "none",
            ["ideas_max_output_tokens"] = IdeasMaxOutputTokens,
            ["page_max_output_tokens"] = PageMaxOutputTokens,
            ["prompts"] = PromptsDirectory is null ? "embedded" : Path.GetFullPath(PromptsDirectory),
            ["topics"] = TopicsFile is null ? "catalogue" : Path.GetFullPath(TopicsFile),
        };

    /// <summary>Never shows the key, whatever prints these options.</summary>
    public override string ToString() => ToManifest().ToJsonString();

    private string EndpointFlag => Provider == LlmProvider.Azure ? "--azure-endpoint" : "--llm-base-url";

    private string IdeasModelFlag => Provider == LlmProvider.Azure ? "--azure-deployment" : "--model";

    private string PagesModelFlag => IdeasModelFlag;

    private string ModelMissing() =>
        Provider == LlmProvider.Azure
            ? "the llm generator needs a deployment: --azure-deployment NAME or AZURE_OPENAI_DEPLOYMENT"
            : "the llm generator needs a model: --model NAME (or --ideas-model and --pages-model)";

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
            throw new OptionsException(option, problem);
    }
}
