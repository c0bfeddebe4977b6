namespace WebSight.Core.Setup;

/// <summary>Which class names a Tailwind profile makes a rule for: validation's and `stats`' unknown-class check.</summary>
internal interface ITailwindClasses
{
    TailwindProfile Profile { get; }

    /// <summary>The names among <paramref name="names"/> the profile defines no rule for. Thread-safe.</summary>
    IReadOnlySet<string> Unknown(IReadOnlyCollection<string> names);
}
