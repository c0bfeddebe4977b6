using System.Text.Json.Serialization;

namespace WebSight.Core.Llm;

/// <summary>
/// USD per one million tokens. Batch prices default to half the chat prices, as OpenAI and Azure OpenAI charge
/// for their batch APIs; a table may give its own.
/// </summary>
internal sealed record ModelPrice(
    double Input,
    double Output,
    [property: JsonPropertyName("batch_input")] double? BatchInput = null,
    [property: JsonPropertyName("batch_output")] double? BatchOutput = null
)
{
    public const double BatchDiscount = 0.5;

    /// <summary>The prices this model is billed at through the batch API, as chat prices.</summary>
    public ModelPrice AtBatchPrices() =>
        new(BatchInput ?? Input * BatchDiscount, BatchOutput ?? Output * BatchDiscount);
}
