using System.Globalization;
using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>Everything an archetype composes a page from: the business, its words, the design tokens, the RNG.</summary>
internal sealed class PageContext
{
    private readonly Dictionary<string, string> _spacingChoices = new(StringComparer.Ordinal);
    private int _images;

    public PageContext(Random rng, Copywriter writer, DesignTokens tokens, Business business, IReadOnlyList<string> nav)
    {
        Rng = rng;
        Write = writer;
        T = tokens;
        Business = business;
        Nav = nav;
        var domain = new string(business.Name.ToLowerInvariant().Where(char.IsAsciiLetter).Take(12).ToArray());
        Domain = (domain.Length > 0 ? domain : "example") + ".com";
    }

    public Random Rng { get; }

    public Copywriter Write { get; }

    /// <summary>The page's design tokens; short because nearly every line of an archetype reads them.</summary>
    public DesignTokens T { get; private set; }

    public ColourScheme C => T.Colour;

    /// <summary>
    /// Until disposed, the tokens read band text colours: for a section painted on the band, composed by helpers that
    /// read <see cref="T"/> and <see cref="C"/> themselves.
    /// </summary>
    public IDisposable OnBand()
    {
        var saved = T;
        T = T with { Colour = C.OnBand() };
        return new TokenRestore(this, saved);
    }

    private sealed class TokenRestore(PageContext page, DesignTokens saved) : IDisposable
    {
        public void Dispose() => page.T = saved;
    }

    public Business Business { get; }

    public Category Category => Write.Category;

    public CategoryTraits Traits => CategoryTraits.Of(Category.Slug);

    public IReadOnlyList<string> Nav { get; }

    public string Domain { get; }

    public string Name => Business.Name;

    /// <summary>
    /// An image URL for a purpose (portrait, product, food, building, interior, landscape, logo, illustration,
    /// chart); the subject and a page-wide counter make every URL on the page unique.
    /// </summary>
    public string Image(int width, int height, string purpose, string subject)
    {
        _images++;
        var letters = new string(
            subject.ToLowerInvariant().Where(c => char.IsAsciiLetter(c) || c == ' ').ToArray()
        ).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = letters.Take(2);
        // A shop's product picture names the product's words, then what the shop sells, so the placeholder draws
        // a bottle for "Estate Pinot Noir" and a bouquet for "Spring Tulip Bunch"; a bakery's goods are food.
        if (purpose == "product" && Traits.Goods is { } goods)
        {
            words = letters.Take(4).Append(goods.Word).Distinct();
            purpose = goods.Purpose;
        }
        return ImageUrls.For(
            width,
            height,
            string.Create(CultureInfo.InvariantCulture, $"{purpose},{string.Join('-', words)},{_images}")
        );
    }

    /// <summary>The picture purpose that suits the category's own photos.</summary>
    public string PhotoPurpose =>
        Traits switch
        {
            { ServesFood: true } => "food",
            { SellsOnline: true } => "product",
            { Creative: true } => "interior",
            _ => "building",
        };

    /// <summary>The Tailwind 2.2.19 spacing scale, so spacing classes vary in small designed steps.</summary>
    private static readonly string[] Spacing =
    [
        "0",
        "0.5",
        "1",
        "1.5",
        "2",
        "2.5",
        "3",
        "3.5",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "14",
        "16",
        "20",
        "24",
        "28",
        "32",
        "36",
        "40",
    ];

    private static readonly string[] Breakpoints = ["sm:", "md:", "lg:", "xl:"];

    /// <summary>A spacing class for <paramref name="property"/> (mt, px, gap ...) between two steps of the scale.</summary>
    public string S(string property, int min, int max)
    {
        // One choice per property and range on a page, so repeated items (tabs, list rows) line up.
        var key = string.Create(CultureInfo.InvariantCulture, $"{property}{min}-{max}");
        if (_spacingChoices.TryGetValue(key, out var chosen))
            return chosen;
        var low = Array.IndexOf(Spacing, min.ToString(CultureInfo.InvariantCulture));
        var high = Array.IndexOf(Spacing, max.ToString(CultureInfo.InvariantCulture));
        var step = Rng.Next(low, high + 1);
        var spacing = property + "-" + Spacing[step];
        // Some pages space more generously from a breakpoint up, as responsive designs do, in one or two steps.
        if (Rng.Next(3) == 0 && step + 4 < Spacing.Length)
        {
            var from = Rng.Next(Breakpoints.Length - 1);
            var wider = step + Rng.Next(1, 4);
            spacing += " " + Breakpoints[from] + property + "-" + Spacing[wider];
            if (Rng.Next(3) == 0 && wider + 1 < Spacing.Length)
                spacing +=
                    " " + Breakpoints[Rng.Next(from + 1, Breakpoints.Length)] + property + "-" + Spacing[wider + 1];
        }
        return _spacingChoices[key] = spacing;
    }

