using System.Reflection;

namespace WebSight.Core.Llm;

/// <summary>
/// LLM settings as given: every one optional, named as its flag, so a <c>--llm-config</c> file
/// (<see cref="LlmSettingsFile"/>) reads like the command line. Flags beat the file, the file beats the
/// environment, the environment beats the defaults (<see cref="LlmOptionsResolver"/>).
/// </summary>
internal sealed record LlmSettings
{
    /// <summary>Every setting. The CLI binds the flag of the same name onto each; the file, the key.</summary>
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
    public int? LlmMaxAnswerKb { get; init; }
    public bool? NoCache { get; init; }
    public string? LlmCache { get; init; }
    public long? MaxTokensTotal { get; init; }
    public double? BudgetUsd { get; init; }
    public string? PriceTable { get; init; }
    public string? LlmMode { get; init; }
    public int? LlmBatchMaxRequests { get; init; }
    public int? LlmBatchMaxMb { get; init; }
    public double? LlmBatchPollSeconds { get; init; }

    /// <summary>These settings, each one that is unset taken from <paramref name="fallback"/>.</summary>
    public LlmSettings Over(LlmSettings fallback)
    {
        var layered = this with { };
        foreach (var setting in All)
            setting.SetValue(layered, setting.GetValue(this) ?? setting.GetValue(fallback));
        return layered;
    }

    /// <summary>Never shows the key, whatever prints these settings.</summary>
    public override string ToString() => LlmSettingsFile.Format(this with { ApiKey = ApiKey is null ? null : "***" });
}
