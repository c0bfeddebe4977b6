using WebSight.Core.Foundation;
using WebSight.Core.Generation.Archetypes;
using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;
using WebSight.Core.Generation.Locales;

namespace WebSight.Core.Generation;

/// <summary>
/// The embedded generator: draws an archetype, a business that suits it, design tokens and copy under a seeded RNG,
/// composes the archetype's sections and keeps the page under the token budget, so the same seed always yields
/// byte-identical HTML.
/// </summary>
internal sealed class TemplateGenerator : IPageSource
{
    public const string GeneratorName = "template";

    private readonly Catalogue _catalogue;
    private readonly TemplateGeneratorOptions _options;
    private readonly List<IArchetype> _archetypes;
    private readonly Dictionary<string, IReadOnlyList<Category>> _fitting;
    private readonly Locale[] _locales;

    /// <summary>Whether pages say their language: only when the run asked for anything but English alone.</summary>
    private readonly bool _tagLanguage;

    /// <summary>Draws of a page whose sections cannot fit the token budget, at most.</summary>
    private const int MaxDraws = 8;

    /// <summary>A redraw whose Tailwind page has more than this share of the budget is not converted: its CSS (about 1.3 to 2 times as long) cannot fit.</summary>
    private const double HopelessTailwindShare = 0.75;

    private readonly Func<string, IReadOnlyList<string>, string>? _written;

    /// <param name="written">
    /// The page as the run writes it, from the Tailwind page and its section names (the plain-CSS conversion), when
    /// the run does not write Tailwind: the token budget is kept for that form and pages come out in it.
    /// </param>
    public TemplateGenerator(
        TemplateGeneratorOptions options,
        Func<string, IReadOnlyList<string>, string>? written = null
    )
    {
        options.Validate();
        _options = options;
        _written = written;
        var source = options.TemplatesDirectory is null
            ? TemplateSource.Embedded()
            : TemplateSource.FromDirectory(options.TemplatesDirectory);
        _catalogue = Catalogue.Load(source);
        var sections = SectionLibrary.Load(source);
        var missing = ClassicLanding.RequiredKinds.Where(kind => !sections.Has(kind)).ToList();
        if (missing.Count > 0)
            throw new TemplateSetException(
                $"{source.Origin}: no templates for section kinds {string.Join(", ", missing)} (expected sections/<kind>/*.sbn)."
            );
        var codes = options.Locales is { Count: > 0 } asked ? asked.Distinct().ToList() : [Locale.EnglishCode];
        var slugs = _catalogue.Categories.Select(c => c.Slug).ToList();
        _locales = codes.Select(code => LocaleSet.Load(source, code, slugs, options.StrictLocales)).ToArray();
        _tagLanguage = codes is not [Locale.EnglishCode];
        var landing = new ClassicLanding(sections, options.MinMiddleSections, options.MaxMiddleSections);
        IReadOnlyList<IArchetype> all = [landing, .. ArchetypeSet.Composed];
        var wanted = options.Archetypes is { Count: > 0 } names ? names.ToHashSet(StringComparer.Ordinal) : null;
        _archetypes = all.Where(a => wanted is null || wanted.Contains(a.Name)).ToList();
        _fitting = _archetypes.ToDictionary(
            a => a.Name,
            a => (IReadOnlyList<Category>)_catalogue.Categories.Where(c => a.Fits(CategoryTraits.Of(c.Slug))).ToList()
        );
        var unsuited = _fitting.Where(pair => pair.Value.Count == 0).Select(pair => pair.Key).ToList();
        if (unsuited.Count > 0)
            throw new TemplateSetException(
                $"{source.Origin}: no catalogue category suits the archetypes {string.Join(", ", unsuited)}."
            );
    }

    public string Name => GeneratorName;

    public int Concurrency => 1;

    public IReadOnlyList<Category> Categories => _catalogue.Categories;

    public ValueTask<StepResult<GeneratedPage>> GenerateAsync(SampleSpec spec, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StepResult<GeneratedPage>.Pass(Generate(spec)));

