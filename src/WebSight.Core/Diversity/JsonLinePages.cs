using System.Runtime.CompilerServices;
using System.Text.Json;
using WebSight.Core.Writing;

namespace WebSight.Core.Diversity;

/// <summary>The pages of a pages.jsonl file (as `generate --html-only` writes and `render --input` reads).</summary>
internal static class JsonLinePages
{
    private const int BatchSize = 512;

    public static async IAsyncEnumerable<IReadOnlyList<StoredPage>> ReadAsync(
        string path,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        using var reader = new StreamReader(path);
        var batch = new List<StoredPage>(BatchSize);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            batch.Add(Parse(line, path, number));
            if (batch.Count == BatchSize)
            {
                yield return batch;
                batch = new List<StoredPage>(BatchSize);
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }

    private static StoredPage Parse(string line, string path, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            string? Text(string name) =>
                root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
            int? Number(string name) =>
                root.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;
            var sources = root.TryGetProperty("image_sources", out var s) ? Sources(s) : null;
            return new StoredPage(
                Text(PageLines.Text) ?? throw new InvalidDataException($"{path} line {number} has no string 'text'"),
                Text(PageLines.Topic),
                Text(PageLines.Archetype),
                Number("page_height"),
                Number("code_tokens"),
                sources
            );
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} line {number} is not JSON: {e.Message}", e);
        }
    }

    /// <summary>The column holds a JSON array as a string; a line may carry it either way.</summary>
    private static string? Sources(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.GetRawText(),
            _ => null,
        };
}
