using System.Text.Json;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// USD per million input and output tokens by model (or Azure deployment) name, from a JSON file such as
/// <c>{"gpt-4o-mini": {"input": 0.15, "output": 0.60}}</c>. Names match case-insensitively.
/// </summary>
internal sealed class PriceTable
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private readonly Dictionary<string, ModelPrice> _prices;

    public PriceTable(IReadOnlyDictionary<string, ModelPrice> prices) =>
        _prices = new Dictionary<string, ModelPrice>(prices, StringComparer.OrdinalIgnoreCase);

    public static PriceTable Empty { get; } = new(new Dictionary<string, ModelPrice>());

    public static PriceTable Load(string path)
    {
        if (!File.Exists(path))
            throw new OptionsException("--price-table", $"{path} does not exist");
        Dictionary<string, ModelPrice>? prices;
        try
        {
            prices = JsonSerializer.Deserialize<Dictionary<string, ModelPrice>>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new OptionsException(
                "--price-table",
                $"{path} is not a price table ({e.Message}); expected {{\"model\": {{\"input\": USD per 1M, \"output\": USD per 1M}}}}"
            );
        }
        if (prices is null || prices.Count == 0)
            throw new OptionsException("--price-table", $"{path} lists no model");
        foreach (var (model, price) in prices)
            if (price is null || price.Input < 0 || price.Output < 0 || price.BatchInput < 0 || price.BatchOutput < 0)
                throw new OptionsException("--price-table", $"{path}: '{model}' needs input and output prices >= 0");
        return new PriceTable(prices);
    }

    /// <summary>The same models at their batch prices.</summary>
    public PriceTable AtBatchPrices() =>
        new(_prices.ToDictionary(p => p.Key, p => p.Value.AtBatchPrices(), StringComparer.OrdinalIgnoreCase));

    public bool Has(string model) => _prices.ContainsKey(model);

    /// <summary>The cost of one response in USD; zero for a model the table does not list.</summary>
    /// <summary>What a request may cost at most: its estimated prompt and all of its output tokens.</summary>
    public double MostCost(ChatRequest request) =>
        Cost(request.Model, request.EstimatedPromptTokens, request.MaxOutputTokens);

    public double Cost(string model, int inputTokens, int outputTokens) =>
        _prices.TryGetValue(model, out var price)
            ? (inputTokens * price.Input + outputTokens * price.Output) / 1_000_000d
            : 0;
}