    /// <summary>
    /// The page of a seed. A plain-CSS page that cannot fit the budget even with its optional sections left out
    /// (most archetypes have few or none, and the CSS form is about twice as long) is drawn again from a seed
    /// derived from the first (the same every run), archetype included, since the same archetype with other copy
    /// rarely fits; after the last draw the shortest is kept. A draw whose Tailwind page alone is near the budget
    /// is passed over without converting it (the CSS form is longer). Tailwind pages fit by leaving sections out.
    /// </summary>
    public GeneratedPage Generate(SampleSpec spec)
    {
        var (page, fits) = Draw(spec, spec.Seed, redraw: false)!.Value;
        for (var draw = 1; draw < MaxDraws && !fits && _written is not null; draw++)
        {
            var seed = unchecked(spec.Seed * 31 + draw * 1_000_003);
            if (
                Draw(spec, seed, redraw: true) is (var again, var fitsAgain)
                && (fitsAgain || again.Html.Length < page.Html.Length)
            )
                (page, fits) = (again, fitsAgain);
        }
        return page;
    }

    /// <summary>The page of one seed and whether it fits; null for a redraw whose Tailwind page alone is hopeless.</summary>
    private (GeneratedPage Page, bool Fits)? Draw(SampleSpec spec, int seed, bool redraw)
    {
        var rng = new Random(seed);
        var archetype = _archetypes[rng.Next(_archetypes.Count)];
        var categories = _fitting[archetype.Name];
        var category = categories[rng.Next(categories.Count)];
        var business = category.Businesses[rng.Next(category.Businesses.Count)];
        var tokens = DesignTokens.Draw(rng);
        var locale = _locales.Length == 1 ? _locales[0] : _locales[rng.Next(_locales.Length)];
        var writer = new Copywriter(seed, rng, category, locale, business.Name);
        var nav = writer.Category.Nav.ToArray();
        rng.Shuffle(nav);
        var page = new PageContext(rng, writer, tokens, business, nav);
        var lang = _tagLanguage ? locale.Code : null;
        // Compound words ("Veröffentlichungen", "gepensioneerden") outgrow narrow columns an English word fits;
        // such pages let a word wrap rather than spill, as sites in those languages do.
        var bodyClass = locale.IsEnglish ? tokens.BodyClass : tokens.BodyClass + " break-words";
        var composed = archetype.Compose(page);
        string Tailwind(List<Section> kept) => Wrap(bodyClass, kept, lang);
        if (redraw)
        {
            // The CSS form is longer than the Tailwind page, so a redraw near the budget as Tailwind is not converted.
            var (_, tailwind, _) = PageBudget.Fit(composed, _options.MaxCodeTokens, Tailwind);
            if (CodeTokens.Count(tailwind) > _options.MaxCodeTokens * HopelessTailwindShare)
                return null;
        }
        var written = _written;
        var (sections, html, fits) = PageBudget.Fit(
            composed,
            _options.MaxCodeTokens,
            Tailwind,
            written is null ? null : (kept, tailwind) => written(tailwind, kept.Select(s => s.Name).ToList())
        );
        var generated = new GeneratedPage(
            spec,
            html,
            DescribeIdea(category, business, archetype, tokens, sections),
            category.Slug,
            Name,
            sections.Select(section => section.Name).ToList(),
            archetype.Name
        )
        {
            Locale = locale.Code,
        };
        return (generated, fits);
    }

    private static string Wrap(string bodyClass, List<Section> sections, string? lang) =>
        PageWrapper.Wrap(bodyClass, string.Concat(sections.Select(section => section.Html)), lang);

    private static string DescribeIdea(
        Category category,
        Business business,
        IArchetype archetype,
        DesignTokens tokens,
        List<Section> sections
    )
    {
        var parts = sections.Select(section => section.Description ?? "a " + section.Kind).Distinct().ToList();
        var layout = parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        var colour = tokens.Colour;
        var font = tokens.Font switch
        {
            "font-serif" => "serif",
            "font-mono" => "monospace",
            _ => "sans-serif",
        };
        return $"{category.Name}: {archetype.Description} for {category.IdeaPhrase} called {business.Name}, with {layout}; "
            + $"{colour.Primary} and {colour.Accent} accents on a {colour.Name} background in a {font} typeface.";
    }
}
