using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// LLM settings as given: every one optional, named as its flag (without the dashes) so a <c>--llm-config</c>
/// JSON file reads like the command line. Flags beat the file, the file beats the environment
/// (<c>OPENAI_API_KEY</c>, <c>OPENAI_BASE_URL</c>, <c>AZURE_OPENAI_ENDPOINT</c>, <c>AZURE_OPENAI_API_KEY</c>,
/// <c>AZURE_OPENAI_DEPLOYMENT</c>), the environment beats the defaults.
/// </summary>
internal sealed record LlmSettings
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Every setting. The CLI binds the flag of the same name onto each; a config file, the key.</summary>
    public static readonly IReadOnlyList<PropertyInfo> All = typeof(LlmSettings).GetProperties(
        BindingFlags.Public | BindingFlags.Instance
    );

    public string? LlmProvider { get; init; }
    public string? LlmBaseUrl { get; init; }
    public string? Model { get; init; }
    public string? IdeasModel { get; init; }
    public string? PagesModel { get; init; }
    public string? AzureEndpoint { get; init; }
    public string? AzureDeployment { get; init; }
    public string? AzureIdeasDeployment { get; init; }
    public string? AzurePagesDeployment { get; init; }
    public string? ApiKey { get; init; }
    public string? Topics { get; init; }
    public string? Prompts { get; init; }
    public int? IdeasPerCall { get; init; }
    public double? TablePageShare { get; init; }
    public string? SwapColour { get; init; }
    public double? Temperature { get; init; }
    public bool? NoLlmSeed { get; init; }
    public int? IdeasMaxOutputTokens { get; init; }
    public int? PageMaxOutputTokens { get; init; }
    public int? LlmConcurrency { get; init; }
    public int? Rpm { get; init; }
    public int? Tpm { get; init; }
    public double? LlmTimeout { get; init; }
    public int? MaxRetries { get; init; }
    public double? LlmMaxOutage { get; init; }
    public bool? NoCache { get; init; }
    public string? LlmCache { get; init; }
    public long? MaxTokensTotal { get; init; }
    public double? BudgetUsd { get; init; }
    public string? PriceTable { get; init; }

    /// <summary>Reads a <c>--llm-config</c> file; its relative paths are relative to the file.</summary>
    public static LlmSettings Load(string path)
    {
        if (!File.Exists(path))
            throw new OptionsException("--llm-config", $"{path} does not exist");
        LlmSettings? settings;
        try
        {
            settings = JsonSerializer.Deserialize<LlmSettings>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new OptionsException(
                "--llm-config",
                $"{path}: {e.Message} (keys are the flag names without dashes, e.g. \"model\", \"rpm\")"
            );
        }
        if (settings is null)
            throw new OptionsException("--llm-config", $"{path} is empty");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string? Relative(string? file) => file is null ? null : Path.Combine(folder, file);
        return settings with
        {
            Topics = Relative(settings.Topics),
            Prompts = Relative(settings.Prompts),
            LlmCache = Relative(settings.LlmCache),
            PriceTable = Relative(settings.PriceTable),
        };
    }

    /// <summary>These settings, each one that is unset taken from <paramref name="fallback"/>.</summary>
    public LlmSettings Over(LlmSettings fallback)
    {
        var layered = this with { };
        foreach (var setting in All)
            setting.SetValue(layered, setting.GetValue(this) ?? setting.GetValue(fallback));
        return layered;
    }

    /// <summary>
    /// The options these settings mean, with the environment filling what is unset. The provider is Azure when
    /// asked for, or when Azure settings are given and no OpenAI base URL is; the environment decides only
    /// when neither flags nor file say.
    /// </summary>
    public LlmOptions Resolve(Func<string, string?> environment)
    {
        string? Env(string name) => environment(name) is { Length: > 0 } value ? value : null;
        var explicitAzure =
            AzureEndpoint is not null
            || AzureDeployment is not null
            || AzureIdeasDeployment is not null
            || AzurePagesDeployment is not null;
        var explicitOpenAI = LlmBaseUrl is not null;
        var provider = LlmProvider?.ToLowerInvariant() switch
        {
            "azure" => Llm.LlmProvider.Azure,
            "openai" => Llm.LlmProvider.OpenAI,
            null or "auto" => (explicitAzure, explicitOpenAI) switch
            {
                (true, true) => throw new OptionsException(
                    "--llm-base-url",
                    "cannot be combined with --azure-endpoint/--azure-deployment; pass --llm-provider to choose"
                ),
                (true, false) => Llm.LlmProvider.Azure,
                (false, true) => Llm.LlmProvider.OpenAI,
                _ => Env("AZURE_OPENAI_ENDPOINT") is not null
                && Env("OPENAI_BASE_URL") is null
                && Env("OPENAI_API_KEY") is null
                    ? Llm.LlmProvider.Azure
                    : Llm.LlmProvider.OpenAI,
            },
            _ => throw new OptionsException(
                "--llm-provider",
                $"'{LlmProvider}' is not a provider; use auto, openai or azure"
            ),
        };

        string ideasModel,
            pagesModel,
            endpointText,
            endpointFlag;
        string? key;
        if (provider == Llm.LlmProvider.Azure)
        {
            endpointFlag = "--azure-endpoint";
            endpointText =
                AzureEndpoint
                ?? Env("AZURE_OPENAI_ENDPOINT")
                ?? throw new OptionsException(
                    "--azure-endpoint",
                    "Azure OpenAI needs an endpoint (or AZURE_OPENAI_ENDPOINT)"
                );
            var deployment = AzureDeployment ?? Model ?? Env("AZURE_OPENAI_DEPLOYMENT");
            ideasModel = AzureIdeasDeployment ?? IdeasModel ?? deployment ?? "";
            pagesModel = AzurePagesDeployment ?? PagesModel ?? deployment ?? "";
            key = ApiKey ?? Env("AZURE_OPENAI_API_KEY");
        }
        else
        {
            endpointFlag = "--llm-base-url";
            endpointText = LlmBaseUrl ?? Env("OPENAI_BASE_URL") ?? LlmOptions.OpenAIEndpoint.ToString();
            ideasModel = IdeasModel ?? Model ?? "";
            pagesModel = PagesModel ?? Model ?? "";
            key = ApiKey ?? Env("OPENAI_API_KEY");
        }
        if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint))
            throw new OptionsException(endpointFlag, $"'{endpointText}' is not an absolute URL");

        var defaults = new LlmOptions();
        return new LlmOptions
        {
            Provider = provider,
            Endpoint = endpoint,
            ApiKey = key,
            IdeasModel = ideasModel,
            PagesModel = pagesModel,
            TopicsFile = Topics,
            PromptsDirectory = Prompts,
            IdeasPerCall = IdeasPerCall ?? defaults.IdeasPerCall,
            TablePageShare = TablePageShare ?? defaults.TablePageShare,
            SwapColour =
                SwapColour is null ? defaults.SwapColour
                : SwapColour.Equals("none", StringComparison.OrdinalIgnoreCase) ? null
                : SwapColour.ToLowerInvariant(),
            Temperature = Temperature ?? defaults.Temperature,
            SendSeed = NoLlmSeed != true,
            IdeasMaxOutputTokens = IdeasMaxOutputTokens ?? defaults.IdeasMaxOutputTokens,
            PageMaxOutputTokens = PageMaxOutputTokens ?? defaults.PageMaxOutputTokens,
            Concurrency = LlmConcurrency ?? defaults.Concurrency,
            RequestsPerMinute = Rpm ?? 0,
            TokensPerMinute = Tpm ?? 0,
            RequestTimeout = Seconds(LlmTimeout, "--llm-timeout") ?? defaults.RequestTimeout,
            MaxRetries = MaxRetries ?? defaults.MaxRetries,
            MaxOutage = Seconds(LlmMaxOutage, "--llm-max-outage") ?? defaults.MaxOutage,
            UseCache = NoCache != true,
            CacheFile = LlmCache,
            MaxTokensTotal = MaxTokensTotal,
            BudgetUsd = BudgetUsd,
            PriceTableFile = PriceTable,
        };
    }

    /// <summary>Never shows the key, whatever prints these settings.</summary>
    public override string ToString() =>
        JsonSerializer.Serialize(this with { ApiKey = ApiKey is null ? null : "***" }, JsonOptions);

    private static TimeSpan? Seconds(double? seconds, string flag) =>
        seconds switch
        {
            null => null,
            < 0 or > 86_400 => throw new OptionsException(flag, "must be between 0 and 86400 seconds"),
            _ => TimeSpan.FromSeconds(seconds.Value),
        };
}
