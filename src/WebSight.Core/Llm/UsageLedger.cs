using System.Globalization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// Sums tokens and cost per stage into the run's counters and guards the budgets. Checked before each paid
/// request: requests already in flight still finish, so a total can pass its limit by at most what they use.
/// Batch requests book their most cost and tokens when submitted (<see cref="Reserve"/>): the answers come
/// hours later, and the budget must hold for what was sent, not only for what came back.
/// </summary>
internal sealed class UsageLedger(RunStats stats, PriceTable prices, long? maxTokensTotal, double? budgetUsd)
{
    private readonly Lock _lock = new();
    private long _tokens;
    private double _cost;
    private long _reservedTokens;
    private double _reservedCost;

    /// <summary>
    /// Books a submitted request's most tokens and cost; throws <see cref="LlmBudgetExhaustedException"/> (nothing
    /// booked) when a budget is spent.
    /// </summary>
    public void Reserve(long tokens, double cost)
    {
        lock (_lock)
        {
            ThrowIfSpent();
            _reservedTokens += tokens;
            _reservedCost += cost;
        }
    }

    /// <summary>Frees a reservation once its answer is in (and recorded) or it is known not to come.</summary>
    public void Release(long tokens, double cost)
    {
        lock (_lock)
        {
            _reservedTokens = Math.Max(0, _reservedTokens - tokens);
            _reservedCost = Math.Max(0, _reservedCost - cost);
        }
    }

    /// <summary>Throws <see cref="LlmBudgetExhaustedException"/> when a budget is spent.</summary>
    public void EnsureBudgetLeft()
    {
        lock (_lock)
            ThrowIfSpent();
    }

    private void ThrowIfSpent()
    {
        if (maxTokensTotal is { } maxTokens && _tokens + _reservedTokens >= maxTokens)
            throw new LlmBudgetExhaustedException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Token budget reached: {_tokens:N0} tokens used{Submitted(_reservedTokens, $"{_reservedTokens:N0}")}, --max-tokens-total is {maxTokens:N0}."
                )
            );
        if (budgetUsd is { } budget && _cost + _reservedCost >= budget)
            throw new LlmBudgetExhaustedException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Budget reached: ${_cost:F4} spent{Submitted(_reservedCost, $"${_reservedCost:F4}")}, --budget-usd is ${budget:F4}."
                )
            );
    }

    /// <summary>What a request may cost at most, at this ledger's prices.</summary>
    public double MostCost(ChatRequest request) => prices.MostCost(request);

    private static string Submitted(double reserved, string amount) =>
        reserved > 0 ? $" and at most {amount} in submitted batches" : "";

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
