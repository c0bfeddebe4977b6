namespace WebSight.Core.Setup;

/// <summary>Class checks of the compiled profiles (3, 4) whose compilers are installed, for `stats`; none is required.</summary>
internal sealed class CompiledProfiles : IDisposable
{
    private readonly List<CompiledClasses> _installed = [];

    public CompiledProfiles()
    {
        foreach (var profile in TailwindProfile.All.Where(p => p.Compiled))
        {
            if (TailwindCompilerPackage.For(profile).IsInstalled())
                _installed.Add(CompiledClasses.Start(profile));
        }
    }

    public IReadOnlyList<ITailwindClasses> Installed => _installed;

    public void Dispose()
    {
        foreach (var classes in _installed)
            classes.Dispose();
    }
}
