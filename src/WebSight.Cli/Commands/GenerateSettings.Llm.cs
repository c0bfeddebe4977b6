using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Llm;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>
/// The flags of the llm generator (see docs/llm.md). Each is named as the <see cref="LlmSettings"/> property it
/// binds onto (its config-file key), so a flag is declared here and nowhere else in the CLI; LlmFlagsTests checks
/// the two lists match. Keys are never printed nor written to run.json.
/// </summary>
internal sealed partial class GenerateSettings
{
    [CommandOption("--llm-provider <NAME>")]
    [Description("auto, openai (also any OpenAI-compatible server) or azure. Default: auto, from the settings given.")]
    public string? LlmProvider { get; init; }

    [CommandOption("--llm-base-url <URL>")]
    [Description(
        "OpenAI-compatible base URL, e.g. http://localhost:8000/v1 (env OPENAI_BASE_URL; default api.openai.com)."
    )]
    public string? LlmBaseUrl { get; init; }

    [CommandOption("--model <NAME>")]
    [Description("Model for both stages (Azure: the deployment, unless --azure-deployment is given).")]
    public string? Model { get; init; }

    [CommandOption("--ideas-model <NAME>")]
    [Description("Model that writes the idea lists. Default: --model.")]
    public string? IdeasModel { get; init; }

    [CommandOption("--pages-model <NAME>")]
    [Description("Model that writes the pages. Default: --model.")]
    public string? PagesModel { get; init; }

    [CommandOption("--azure-endpoint <URL>")]
    [Description("Azure OpenAI resource endpoint, https://NAME.openai.azure.com/ (env AZURE_OPENAI_ENDPOINT).")]
    public string? AzureEndpoint { get; init; }

    [CommandOption("--azure-deployment <NAME>")]
    [Description("Azure OpenAI deployment for both stages (env AZURE_OPENAI_DEPLOYMENT).")]
    public string? AzureDeployment { get; init; }

    [CommandOption("--azure-ideas-deployment <NAME>")]
    [Description("Azure deployment that writes the idea lists. Default: --azure-deployment.")]
    public string? AzureIdeasDeployment { get; init; }

    [CommandOption("--azure-pages-deployment <NAME>")]
    [Description("Azure deployment that writes the pages. Default: --azure-deployment.")]
    public string? AzurePagesDeployment { get; init; }

    [CommandOption("--api-key <KEY>")]
    [Description(
        "API key; prefer env OPENAI_API_KEY / AZURE_OPENAI_API_KEY. Azure without a key uses Microsoft Entra ID."
    )]
    public string? ApiKey { get; init; }

    [CommandOption("--llm-config <FILE>")]
    [Description("JSON file with any of these settings, keyed by flag name without dashes; flags win.")]
    public string? LlmConfig { get; init; }

    [CommandOption("--topics <FILE>")]
    [Description("Topics that steer the ideas, one a line. Default: the built-in catalogue.")]
    public string? Topics { get; init; }

    [CommandOption("--prompts <DIR>")]
    [Description("Directory with ideas.sbn, page.sbn and table-page.sbn to use instead of the embedded prompts.")]
    public string? Prompts { get; init; }

    [CommandOption("--ideas-per-call <N>")]
    [Description("Ideas asked for per call; a list without exactly N numbered lines is rejected. Default: 10.")]
    public int? IdeasPerCall { get; init; }

    [CommandOption("--table-page-share <F>")]
    [Description("Share of pages written with the table-centred prompt. Default: 0.25.")]
    public double? TablePageShare { get; init; }

    [CommandOption("--swap-colour <COLOUR>")]
    [Description("Over-used colour swapped for a random palette colour per page, or none. Default: blue.")]
    public string? SwapColour { get; init; }

    [CommandOption("--temperature <T>")]
    [Description("Sampling temperature. Default: 0 (greedy).")]
    public double? Temperature { get; init; }

    [CommandOption("--no-llm-seed")]
    [Description("Do not send a per-request seed (for servers that reject the field).")]
    public bool? NoLlmSeed { get; init; }

    [CommandOption("--ideas-max-output-tokens <N>")]
    [Description("Most tokens an idea list may take. Default: 1500.")]
    public int? IdeasMaxOutputTokens { get; init; }

    [CommandOption("--page-max-output-tokens <N>")]
    [Description("Most tokens a page may take; a page cut off there is rejected as llm_truncated. Default: 4096.")]
    public int? PageMaxOutputTokens { get; init; }

