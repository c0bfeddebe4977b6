using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Foundation;

public sealed class RunManifestTests
{
    private static JsonObject Settings(long seed) => new() { ["seed"] = seed, ["count"] = 10 };

    [Fact]
    public void A_resume_with_other_settings_is_refused_naming_the_difference()
    {
        using var directory = new TempDirectory();
        var run = new RunDirectory(directory.Path);
        RunManifest.WriteOrCheck(run, Settings(1), forceNew: false);
        RunManifest.WriteOrCheck(run, Settings(1), forceNew: false);

        var error = Assert.Throws<OptionsException>(() => RunManifest.WriteOrCheck(run, Settings(2), forceNew: false));
        Assert.Equal("--out", error.Option);
        Assert.Contains("seed: was 1, now 2", error.Message);
    }

    [Fact]
    public void Output_without_its_run_json_is_not_resumed_unless_discarded_with_force_new()
    {
        using var directory = new TempDirectory();
        var run = new RunDirectory(directory.Path);
        Directory.CreateDirectory(run.Parts);
        File.WriteAllText(Path.Combine(run.Parts, "part-000000.parquet"), "rows of an unknown run");

        var error = Assert.Throws<OptionsException>(() => RunManifest.WriteOrCheck(run, Settings(2), forceNew: false));
        Assert.Contains("no run.json", error.Message);
        Assert.False(File.Exists(run.Manifest));

        RunManifest.WriteOrCheck(run, Settings(2), forceNew: true);
        Assert.True(File.Exists(run.Manifest));
    }
}
