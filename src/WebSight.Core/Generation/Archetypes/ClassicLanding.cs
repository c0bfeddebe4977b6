using System.Text;
using Scriban;
using Scriban.Runtime;
using WebSight.Core.Generation.Copy;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// The landing page: nav, hero, a few middle sections and a footer from the Scriban section templates, themed by
/// the page's design tokens. Middle sections are optional, so the token budget can drop them.
/// </summary>
internal sealed class ClassicLanding(SectionLibrary sections, int minMiddle, int maxMiddle) : IArchetype
{
    public const string ArchetypeName = "landing";

    /// <summary>Sections that may appear between the hero and the footer.</summary>
    internal static readonly string[] MiddleKinds =
    [
        "features",
        "products",
        "pricing",
        "testimonials",
        "table",
        "gallery",
        "contact",
        "blog",
        "stats",
        "team",
        "faq",
        "cta",
    ];

    internal static readonly string[] RequiredKinds = ["nav", "hero", "footer", .. MiddleKinds];

    private static readonly string[] Containers = ["max-w-5xl", "max-w-6xl", "max-w-7xl"];

    /// <summary>Scriban's built-in functions, made once: building them is most of the cost of a new context.</summary>
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    private static readonly ThreadLocal<Functions> PerThreadFunctions = new(() => new Functions());

    public string Name => ArchetypeName;

    public string Description => "a website";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page)
    {
        var globals = new ScriptObject
        {
            ["site"] = ClassicContent.Site(page),
            ["theme"] = ScriptValues.From(Theme(page)),
            ["content"] = ClassicContent.Content(page, new PreparedCategory(page.Category)),
        };
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = 1000,
            RecursiveLimit = 20,
        };
        context.PushGlobal(PerThreadFunctions.Value!.For(page));
        context.PushGlobal(globals);
        return Plan(page).Select(template => Render(template, context)).ToList();
    }

    private List<SectionTemplate> Plan(PageContext page)
    {
        var middle = MiddleKinds.ToArray();
        page.Rng.Shuffle(middle);
        var kinds = new List<string> { "nav" };
        if (page.Chance(0.95))
            kinds.Add("hero");
        kinds.AddRange(middle.Take(page.Next(minMiddle, maxMiddle)));
        kinds.Add("footer");
        var sells = page.Traits.SellsOnline;
        return kinds
            .Select(kind =>
            {
                var variants = sections.Variants(kind).Where(v => sells || !v.SellsOnline).ToList();
                return variants[page.Rng.Next(variants.Count)];
            })
            .ToList();
    }

    private static Section Render(SectionTemplate template, TemplateContext context)
    {
        string rendered;
        try
        {
            rendered = template.Template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new TemplateSetException(e.Message);
        }
        var optional = template.Kind is not ("nav" or "hero" or "footer");
        return new Section(
            $"{template.Kind}/{template.Variant}",
            WithoutBlankLines(rendered),
            optional,
            template.Description
        );
    }

    /// <summary>The classic templates' theme, taken from the page's tokens so they share its colour scheme.</summary>
    private static PageTheme Theme(PageContext page)
    {
        var c = page.C;
        var t = page.T;
        return new PageTheme(
            c.Primary,
            c.Accent,
            c.Dark,
            t.Font,
            c.Page,
            c.Surface,
            c.Card,
            c.Text,
            c.Heading,
            c.Muted,
            c.Border.Split(' ')[0],
            t.Radius,
            t.Shadow,
            t.SectionY.Split(' ')[0],
            Containers[page.Rng.Next(Containers.Length)],
            t.HeadingWeight
        );
    }

    /// <summary>
    /// The templates' functions (img, pick, tr, trf, sentence, chance, rand_int), imported once per thread and pointed at the page
    /// being composed: importing a delegate makes Scriban build an invoker, which costs more than the page.
    /// </summary>
    private sealed class Functions
    {
        private PageContext? _page;

        public Functions()
        {
            // Every picture gets its own URL; the templates' "portrait" keyword names the purpose, others are subjects.
            Object.Import(
                "img",
                new Func<int, int, string, string>(
                    (w, h, keyword) =>
                        keyword == "portrait"
                            ? Page.Image(w, h, "portrait", "person")
                            : Page.Image(w, h, Page.PhotoPurpose, keyword)
                )
            );
            Object.Import(
                "pick",
                new Func<System.Collections.IList, object?>(list =>
                    list.Count == 0 ? null : list[Page.Rng.Next(list.Count)]
                )
            );
            // UI strings in the page's language: tr "Learn more", trf "About {0}" site.name.
            Object.Import("tr", new Func<string, string>(key => Page.Write.L(key)));
            Object.Import(
                "trf",
                new Func<string, object, string>(
                    (key, arg) =>
                        Page.Write.Locale.F(
                            key,
                            Convert.ToString(arg, System.Globalization.CultureInfo.InvariantCulture) ?? ""
                        )
                )
            );
            // A fresh sentence per use: a page whose section intros all repeat the slogan reads as broken.
            Object.Import("sentence", new Func<string>(() => ScriptValues.EscapeHtml(Page.Write.Sentence())));
            Object.Import("chance", new Func<double, bool>(p => Page.Rng.NextDouble() < p));
            Object.Import("rand_int", new Func<int, int, int>((min, max) => Page.Rng.Next(min, max + 1)));
        }

        public ScriptObject Object { get; } = new();

        private PageContext Page => _page ?? throw new InvalidOperationException("no page is being composed");

        public ScriptObject For(PageContext page)
        {
            _page = page;
            return Object;
        }
    }

    private static string WithoutBlankLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            builder.Append(line.TrimEnd()).Append('\n');
        }
        return builder.ToString();
    }
}
