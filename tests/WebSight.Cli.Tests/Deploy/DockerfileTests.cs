using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests.Deploy;

/// <summary>
/// deploy/Dockerfile, checked from files: there is no Docker here, and an image whose base lacks a framework the
/// app needs builds fine and only fails when the container starts.
/// </summary>
public sealed partial class DockerfileTests
{
    // The shared frameworks in Microsoft's .NET images; the sdk image carries the ASP.NET Core runtime too.
    private static readonly Dictionary<string, string[]> FrameworksByImage = new()
    {
        ["mcr.microsoft.com/dotnet/runtime"] = ["Microsoft.NETCore.App"],
        ["mcr.microsoft.com/dotnet/aspnet"] = ["Microsoft.NETCore.App", "Microsoft.AspNetCore.App"],
        ["mcr.microsoft.com/dotnet/sdk"] = ["Microsoft.NETCore.App", "Microsoft.AspNetCore.App"],
    };

    [Fact]
    public void The_final_image_carries_every_shared_framework_the_app_needs()
    {
        var (image, tag) = FinalImage(File.ReadAllText(Path.Combine(Repository.Root, "deploy", "Dockerfile")));
        Assert.True(
            FrameworksByImage.TryGetValue(image, out var carried),
            $"deploy/Dockerfile's final image {image} is not one whose shared frameworks this test knows."
        );
        var required = RequiredFrameworks();
        var missing = required.Keys.Except(carried).ToList();
        Assert.True(
            missing.Count == 0,
            $"{image}:{tag} lacks {string.Join(", ", missing)}, which websight.runtimeconfig.json requires: "
                + "the container would not start."
        );
        var imageMajor = Major(tag);
        foreach (var (name, version) in required)
            Assert.True(
                Major(version) == imageMajor,
                $"{image}:{tag} carries .NET {imageMajor}, but the app needs {name} {version}."
            );
    }

    [Fact]
    public void The_Dockerfile_and_bootstrap_name_no_package_registry_host()
    {
        foreach (var file in new[] { "deploy/Dockerfile", "scripts/bootstrap.sh" })
        {
            var hosts = RegistryHost()
                .Matches(File.ReadAllText(Path.Combine(Repository.Root, file)))
                .Select(m => m.Value)
                .ToList();
            Assert.True(
                hosts.Count == 0,
                $"{file} names {string.Join(", ", hosts)}; reach packages through their own client "
                    + "(npm pack, apt-get, dotnet restore) instead."
            );
        }
    }

    // The last FROM starts the final stage, the image that runs.
    private static (string Image, string Tag) FinalImage(string dockerfile)
    {
        var from = FromLine().Matches(dockerfile).LastOrDefault();
        Assert.NotNull(from);
        var reference = from.Groups["image"].Value;
        var colon = reference.LastIndexOf(':');
        Assert.True(
            colon > reference.LastIndexOf('/'),
            $"The final image {reference} names no tag, so no .NET version."
        );
        return (reference[..colon], reference[(colon + 1)..]);
    }

    // The runtimeconfig the build puts beside websight.dll is the one publish puts in the image.
    private static Dictionary<string, string> RequiredFrameworks()
    {
        var path = Path.ChangeExtension(typeof(ExitCodes).Assembly.Location, ".runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var options = config.RootElement.GetProperty("runtimeOptions");
        List<JsonElement> frameworks =
            options.TryGetProperty("frameworks", out var many) ? [.. many.EnumerateArray()]
            : options.TryGetProperty("framework", out var one) ? [one]
            : [];
        Assert.True(frameworks.Count > 0, $"{path} names no shared framework.");
        return frameworks.ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("version").GetString()!
        );
    }

    private static int Major(string version)
    {
        var major = LeadingNumber().Match(version);
        Assert.True(major.Success, $"{version} does not start with a major version.");
        return int.Parse(major.Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*FROM\s+(?:--\S+\s+)*(?<image>\S+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();

    // npm, Yarn, NuGet and PyPI hosts, and any registry.* host. Base images name theirs (mcr.microsoft.com): Docker's
    // own client fetches those.
    [GeneratedRegex(
        @"\b(?:[\w-]+\.)*(?:npmjs\.(?:org|com)|yarnpkg\.com|nuget\.org|pypi\.org|pythonhosted\.org)\b|\bregistry\.[\w-]+(?:\.[\w-]+)+",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex RegistryHost();
}