    [CommandOption("--llm-concurrency <N>")]
    [Description("LLM requests in flight at once. Default: 16.")]
    public int? LlmConcurrency { get; init; }

    [CommandOption("--rpm <N>")]
    [Description("Most requests in any minute. Default: no limit.")]
    public int? Rpm { get; init; }

    [CommandOption("--tpm <N>")]
    [Description(
        "Most tokens in any minute (prompt estimate + max output, corrected to the real count). Default: no limit."
    )]
    public int? Tpm { get; init; }

    [CommandOption("--llm-timeout <SECONDS>")]
    [Description("Timeout of one request attempt. Default: 180.")]
    public double? LlmTimeout { get; init; }

    [CommandOption("--max-retries <N>")]
    [Description("Retries of a request on 408, 429, 5xx, network errors and timeouts. Default: 6.")]
    public int? MaxRetries { get; init; }

    [CommandOption("--llm-max-outage <SECONDS>")]
    [Description("How long the run waits for an endpoint that is down before it stops. Default: 600.")]
    public double? LlmMaxOutage { get; init; }

    [CommandOption(Core.Llm.LlmOptions.MaxAnswerKbFlag + " <KB>")]
    [Description(
        "Most kilobytes read of one answer; a larger one is rejected as llm_answer_too_large, never cached. Default: 1024."
    )]
    public int? LlmMaxAnswerKb { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor write the response cache (state/llm-cache.sqlite).")]
    public bool? NoCache { get; init; }

    [CommandOption("--llm-cache <FILE>")]
    [Description("Response cache file to use instead of state/llm-cache.sqlite in --out.")]
    public string? LlmCache { get; init; }

    [CommandOption("--max-tokens-total <N>")]
    [Description("Stop gracefully once the LLM calls have used this many tokens.")]
    public long? MaxTokensTotal { get; init; }

    [CommandOption("--budget-usd <USD>")]
    [Description("Stop gracefully once the LLM calls cost this much (needs --price-table).")]
    public double? BudgetUsd { get; init; }

    [CommandOption("--price-table <FILE>")]
    [Description("JSON: model -> {\"input\": USD per 1M tokens, \"output\": USD per 1M tokens}.")]
    public string? PriceTable { get; init; }

    [CommandOption("--llm-mode <MODE>")]
    [Description(
        "chat (one request at a time) or batch (JSONL files through the provider's batch API: half price, results within 24 h). Default: chat."
    )]
    public string? LlmMode { get; init; }

    [CommandOption("--llm-batch-max-requests <N>")]
    [Description("Most requests in one batch file (--llm-mode batch). Default: 50000.")]
    public int? LlmBatchMaxRequests { get; init; }

    [CommandOption("--llm-batch-max-mb <MB>")]
    [Description("Most megabytes of one batch file (--llm-mode batch). Default: 200.")]
    public int? LlmBatchMaxMb { get; init; }

    [CommandOption("--llm-batch-poll-seconds <SECONDS>")]
    [Description("First wait before a batch's status is asked; it grows while nothing changes. Default: 30.")]
    public double? LlmBatchPollSeconds { get; init; }

    private bool UsesLlm => Generator == LlmPageGenerator.GeneratorName;

    /// <summary>Flag-level checks; the full check runs when the options are built.</summary>
    private ValidationResult ValidateLlm()
    {
        if (!UsesLlm && FlagSettings() != new LlmSettings())
            return ValidationResult.Error("LLM flags (--model, --rpm, ...) need --generator llm");
        if (LlmConfig is not null && !File.Exists(LlmConfig))
            return ValidationResult.Error($"--llm-config: {LlmConfig} does not exist");
        return ValidationResult.Success();
    }

    /// <summary>The llm generator's options from flags, then --llm-config, then the environment; null for other generators.</summary>
    private LlmOptions? LlmOptions()
    {
        if (!UsesLlm)
            return null;
        var settings = FlagSettings();
        if (LlmConfig is not null)
            settings = settings.Over(LlmSettingsFile.Load(LlmConfig));
        return new LlmOptionsResolver(Environment.GetEnvironmentVariable).Resolve(settings);
    }

    /// <summary>The LLM flags as settings: each setting takes the flag of its own name.</summary>
    private LlmSettings FlagSettings()
    {
        var settings = new LlmSettings();
        foreach (var setting in LlmSettings.All)
            setting.SetValue(settings, typeof(GenerateSettings).GetProperty(setting.Name)!.GetValue(this));
        return settings;
    }
}
