using System.Globalization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// Sums tokens and cost per stage into the run's counters and guards the budgets. Checked before each paid
/// request: requests already in flight still finish, so a total can pass its limit by at most what they use.
/// </summary>
internal sealed class UsageLedger(RunStats stats, PriceTable prices, long? maxTokensTotal, double? budgetUsd)
{
    private readonly Lock _lock = new();
    private long _tokens;
    private double _cost;

    /// <summary>Throws <see cref="LlmBudgetExhaustedException"/> when a budget is spent.</summary>
    public void EnsureBudgetLeft()
    {
        lock (_lock)
        {
            if (maxTokensTotal is { } maxTokens && _tokens >= maxTokens)
                throw new LlmBudgetExhaustedException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Token budget reached: {_tokens:N0} tokens used, --max-tokens-total is {maxTokens:N0}."
                    )
                );
            if (budgetUsd is { } budget && _cost >= budget)
                throw new LlmBudgetExhaustedException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Budget reached: ${_cost:F4} spent, --budget-usd is ${budget:F4}."
                    )
                );
        }
    }

    public void Record(ChatRequest request, ChatResponse response)
    {
        var stage = "llm." + request.Stage.Name();
        var cost = prices.Cost(request.Model, response.InputTokens, response.OutputTokens);
        lock (_lock)
        {
            _tokens += response.InputTokens + response.OutputTokens;
            _cost += cost;
        }
        stats.Add(stage + ".prompt_tokens", response.InputTokens);
        stats.Add(stage + ".completion_tokens", response.OutputTokens);
        stats.Add("llm.total_tokens", response.InputTokens + response.OutputTokens);
        if (response.TokensEstimated)
            stats.Add(stage + ".tokens_estimated", response.InputTokens + response.OutputTokens);
        if (prices.Has(request.Model))
        {
            stats.Add(stage + ".cost_usd", cost);
            stats.Add("llm.cost_usd", cost);
        }
    }
}
