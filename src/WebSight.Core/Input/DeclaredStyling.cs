using System.Text.Json;

namespace WebSight.Core.Input;

/// <summary>
/// The Tailwind profile number and styling a pages.jsonl says its pages are written in, read from its first line
/// (one run writes the file); null for other inputs or a file that does not say.
/// </summary>
internal static class DeclaredStyling
{
    public static (int? Tailwind, string? Styling) Of(string? jsonlPath)
    {
        if (jsonlPath is null || File.ReadLines(jsonlPath).FirstOrDefault() is not { } line)
            return (null, null);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, null);
            int? tailwind = root.TryGetProperty("tailwind", out var t) && t.TryGetInt32(out var number) ? number : null;
            var styling =
                root.TryGetProperty("styling", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            return (tailwind, styling);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
