using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// The options that settings mean, the environment (<c>OPENAI_API_KEY</c>, <c>OPENAI_BASE_URL</c>,
/// <c>AZURE_OPENAI_ENDPOINT</c>, <c>AZURE_OPENAI_API_KEY</c>, <c>AZURE_OPENAI_DEPLOYMENT</c>) filling what is
/// unset and the defaults of <see cref="LlmOptions"/> the rest. Checking them is <see cref="LlmOptions.Validate"/>.
/// </summary>
internal sealed class LlmOptionsResolver(Func<string, string?> environment)
{
    public LlmOptions Resolve(LlmSettings settings)
    {
        var connection =
            ProviderOf(settings) == LlmProvider.Azure ? AzureConnection(settings) : OpenAIConnection(settings);
        return WithRequestSettings(connection, settings);
    }

    /// <summary>
    /// Azure when asked for, or when Azure settings are given and no OpenAI base URL is; the environment decides
    /// only when neither flags nor file say.
    /// </summary>
    private LlmProvider ProviderOf(LlmSettings settings) =>
        settings.LlmProvider?.ToLowerInvariant() switch
        {
            "azure" => LlmProvider.Azure,
            "openai" => LlmProvider.OpenAI,
            null or "auto" => (GivesAzure(settings), settings.LlmBaseUrl is not null) switch
            {
                (true, true) => throw new OptionsException(
                    "--llm-base-url",
                    "cannot be combined with --azure-endpoint/--azure-deployment; pass --llm-provider to choose"
                ),
                (true, false) => LlmProvider.Azure,
                (false, true) => LlmProvider.OpenAI,
                _ => Env("AZURE_OPENAI_ENDPOINT") is not null
                && Env("OPENAI_BASE_URL") is null
                && Env("OPENAI_API_KEY") is null
                    ? LlmProvider.Azure
                    : LlmProvider.OpenAI,
            },
            _ => throw new OptionsException(
                "--llm-provider",
                $"'{settings.LlmProvider}' is not a provider; use auto, openai or azure"
            ),
        };

    private static bool GivesAzure(LlmSettings settings) =>
        settings.AzureEndpoint is not null
        || settings.AzureDeployment is not null
        || settings.AzureIdeasDeployment is not null
        || settings.AzurePagesDeployment is not null;

    /// <summary>Where and as whom an Azure OpenAI resource is called; a deployment stands where a model would.</summary>
    private LlmOptions AzureConnection(LlmSettings settings)
    {
        var endpoint =
            settings.AzureEndpoint
            ?? Env("AZURE_OPENAI_ENDPOINT")
            ?? throw new OptionsException(
                "--azure-endpoint",
                "Azure OpenAI needs an endpoint (or AZURE_OPENAI_ENDPOINT)"
            );
        var deployment = settings.AzureDeployment ?? settings.Model ?? Env("AZURE_OPENAI_DEPLOYMENT");
        return new LlmOptions
        {
            Provider = LlmProvider.Azure,
            Endpoint = AbsoluteUrl(endpoint, "--azure-endpoint"),
            ApiKey = settings.ApiKey ?? Env("AZURE_OPENAI_API_KEY"),
            IdeasModel = settings.AzureIdeasDeployment ?? settings.IdeasModel ?? deployment ?? "",
            PagesModel = settings.AzurePagesDeployment ?? settings.PagesModel ?? deployment ?? "",
        };
    }

    /// <summary>Where and as whom an OpenAI(-compatible) server is called, and which models write.</summary>
    private LlmOptions OpenAIConnection(LlmSettings settings)
    {
        var endpoint = settings.LlmBaseUrl ?? Env("OPENAI_BASE_URL") ?? LlmOptions.OpenAIEndpoint.ToString();
        return new LlmOptions
        {
            Provider = LlmProvider.OpenAI,
            Endpoint = AbsoluteUrl(endpoint, "--llm-base-url"),
            ApiKey = settings.ApiKey ?? Env("OPENAI_API_KEY"),
            IdeasModel = settings.IdeasModel ?? settings.Model ?? "",
            PagesModel = settings.PagesModel ?? settings.Model ?? "",
        };
    }

    /// <summary>The options that do not depend on the provider, each unset one kept at its default.</summary>
    private static LlmOptions WithRequestSettings(LlmOptions connection, LlmSettings settings) =>
        connection with
        {
            TopicsFile = settings.Topics,
            PromptsDirectory = settings.Prompts,
            IdeasPerCall = settings.IdeasPerCall ?? connection.IdeasPerCall,
            TablePageShare = settings.TablePageShare ?? connection.TablePageShare,
            SwapColour = settings.SwapColour is null ? connection.SwapColour : SwapColourOf(settings.SwapColour),
            Temperature = settings.Temperature ?? connection.Temperature,
            SendSeed = settings.NoLlmSeed != true,
            IdeasMaxOutputTokens = settings.IdeasMaxOutputTokens ?? connection.IdeasMaxOutputTokens,
            PageMaxOutputTokens = settings.PageMaxOutputTokens ?? connection.PageMaxOutputTokens,
            Concurrency = settings.LlmConcurrency ?? connection.Concurrency,
            RequestsPerMinute = settings.Rpm ?? connection.RequestsPerMinute,
            TokensPerMinute = settings.Tpm ?? connection.TokensPerMinute,
            RequestTimeout = Seconds(settings.LlmTimeout, "--llm-timeout") ?? connection.RequestTimeout,
            MaxRetries = settings.MaxRetries ?? connection.MaxRetries,
            MaxOutage = Seconds(settings.LlmMaxOutage, "--llm-max-outage") ?? connection.MaxOutage,
            MaxAnswerBytes = settings.LlmMaxAnswerKb * 1024L ?? connection.MaxAnswerBytes,
            UseCache = settings.NoCache != true,
            CacheFile = settings.LlmCache,
            MaxTokensTotal = settings.MaxTokensTotal,
            BudgetUsd = settings.BudgetUsd,
            PriceTableFile = settings.PriceTable,
            Mode = ModeOf(settings.LlmMode),
            BatchMaxRequests = settings.LlmBatchMaxRequests ?? connection.BatchMaxRequests,
            BatchMaxBytes = settings.LlmBatchMaxMb * 1024L * 1024 ?? connection.BatchMaxBytes,
            BatchPollInterval =
                Seconds(settings.LlmBatchPollSeconds, "--llm-batch-poll-seconds") ?? connection.BatchPollInterval,
        };

    private static LlmMode ModeOf(string? mode) =>
        mode?.ToLowerInvariant() switch
        {
            null or "chat" => LlmMode.Chat,
            "batch" => LlmMode.Batch,
            _ => throw new OptionsException(LlmOptions.ModeFlag, $"'{mode}' is not a mode; use chat or batch"),
        };

    private string? Env(string name) => environment(name) is { Length: > 0 } value ? value : null;

    private static Uri AbsoluteUrl(string text, string flag) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new OptionsException(flag, $"'{text}' is not an absolute URL");

    /// <summary>"none" keeps the colours; colour names are compared in lower case.</summary>
    private static string? SwapColourOf(string given) =>
        given.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : given.ToLowerInvariant();

    private static TimeSpan? Seconds(double? seconds, string flag) =>
        seconds switch
        {
            null => null,
            < 0 or > 86_400 => throw new OptionsException(flag, "must be between 0 and 86400 seconds"),
            _ => TimeSpan.FromSeconds(seconds.Value),
        };
}
