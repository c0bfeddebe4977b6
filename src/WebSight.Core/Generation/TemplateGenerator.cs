using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>
/// The embedded generator: composes a page from section templates and catalogue content under a seeded RNG,
/// so the same seed always yields byte-identical HTML.
/// </summary>
internal sealed class TemplateGenerator : IPageSource
{
    public const string GeneratorName = "template";

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

    private static readonly string[] RequiredKinds = ["nav", "hero", "footer", .. MiddleKinds];

    /// <summary>Scriban's built-in functions, made once: building them is most of the cost of a new context.</summary>
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    private readonly Catalogue _catalogue;
    private readonly SectionLibrary _sections;
    private readonly TemplateGeneratorOptions _options;
    private readonly Dictionary<string, PreparedCategory> _prepared;

    public TemplateGenerator(TemplateGeneratorOptions options)
    {
        options.Validate();
        _options = options;
        var source = options.TemplatesDirectory is null
            ? TemplateSource.Embedded()
            : TemplateSource.FromDirectory(options.TemplatesDirectory);
        _catalogue = Catalogue.Load(source);
        _sections = SectionLibrary.Load(source);
        var missing = RequiredKinds.Where(kind => !_sections.Has(kind)).ToList();
        if (missing.Count > 0)
            throw new TemplateSetException(
                $"{source.Origin}: no templates for section kinds {string.Join(", ", missing)} (expected sections/<kind>/*.sbn)."
            );
        _prepared = _catalogue.Categories.ToDictionary(c => c.Slug, c => new PreparedCategory(c));
    }

    public string Name => GeneratorName;

    public int Concurrency => 1;

    public IReadOnlyList<Category> Categories => _catalogue.Categories;

    public ValueTask<StepResult<GeneratedPage>> GenerateAsync(SampleSpec spec, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StepResult<GeneratedPage>.Pass(Generate(spec)));

    public GeneratedPage Generate(SampleSpec spec)
    {
        var rng = new Random(spec.Seed);
        var category = _catalogue.Categories[rng.Next(_catalogue.Categories.Count)];
        var prepared = _prepared[category.Slug];
        var business = category.Businesses[rng.Next(category.Businesses.Count)];
        var theme = PageTheme.Random(rng);
        var plan = ChooseSections(rng);

        var globals = new ScriptObject
        {
            ["site"] = BuildSite(rng, category, business),
            ["theme"] = ScriptValues.From(theme),
            ["content"] = BuildContent(rng, category, prepared),
        };
        AddFunctions(globals, rng);
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = 1000,
            RecursiveLimit = 20,
        };
        context.PushGlobal(globals);
        var body = new StringBuilder(8192);
        foreach (var section in plan)
        {
            string rendered;
            try
            {
                rendered = section.Template.Render(context);
            }
            catch (Scriban.Syntax.ScriptRuntimeException e)
            {
                throw new TemplateSetException(e.Message);
            }
            AppendWithoutBlankLines(body, rendered);
        }

