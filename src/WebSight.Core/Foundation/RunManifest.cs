using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebSight.Core.Foundation;

/// <summary>
/// run.json: the settings that decide what a run produces. A rerun on the same directory must match them,
/// or it would mix two datasets; the count and the worker count may change between runs.
/// </summary>
internal static class RunManifest
{
    private static readonly HashSet<string> MayChange = new(StringComparer.Ordinal)
    {
        "count",
        "render.workers",
        "writing.part_rows",
        "tool_version",
    };

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Writes the manifest for a new run, or checks a resumed run against it.</summary>
    public static void WriteOrCheck(RunDirectory runDirectory, JsonObject settings, bool forceNew)
    {
        var path = runDirectory.Manifest;
        if (!File.Exists(path) && !forceNew && runDirectory.HoldsOutput())
            // Without run.json nothing says which settings made the rows there: resuming could mix two datasets.
            throw new OptionsException(
                "--out",
                $"{runDirectory} holds output of a run but no run.json, so its settings are unknown; "
                    + "use a new --out, or --force-new to discard it"
            );
        if (File.Exists(path) && !forceNew)
        {
            JsonNode? existing;
            try
            {
                existing = JsonNode.Parse(File.ReadAllText(path));
            }
            catch (JsonException e)
            {
                throw new OptionsException("--out", $"{path} is not valid JSON ({e.Message}); use a new --out");
            }
            var differences = Differences(Flatten(existing), Flatten(settings));
            if (differences.Count > 0)
                throw new OptionsException(
                    "--out",
                    $"{runDirectory} holds a run with other settings ({string.Join("; ", differences)}). "
                        + "Use the same settings to resume, or a new --out"
                );
        }
        AtomicFile.WriteText(path, settings.ToJsonString(JsonOptions));
    }

    private static List<string> Differences(Dictionary<string, string> before, Dictionary<string, string> now)
    {
        var differences = new List<string>();
        foreach (var key in before.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            if (MayChange.Contains(key))
                continue;
            before.TryGetValue(key, out var was);
            now.TryGetValue(key, out var isNow);
            if (was != isNow)
                differences.Add($"{key}: was {was ?? "unset"}, now {isNow ?? "unset"}");
        }
        return differences;
    }

    public static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? current, string prefix)
        {
            if (current is JsonObject obj)
            {
                foreach (var (key, value) in obj)
                    Walk(value, prefix.Length == 0 ? key : prefix + "." + key);
            }
            else
                result[prefix] = current?.ToJsonString() ?? "null";
        }
        Walk(node, "");
        return result;
    }
}
