using System.Diagnostics.CodeAnalysis;

namespace WebSight.Core.Foundation;

/// <summary>
/// What a step made of its input: the next value, a refusal with its reason, or a reason to stop the whole run
/// gracefully (a spent budget) while keeping what is committed. The one value-or-reason type of the code base.
/// </summary>
internal sealed class StepResult<T>
{
    private StepResult(T? value, Refusal? refusal, string? stopReason)
    {
        Value = value;
        Refusal = refusal;
        StopReason = stopReason;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public string? StopReason { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Passed => Refusal is null && StopReason is null;

    public static StepResult<T> Pass(T value) => new(value, null, null);

    public static StepResult<T> Refuse(Refusal refusal) => new(default, refusal, null);

    public static StepResult<T> Refuse(RejectReason reason, string detail, string? evidence = null) =>
        new(default, new Refusal(reason, detail, evidence), null);

    public static StepResult<T> Stop(string reason) => new(default, null, reason);

    /// <summary>The same refusal or stop for a step with another output type.</summary>
    public StepResult<TOther> Carry<TOther>() =>
        Passed
            ? throw new InvalidOperationException("A passed result has a value to carry, not a refusal.")
            : new(default, Refusal, StopReason);
}
