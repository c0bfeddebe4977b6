using System.Text.Encodings.Web;
using System.Text.Json;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Writing;

/// <summary>
/// A page as one JSON line of <c>pages.jsonl</c>: the fields `render --input` reads (text, idea, topic, and the
/// Tailwind profile and styling the page is written in) and the row's identity and measures (archetype, locale,
/// code tokens), under the dataset's column names, so the file can be rendered elsewhere or measured as it is.
/// </summary>
internal static class PageLines
{
    public const string FileName = "pages.jsonl";

    public const string Text = "text";
    public const string Idea = "llm_generated_idea";
    public const string Topic = "topic";
    public const string Archetype = "archetype";
    public const string Tailwind = "tailwind";
    public const string Styling = "styling";

    // HTML stays readable in the file: '<', '>' and '&' are not escaped (a JSON line is never embedded in HTML).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="tailwind">The run's Tailwind profile number (2, 3 or 4), as the flag takes it.</param>
    /// <param name="styling">The run's styling name (tailwind or css).</param>
    public static void Write(Stream stream, GeneratedPage page, int tailwind, string styling)
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
            if (page.Locale is { } locale)
                json.WriteString("locale", locale);
            json.WriteNumber(Tailwind, tailwind);
            json.WriteString(Styling, styling);
            json.WriteNumber("code_tokens", CodeTokens.Count(page.Html));
            json.WriteString(Idea, page.Idea);
            json.WriteString(Text, page.Html);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
