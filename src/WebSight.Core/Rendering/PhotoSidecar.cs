using System.Text.Json;
using WebSight.Core.Foundation;

namespace WebSight.Core.Rendering;

/// <summary>
/// The optional description of an <c>--images</c> library: <c>images.csv</c> (header <c>file,keywords,license,author</c>,
/// keywords separated by spaces or semicolons, fields quoted when they hold commas) or <c>images.json</c> (an array of
/// objects with those keys, keywords a string or an array).
/// </summary>
internal static class PhotoSidecar
{
    public const string CsvName = "images.csv";
    public const string JsonName = "images.json";

    internal sealed record Entry(string File, IReadOnlyList<string> Keywords, string? License, string? Author);

    /// <summary>The entries of the sidecar in <paramref name="directory"/>, or null when it has none.</summary>
    public static IReadOnlyList<Entry>? Read(string directory)
    {
        var csv = Path.Combine(directory, CsvName);
        var json = Path.Combine(directory, JsonName);
        try
        {
            if (File.Exists(csv))
                return ReadCsv(csv);
            return File.Exists(json) ? ReadJson(json) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            throw new OptionsException(
                RenderOptions.ImagesFlag,
                $"cannot read the sidecar in {directory}: {e.Message.Split('\n')[0]}"
            );
        }
    }

    public static IReadOnlyList<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ';', ',', '|', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);

    private static List<Entry> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToList();
        var header = lines.Count > 0 ? Fields(lines[0]) : [];
        var column = (string name) => header.FindIndex(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        var (file, keywords, license, author) = (
            column("file"),
            column("keywords"),
            column("license"),
            column("author")
        );
        if (file < 0)
            throw new FormatException($"{CsvName} needs a header with a 'file' column (file,keywords,license,author)");
        return
        [
            .. lines
                .Skip(1)
                .Select(Fields)
                .Select(f => new Entry(
                    At(f, file) ?? throw new FormatException($"a row of {CsvName} has no file"),
                    Words(At(f, keywords) ?? ""),
                    At(f, license),
                    At(f, author)
                )),
        ];
    }

    private static string? At(List<string> fields, int index) =>
        index >= 0 && index < fields.Count && fields[index].Trim().Length > 0 ? fields[index].Trim() : null;

    /// <summary>One CSV line's fields; a quoted field may hold commas and doubled quotes.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                field.Append(line[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static List<Entry> ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{JsonName} must be an array of {{file, keywords, license, author}}");
        return [.. document.RootElement.EnumerateArray().Select(ReadJsonEntry)];
    }

    private static Entry ReadJsonEntry(JsonElement item)
    {
        string? Text(string name) =>
            item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        var keywords =
            item.TryGetProperty("keywords", out var k) && k.ValueKind == JsonValueKind.Array
                ? [.. k.EnumerateArray().SelectMany(w => Words(w.GetString() ?? ""))]
                : Words(Text("keywords") ?? "");
        return new(
            Text("file") ?? throw new FormatException($"an entry of {JsonName} has no \"file\""),
            keywords,
            Text("license"),
            Text("author")
        );
    }
}
