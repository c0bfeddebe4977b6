namespace WebSight.Core.Foundation;

/// <summary>A setting that cannot work, found before any work starts; the message names the flag to change.</summary>
internal sealed class OptionsException(string option, string problem) : Exception($"{option}: {problem}")
{
    public string Option { get; } = option;
}