        var html = PageWrapper.Wrap(theme.BodyClass, body.ToString());
        return new GeneratedPage(
            spec,
            html,
            DescribeIdea(category, business, theme, plan),
            category.Slug,
            Name,
            plan.Select(section => $"{section.Kind}/{section.Variant}").ToList()
        );
    }

    private List<SectionTemplate> ChooseSections(Random rng)
    {
        var middle = MiddleKinds.ToArray();
        rng.Shuffle(middle);
        var count = rng.Next(_options.MinMiddleSections, _options.MaxMiddleSections + 1);
        var kinds = new List<string> { "nav" };
        if (rng.NextDouble() < 0.95)
            kinds.Add("hero");
        var chosen = middle.Take(count).ToList();
        // WebSight mixed plain pages with table-centred ones; keep a share of pages led by a data table.
        if (rng.NextDouble() < 0.15)
        {
            chosen.Remove("table");
            chosen.Insert(0, "table");
        }
        kinds.AddRange(chosen);
        kinds.Add("footer");
        return kinds
            .Select(kind =>
            {
                var variants = _sections.Variants(kind);
                return variants[rng.Next(variants.Count)];
            })
            .ToList();
    }

    private ScriptObject BuildSite(Random rng, Category category, Business business)
    {
        var shared = _catalogue.Shared;
        var domain = EmailDomain(business.Name);
        var nav = category.Nav.ToArray();
        rng.Shuffle(nav);
        return new ScriptObject
        {
            ["name"] = ScriptValues.EscapeHtml(business.Name),
            ["slogan"] = ScriptValues.EscapeHtml(business.Slogan),
            ["category"] = ScriptValues.EscapeHtml(category.Name),
            ["email"] = $"hello@{(domain.Length > 0 ? domain : "example")}.com",
            ["phone"] = string.Create(
                CultureInfo.InvariantCulture,
                $"(555) {rng.Next(100, 1000):D3}-{rng.Next(0, 10000):D4}"
            ),
            ["address"] = ScriptValues.EscapeHtml(shared.Streets[rng.Next(shared.Streets.Count)]),
            ["city"] = ScriptValues.EscapeHtml(shared.Cities[rng.Next(shared.Cities.Count)]),
            ["year"] = rng.Next(2023, 2027),
            ["nav"] = ScriptValues.ArrayOf(nav.Take(rng.Next(4, Math.Min(6, nav.Length) + 1))),
            ["keyword"] = category.Keywords[0],
        };
    }

    private ScriptObject BuildContent(Random rng, Category category, PreparedCategory prepared)
    {
        var shared = _catalogue.Shared;
        string PersonName() =>
            shared.FirstNames[rng.Next(shared.FirstNames.Count)]
            + " "
            + shared.LastNames[rng.Next(shared.LastNames.Count)];

        var articles = new ScriptArray();
        foreach (var stub in Shuffled(rng, category.Articles))
        {
            var date = new DateOnly(2023, 1, 1).AddDays(rng.Next(0, 1000));
            articles.Add(
                new ScriptObject
                {
                    ["title"] = ScriptValues.EscapeHtml(stub.Title),
                    ["excerpt"] = ScriptValues.EscapeHtml(stub.Excerpt),
                    ["tag"] = ScriptValues.EscapeHtml(stub.Tag),
                    ["date"] = date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
                    ["author"] = ScriptValues.EscapeHtml(PersonName()),
                    ["minutes"] = rng.Next(3, 13),
                }
            );
        }

        var team = new ScriptArray();
        foreach (var role in Shuffled(rng, category.TeamRoles))
            team.Add(
                new ScriptObject
                {
                    ["name"] = ScriptValues.EscapeHtml(PersonName()),
                    ["role"] = ScriptValues.EscapeHtml(role),
                }
            );

        return new ScriptObject
        {
            ["hero"] = prepared.Heroes[rng.Next(prepared.Heroes.Count)],
            ["features"] = ScriptValues.ArrayOf(Shuffled(rng, prepared.Features)),
            ["products"] = ScriptValues.ArrayOf(Shuffled(rng, prepared.Products)),
            ["plans"] = prepared.Plans,
            ["testimonials"] = ScriptValues.ArrayOf(Shuffled(rng, prepared.Testimonials)),
            ["articles"] = articles,
            ["faq"] = ScriptValues.ArrayOf(Shuffled(rng, prepared.Faq)),
            ["stats"] = ScriptValues.ArrayOf(Shuffled(rng, prepared.Stats)),
            ["team"] = team,
            ["table"] = prepared.Table,
            ["gallery"] = ScriptValues.ArrayOf(Shuffled(rng, prepared.Gallery)),
            ["keywords"] = ScriptValues.ArrayOf(Shuffled(rng, category.Keywords)),
        };
    }

    private static void AddFunctions(ScriptObject globals, Random rng)
    {
        globals.Import("img", new Func<int, int, string, string>(ImageUrls.For));
        globals.Import(
            "pick",
            new Func<System.Collections.IList, object?>(list => list.Count == 0 ? null : list[rng.Next(list.Count)])
        );
        globals.Import("chance", new Func<double, bool>(p => rng.NextDouble() < p));
        globals.Import("rand_int", new Func<int, int, int>((min, max) => rng.Next(min, max + 1)));
    }

    /// <summary>A short domain from the business name, as real sites have: long ones overflow narrow columns.</summary>
    private static string EmailDomain(string businessName)
    {
        var words = businessName
            .ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0 && w is not ("the" or "and"))
            .ToList();
        if (words.Count == 0)
            return "";
        var domain = words[0].Length < 6 && words.Count > 1 ? words[0] + words[1] : words[0];
        return domain.Length > 14 ? domain[..14] : domain;
    }

    private static T[] Shuffled<T>(Random rng, IReadOnlyList<T> items)
    {
        var copy = items.ToArray();
        rng.Shuffle(copy);
        return copy;
    }

    private static void AppendWithoutBlankLines(StringBuilder builder, string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            builder.Append(line.TrimEnd()).Append('\n');
        }
    }

    private static string DescribeIdea(
        Category category,
        Business business,
        PageTheme theme,
        List<SectionTemplate> plan
    )
    {
        var parts = plan.Select(section => section.Description).ToList();
        var layout = parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        var background = theme.Dark ? "dark" : "light";
        return $"{category.Name}: a website for {category.IdeaPhrase} called {business.Name}, with {layout}; "
            + $"{theme.Primary} and {theme.Accent} accents on a {background} background in a {theme.FontName} typeface.";
    }

    /// <summary>Catalogue items converted to Scriban values once, so a page only shuffles references.</summary>
    private sealed class PreparedCategory(Category category)
    {
        public ScriptArray Heroes { get; } = ScriptValues.ArrayOf(category.Heroes);
        public object?[] Features { get; } = [.. ScriptValues.ArrayOf(category.Features)];
        public object?[] Products { get; } = [.. ScriptValues.ArrayOf(category.Products)];
        public ScriptArray Plans { get; } = ScriptValues.ArrayOf(category.Plans);
        public object?[] Testimonials { get; } = [.. ScriptValues.ArrayOf(category.Testimonials)];
        public object?[] Faq { get; } = [.. ScriptValues.ArrayOf(category.Faq)];
        public object?[] Stats { get; } = [.. ScriptValues.ArrayOf(category.Stats)];
        public object?[] Gallery { get; } = [.. ScriptValues.ArrayOf(category.Gallery)];
        public object? Table { get; } = ScriptValues.From(category.Table);
    }
}
