namespace WebSight.Core.Generation.Locales;

/// <summary>
/// The languages a run writes pages in, loaded from the template set's <c>locales/CODE/</c> folders:
/// <c>ui.tsv</c> (English literal, tab, translation), <c>grammar.tsv</c> (formats, word lists, sentence patterns)
/// and <c>words.tsv</c> (per category: name, keywords, products, menu).
/// </summary>
internal static class LocaleSet
{
    /// <summary>Every language the embedded template set writes; English first.</summary>
    public static readonly string[] Supported = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh"];

    public static Locale English { get; } =
        new(
            Locale.EnglishCode,
            new Dictionary<string, string>(StringComparer.Ordinal),
            new LocaleFormats("en", "", "", 1, true, ".", ",", 3, "", "", "", "", [], [], [], [], " ", false),
            null,
            new Dictionary<string, CategoryWords>(StringComparer.Ordinal)
        );

    public static Locale Load(TemplateSource source, string code, IEnumerable<string> slugs, bool strict)
    {
        if (code == Locale.EnglishCode)
            return English;
        var folder = $"locales/{code}/";
        var ui = Lines(source, folder + "ui.tsv")
            .ToDictionary(line => line.Key, line => line.Value, StringComparer.Ordinal);
        var grammarLines = Lines(source, folder + "grammar.tsv").ToList();
        var settings = grammarLines
            .Where(line => line.Key.StartsWith('@'))
            .ToDictionary(line => line.Key[1..], line => line.Value, StringComparer.Ordinal);
        var words = Lines(source, folder + "words.tsv")
            .ToDictionary(line => line.Key, line => Words(folder + "words.tsv", line.Value), StringComparer.Ordinal);
        var missing = slugs.Where(slug => !words.ContainsKey(slug)).ToList();
        if (missing.Count > 0)
            throw new TemplateSetException(
                $"{source.Origin}: {folder}words.tsv has no words for the categories {string.Join(", ", missing)}."
            );
        return new Locale(
            code,
            ui,
            Formats(source.Origin + "/" + folder + "grammar.tsv", settings),
            LocalGrammar.Parse(folder + "grammar.tsv", grammarLines),
            words
        )
        {
            Strict = strict,
        };
    }

    private static LocaleFormats Formats(string path, Dictionary<string, string> s)
    {
        string Get(string key) =>
            s.TryGetValue(key, out var value) ? value : throw new TemplateSetException($"{path}: '@{key}' is missing.");
        string[] Twelve(string key) =>
            Get(key).Split('|') is { Length: 12 } months
                ? months
                : throw new TemplateSetException($"{path}: '@{key}' needs twelve names.");
        var months = Twelve("months");
        return new LocaleFormats(
            Get("bogus"),
            Get("phone"),
            Get("price"),
            int.Parse(Get("price-scale"), System.Globalization.CultureInfo.InvariantCulture),
            Get("decimals") == "yes",
            Get("decimal"),
            Get("group").Replace("\\s", "\u00a0", StringComparison.Ordinal),
            s.TryGetValue("group-from", out var from)
                ? int.Parse(from, System.Globalization.CultureInfo.InvariantCulture)
                : 3,
            Get("date-long"),
            Get("date-short"),
            Get("date-day-month"),
            Get("date-weekday"),
            Get("weekdays").Split('|') is { Length: 7 } days
                ? days
                : throw new TemplateSetException($"{path}: '@weekdays' needs seven names, Sunday first."),
            months,
            s.ContainsKey("months-of") ? Twelve("months-of") : months,
            Twelve("months-short"),
            Get("join").Replace("\\s", " ", StringComparison.Ordinal),
            Get("names") == "family-first"
        );
    }

    private static CategoryWords Words(string path, string value)
    {
        var fields = value.Split('\t');
        if (fields.Length != 4)
            throw new TemplateSetException($"{path}: a line needs slug, name, keywords, products and menu.");
        var keywords = fields[1].Split('|', StringSplitOptions.TrimEntries);
        return new CategoryWords(
            fields[0],
            keywords.Select(k => k.Split('=')[0]).ToList(),
            keywords.Select(k => k.Split('=')[^1]).ToList(),
            fields[2].Split('|', StringSplitOptions.TrimEntries),
            fields[3].Split('|', StringSplitOptions.TrimEntries)
        );
    }

    /// <summary>A file's non-blank, non-comment lines as key and the rest after the first tab.</summary>
    private static IEnumerable<(string Key, string Value)> Lines(TemplateSource source, string path)
    {
        var text =
            source.Files.FirstOrDefault(file => file.Key == path).Value
            ?? throw new TemplateSetException($"{source.Origin}: {path} is missing.");
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;
            var tab = trimmed.IndexOf('\t');
            if (tab <= 0)
                throw new TemplateSetException($"{source.Origin}: {path}: no tab in \"{trimmed}\".");
            yield return (trimmed[..tab], trimmed[(tab + 1)..]);
        }
    }
}