    /// <summary>The Tailwind 2.2.19 height scale a picture is sized on.</summary>
    private static readonly string[] Heights =
    [
        "16",
        "20",
        "24",
        "28",
        "32",
        "36",
        "40",
        "44",
        "48",
        "52",
        "56",
        "60",
        "64",
        "72",
        "80",
        "96",
    ];

    /// <summary>
    /// A picture's height between two steps of the scale (h-40 ... h-96), on some pages taller from a breakpoint
    /// up, as a responsive layout gives a picture more room on a wider screen.
    /// </summary>
    public string H(int min, int max)
    {
        var low = Array.IndexOf(Heights, min.ToString(CultureInfo.InvariantCulture));
        var high = Array.IndexOf(Heights, max.ToString(CultureInfo.InvariantCulture));
        var step = Rng.Next(low, high + 1);
        var height = "h-" + Heights[step];
        if (Rng.Next(2) == 0 && step + 1 < Heights.Length)
        {
            var from = Rng.Next(Breakpoints.Length - 1);
            var taller = Math.Min(Heights.Length - 1, step + Rng.Next(1, 4));
            height += " " + Breakpoints[from] + "h-" + Heights[taller];
            if (Rng.Next(3) == 0 && taller + 1 < Heights.Length)
                height += " " + Breakpoints[Rng.Next(from + 1, Breakpoints.Length)] + "h-" + Heights[taller + 1];
        }
        return height;
    }

    private (string Grid, string Side, string Main)? _sidebar;

    /// <summary>
    /// How a page splits a sidebar from its main column from <paramref name="bp"/> up: a few columns or a twelve-column
    /// grid, drawn once per page. Side and Main are the classes the two columns add (Side may be empty).
    /// </summary>
    public (string Grid, string Side, string Main) Sidebar(string bp) =>
        _sidebar ??= Rng.Next(10) switch
        {
            // A flex row: a fixed or fractional side column beside a main column that takes the rest.
            8 => (
                $"flex flex-col {bp}flex-row",
                $"w-full {bp}w-{Pick(["56", "60", "64", "72"])} flex-shrink-0",
                "flex-1 min-w-0"
            ),
            9 => (
                $"flex flex-col {bp}flex-row",
                $"w-full {bp}w-{Pick(["1/4", "1/3", "1/5", "2/5"])} flex-shrink-0",
                "flex-1 min-w-0"
            ),
            0 => ($"grid {bp}grid-cols-4", "", $"{bp}col-span-3"),
            1 => ($"grid {bp}grid-cols-3", "", $"{bp}col-span-2"),
            2 => ($"grid {bp}grid-cols-5", "", $"{bp}col-span-4"),
            3 => ($"grid {bp}grid-cols-12", $"{bp}col-span-3", $"{bp}col-span-9"),
            4 => ($"grid {bp}grid-cols-12", $"{bp}col-span-4", $"{bp}col-span-8"),
            5 => ($"grid {bp}grid-cols-12", $"{bp}col-span-3 xl:col-span-2", $"{bp}col-span-9 xl:col-span-10"),
            6 => ($"grid {bp}grid-cols-4 xl:grid-cols-5", "", $"{bp}col-span-3 xl:col-span-4"),
            _ => ($"grid {bp}grid-cols-12", $"{bp}col-span-5 xl:col-span-4", $"{bp}col-span-7 xl:col-span-8"),
        };

    /// <summary>A UI string in the page's language; the English literal is the key.</summary>
    public string L(string key) => Write.Locale.L(key);

    /// <summary>A UI string with {0}, {1}… placeholders, filled after translation.</summary>
    public string F(string key, params ReadOnlySpan<string> args) => Write.Locale.F(key, args);

    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    public bool Chance(double p) => Rng.NextDouble() < p;

    public int Next(int min, int max) => Rng.Next(min, max + 1);
}
