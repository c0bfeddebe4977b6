using System.Runtime.InteropServices;

namespace WebSight.Core.Generation.Copy;

/// <summary>
/// An English catalogue category as one page shows it: features, products and plan lines in the page's own
/// order, with their counts redrawn (<see cref="Quantities"/>), so the catalogue's fixed lines neither open every
/// page of a category in the same order nor read the same on every page that shows them.
/// </summary>
internal static class PageCategory
{
    public static Category Draw(Category source, Random rng) =>
        source with
        {
            Features = Shuffled(source.Features.Select(f => f with { Title = Quantities.Vary(f.Title, rng) }), rng),
            Products = Shuffled(source.Products.Select(p => p with { Name = Quantities.Vary(p.Name, rng) }), rng),
            Plans = source.Plans.Select(plan => plan with { Features = PlanLines(plan.Features, rng) }).ToList(),
        };

    /// <summary>A tier's lines in a new order, except that "Everything in Basic" stays first, where it reads.</summary>
    private static List<string> PlanLines(List<string> lines, Random rng)
    {
        var inherited = lines.Where(IsInherited).ToList();
        inherited.AddRange(
            Shuffled(lines.Where(line => !IsInherited(line)).Select(line => Quantities.Vary(line, rng)), rng)
        );
        return inherited;
    }

    private static bool IsInherited(string line) => line.StartsWith("Everything in ", StringComparison.Ordinal);

    private static List<T> Shuffled<T>(IEnumerable<T> items, Random rng)
    {
        var list = items.ToList();
        rng.Shuffle(CollectionsMarshal.AsSpan(list));
        return list;
    }
}
