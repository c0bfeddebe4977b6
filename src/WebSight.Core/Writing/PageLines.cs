using System.Text.Encodings.Web;
using System.Text.Json;
using WebSight.Core.Generation;

namespace WebSight.Core.Writing;

/// <summary>
/// A page as one JSON line of <c>pages.jsonl</c>: the fields `render --input` reads (text, idea, topic) and the
/// row's identity, under the dataset's column names, so the file can be rendered elsewhere or measured as it is.
/// </summary>
internal static class PageLines
{
    public const string FileName = "pages.jsonl";

    public const string Text = "text";
    public const string Idea = "llm_generated_idea";
    public const string Topic = "topic";
    public const string Archetype = "archetype";

    // HTML stays readable in the file: '<', '>' and '&' are not escaped (a JSON line is never embedded in HTML).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, GeneratedPage page)
    {
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", page.Spec.Id);
            json.WriteNumber("index", page.Spec.Index);
            json.WriteNumber("seed", page.Spec.Seed);
            json.WriteString("generator", page.Generator);
            json.WriteString(Topic, page.Topic);
            if (page.Archetype is { } archetype)
                json.WriteString(Archetype, archetype);
            json.WriteString(Idea, page.Idea);
            json.WriteString(Text, page.Html);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
