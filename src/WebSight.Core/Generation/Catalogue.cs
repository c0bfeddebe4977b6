using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebSight.Core.Generation;

/// <summary>The built-in content: one category per business or topic kind, plus shared pools of names and places.</summary>
internal sealed class Catalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public Catalogue(IReadOnlyList<Category> categories, SharedPools shared)
    {
        Categories = categories;
        Shared = shared;
    }

    public IReadOnlyList<Category> Categories { get; }

    public SharedPools Shared { get; }

    public static Catalogue Load(TemplateSource source)
    {
        const string folder = "catalogue/";
        SharedPools? shared = null;
        var categories = new List<Category>();
        foreach (var (path, text) in source.Files)
        {
            if (!path.StartsWith(folder, StringComparison.Ordinal) || !path.EndsWith(".json", StringComparison.Ordinal))
                continue;
            var name = path[folder.Length..];
            if (name == "_shared.json")
                shared = Deserialize<SharedPools>(path, text);
            else
                categories.Add(Deserialize<Category>(path, text));
        }
        if (shared is null)
            throw new TemplateSetException($"{source.Origin}: catalogue/_shared.json is missing.");
        if (categories.Count == 0)
            throw new TemplateSetException($"{source.Origin}: catalogue/ holds no category files.");
        shared.Check("catalogue/_shared.json");
        foreach (var category in categories)
            category.Check($"catalogue/{category.Slug}.json");
        categories.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
        return new Catalogue(categories, shared);
    }

    private static T Deserialize<T>(string path, string text)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, JsonOptions)
                ?? throw new TemplateSetException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new TemplateSetException($"{path}: {e.Message}");
        }
    }
}

internal sealed class SharedPools
{
    public List<string> FirstNames { get; init; } = [];
    public List<string> LastNames { get; init; } = [];
    public List<string> Streets { get; init; } = [];
    public List<string> Cities { get; init; } = [];

    public void Check(string path)
    {
        Require(path, "first_names", FirstNames.Count, 20);
        Require(path, "last_names", LastNames.Count, 20);
        Require(path, "streets", Streets.Count, 10);
        Require(path, "cities", Cities.Count, 10);
    }

    internal static void Require(string path, string key, int count, int minimum)
    {
        if (count < minimum)
            throw new TemplateSetException($"{path}: '{key}' needs at least {minimum} entries, found {count}.");
    }
}

internal sealed record Category
{
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string IdeaPhrase { get; init; } = "";
    public List<string> Keywords { get; init; } = [];
    public List<string> Nav { get; init; } = [];
    public List<Business> Businesses { get; init; } = [];
    public List<Hero> Heroes { get; init; } = [];
    public List<Feature> Features { get; init; } = [];
    public List<Product> Products { get; init; } = [];
    public List<Plan> Plans { get; init; } = [];
    public List<Testimonial> Testimonials { get; init; } = [];
    public List<ArticleStub> Articles { get; init; } = [];
    public List<Faq> Faq { get; init; } = [];
    public List<Stat> Stats { get; init; } = [];
    public List<string> TeamRoles { get; init; } = [];
    public List<GalleryItem> Gallery { get; init; } = [];
    public DataTable? Table { get; init; }

    public void Check(string path)
    {
        if (string.IsNullOrWhiteSpace(Slug) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(IdeaPhrase))
            throw new TemplateSetException($"{path}: 'slug', 'name' and 'idea_phrase' are required.");
        SharedPools.Require(path, "keywords", Keywords.Count, 4);
        SharedPools.Require(path, "nav", Nav.Count, 4);
        SharedPools.Require(path, "businesses", Businesses.Count, 2);
        SharedPools.Require(path, "heroes", Heroes.Count, 1);
        SharedPools.Require(path, "features", Features.Count, 6);
        SharedPools.Require(path, "products", Products.Count, 6);
        SharedPools.Require(path, "plans", Plans.Count, 2);
        SharedPools.Require(path, "testimonials", Testimonials.Count, 4);
        SharedPools.Require(path, "articles", Articles.Count, 6);
        SharedPools.Require(path, "faq", Faq.Count, 5);
        SharedPools.Require(path, "stats", Stats.Count, 4);
        SharedPools.Require(path, "team_roles", TeamRoles.Count, 4);
        SharedPools.Require(path, "gallery", Gallery.Count, 6);
        if (Table is null || Table.Columns.Count < 2 || Table.Rows.Count < 4)
            throw new TemplateSetException($"{path}: 'table' needs at least 2 columns and 4 rows.");
        var ragged = Table.Rows.FindIndex(row => row.Count != Table.Columns.Count);
        if (ragged >= 0)
            throw new TemplateSetException(
                $"{path}: table row {ragged + 1} has {Table.Rows[ragged].Count} cells for {Table.Columns.Count} columns."
            );
    }
}

internal sealed record Business(string Name, string Slogan);

internal sealed record Hero(string Headline, string Subheadline, string Cta);

internal sealed record Feature(string Title, string Text);

internal sealed record Product(string Name, string Price, string Description);

internal sealed record Plan(string Name, string Price, string Period, List<string> Features);

internal sealed record Testimonial(string Quote, string Name, string Role);

internal sealed record ArticleStub(string Title, string Excerpt, string Tag);

internal sealed record Faq(string Question, string Answer);

internal sealed record Stat(string Value, string Label);

internal sealed record GalleryItem(string Caption, string Keyword);

internal sealed record DataTable(string Title, List<string> Columns, List<List<string>> Rows);
