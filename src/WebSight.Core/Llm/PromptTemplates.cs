using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Ideation;
using WebSight.Core.Setup;

namespace WebSight.Core.Llm;

/// <summary>
/// The Scriban prompt templates (ideas.sbn, page.sbn, table-page.sbn), embedded or from <c>--prompts DIR</c>.
/// Each is rendered once at load with sample values under strict variables, so a template that names a
/// variable we do not provide fails at start-up instead of sending a prompt with a silent blank.
/// </summary>
internal sealed class PromptTemplates
{
    public const string ImageUrlScheme = "https://" + ImageUrls.Host + "/random/WxH/?keyword";

    private const string EmbeddedPrefix = "prompts/";

    private static readonly Dictionary<PromptKind, string> FileNames = new()
    {
        [PromptKind.Ideas] = "ideas.sbn",
        [PromptKind.Page] = "page.sbn",
        [PromptKind.TablePage] = "table-page.sbn",
        [PromptKind.CssPage] = "page-css.sbn",
        [PromptKind.CssTablePage] = "table-page-css.sbn",
    };

    private readonly Dictionary<PromptKind, Template> _templates;

    private PromptTemplates(Dictionary<PromptKind, Template> templates, string origin)
    {
        _templates = templates;
        Origin = origin;
    }

    public string Origin { get; }

    /// <summary>The variables each kind of prompt gets, as the docs list them.</summary>
    public static IReadOnlyList<string> VariablesOf(PromptKind kind) =>
        kind == PromptKind.Ideas
            ? ["count", "topic", "topic_description", "colours", "layout_elements", "angle"]
            : ["idea", "topic", "image_url_scheme", "image_url_example", "tailwind_version", "tailwind_idioms"];

    public static PromptTemplates Load(string? directory)
    {
        var texts = directory is null ? ReadEmbedded() : ReadDirectory(directory);
        var origin = directory is null ? "embedded" : Path.GetFullPath(directory);
        var templates = new Dictionary<PromptKind, Template>();
        foreach (var (kind, fileName) in FileNames)
        {
            var template = Template.Parse(texts[kind], fileName);
            if (template.HasErrors)
                throw new OptionsException(
                    "--prompts",
                    $"{origin}/{fileName} does not parse: {string.Join("; ", template.Messages)}"
                );
            templates[kind] = template;
        }
        var prompts = new PromptTemplates(templates, origin);
        prompts.RenderIdeas(
            10,
            new Topic("sample", "Sample", "a sample business"),
            ["red", "green"],
            ["a sidebar"],
            "playful sites for students"
        );
        prompts.RenderPage(PromptKind.Page, "A sample idea.", "sample");
        prompts.RenderPage(PromptKind.TablePage, "A sample idea.", "sample");
        prompts.RenderPage(PromptKind.CssPage, "A sample idea.", "sample");
        prompts.RenderPage(PromptKind.CssTablePage, "A sample idea.", "sample");
        return prompts;
    }

    public string RenderIdeas(
        int count,
        Topic topic,
        IReadOnlyList<string> colours,
        IReadOnlyList<string> layoutElements,
        string angle
    ) =>
        Render(
            PromptKind.Ideas,
            new ScriptObject
            {
                ["count"] = count,
                ["topic"] = topic.Name,
                ["topic_description"] = topic.Description,
                ["colours"] = new ScriptArray(colours),
                ["layout_elements"] = new ScriptArray(layoutElements),
                ["angle"] = angle,
            }
        );

    /// <summary>What a page prompt says about the version's idioms, so a model writes what the renderer compiles.</summary>
    public static string IdiomsOf(TailwindProfile profile) =>
        profile.Number switch
        {
            3 =>
                "Tailwind 3 idioms are welcome: arbitrary values such as w-[350px] or bg-[#1da1f2], size-*, text-balance, "
                    + "grow and shrink-0, colour opacity modifiers such as bg-sky-500/50, focus-visible:, aria-*: and data-*: variants.",
            4 =>
                "Write Tailwind 4: arbitrary values such as w-[350px] or bg-[#1da1f2], size-*, text-balance, colour opacity "
                    + "modifiers such as bg-sky-500/50 (there is no bg-opacity-*), shadow-xs/shadow-sm, rounded-xs/rounded-sm, "
                    + "ring-3, outline-hidden, focus-visible:, aria-*:, data-*: and @container variants; the palette is OKLCH.",
            _ => "",
        };

    public string RenderPage(PromptKind kind, string idea, string topic, TailwindProfile? tailwind = null) =>
        Render(
            kind,
            new ScriptObject
            {
                ["idea"] = idea,
                ["topic"] = topic,
                ["image_url_scheme"] = ImageUrlScheme,
                ["image_url_example"] = ImageUrls.For(800, 600, "fresh bread"),
                ["tailwind_version"] = (tailwind ?? TailwindProfile.V2).Version,
                ["tailwind_idioms"] = IdiomsOf(tailwind ?? TailwindProfile.V2),
            }
        );

    private string Render(PromptKind kind, ScriptObject model)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 1000,
            RecursiveLimit = 20,
        };
        context.PushGlobal(model);
        try
        {
            return _templates[kind].Render(context).Trim();
        }
        catch (ScriptRuntimeException e)
        {
            throw new OptionsException(
                "--prompts",
                $"{Origin}/{FileNames[kind]}: {e.OriginalMessage}; the variables are {string.Join(", ", VariablesOf(kind))}"
            );
        }
    }

    private static Dictionary<PromptKind, string> ReadEmbedded()
    {
        var assembly = typeof(PromptTemplates).Assembly;
        return FileNames.ToDictionary(
            pair => pair.Key,
            pair =>
            {
                using var stream =
                    assembly.GetManifestResourceStream(EmbeddedPrefix + pair.Value)
                    ?? throw new InvalidOperationException($"The tool was built without prompts/{pair.Value}.");
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
        );
    }

    private static Dictionary<PromptKind, string> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new OptionsException("--prompts", $"{directory} is not a directory");
        // A prompts folder made before the plain-CSS prompts existed gets the embedded ones for those.
        var embedded = ReadEmbedded();
        var optional = new[] { PromptKind.CssPage, PromptKind.CssTablePage };
        var missing = FileNames
            .Where(pair => !optional.Contains(pair.Key) && !File.Exists(Path.Combine(directory, pair.Value)))
            .Select(pair => pair.Value)
            .ToList();
        if (missing.Count > 0)
            throw new OptionsException(
                "--prompts",
                $"{directory} lacks {string.Join(", ", missing)} (it needs {string.Join(", ", FileNames.Values)})"
            );
        return FileNames.ToDictionary(
            pair => pair.Key,
            pair =>
                File.Exists(Path.Combine(directory, pair.Value))
                    ? File.ReadAllText(Path.Combine(directory, pair.Value))
                    : embedded[pair.Key]
        );
    }
}
