namespace WebSight.Core.Foundation;

/// <summary>
/// Why an item goes no further: the reason code, a detail for people, the evidence worth keeping in rejects/
/// (the page or the model's raw text), and the step that refused it when that is finer than the stage
/// (the LLM generator's "ideas" and "pages").
/// </summary>
internal sealed record Refusal(RejectReason Reason, string Detail, string? Evidence = null, string? Step = null)
{
    /// <summary>The rejection this refusal makes of a sample at a stage.</summary>
    public Rejection For(SampleSpec spec, string stage) => new(spec, Step ?? stage, Reason, Detail, Evidence);
}
