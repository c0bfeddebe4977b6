using System.Text;

namespace WebSight.Core.Generation.Locales;

/// <summary>
/// A language's sentence grammar, read from its grammar file: closed-class word lists (<c>=name a|b|c</c>) and
/// patterns per kind (<c>sentence</c>, <c>headline</c>, <c>question</c>) whose <c>{slot}</c>s take a list's word or
/// an open value (a keyword, a product, a person, a city, a number). Word order and the words between the slots are
/// the language's own; slots take forms that need no agreement with their neighbours.
/// </summary>
internal sealed class LocalGrammar
{
    /// <summary>Open slots the copywriter fills (category words, Bogus names and places, numbers).</summary>
    public static readonly HashSet<string> OpenSlots =
    [
        "kw",
        "kwa",
        "product",
        "city",
        "person",
        "first",
        "family",
        "street",
        "count",
        "year",
        "month",
        "hour",
        "minutes",
        "name",
    ];

    private readonly Dictionary<string, string[]> _lists;
    private readonly Dictionary<string, Segment[][]> _patterns;

    private LocalGrammar(Dictionary<string, string[]> lists, Dictionary<string, Segment[][]> patterns)
    {
        _lists = lists;
        _patterns = patterns;
    }

    /// <summary>The kinds every language's grammar must have patterns for.</summary>
    public static readonly string[] Kinds = ["sentence", "headline", "question", "feature", "quote", "company"];

    /// <summary>The word lists every language's grammar must have (the local category draws from them).</summary>
    public static readonly string[] RequiredLists = ["cta", "role", "tag", "stat", "plan", "perk", "team", "day"];

    public IReadOnlyList<string> List(string name) => _lists[name];

    /// <summary>Whether the grammar has patterns of an optional kind (street).</summary>
    public bool Has(string kind) => _patterns.ContainsKey(kind);

    public static LocalGrammar Parse(string path, IEnumerable<(string Key, string Value)> lines)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var raw = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in lines)
        {
            if (key.StartsWith('='))
                lists[key[1..]] = value.Split(
                    '|',
                    StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
                );
            else if (!key.StartsWith('@'))
                (raw.TryGetValue(key, out var list) ? list : raw[key] = []).Add(value);
        }
        foreach (var name in RequiredLists.Where(name => !lists.ContainsKey(name)))
            throw new TemplateSetException($"{path}: the word list '={name}' is missing.");
        foreach (var kind in Kinds.Where(kind => !raw.ContainsKey(kind)))
            throw new TemplateSetException($"{path}: no '{kind}' patterns.");
        var names = new HashSet<string>(lists.Keys.Concat(raw.Keys).Concat(OpenSlots), StringComparer.Ordinal);
        var patterns = raw.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(text => Compile(path, text, names)).ToArray(),
            StringComparer.Ordinal
        );
        return new LocalGrammar(lists, patterns);
    }

    /// <summary>Expands a random pattern of <paramref name="kind"/>; open slots are filled by <paramref name="open"/>.</summary>
    public string Expand(string kind, Random rng, Func<string, string> open)
    {
        var text = ExpandInner(kind, rng, open);
        return text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A pattern of <paramref name="kind"/>, as it reads inside another (no capital added).</summary>
    private string ExpandInner(string kind, Random rng, Func<string, string> open)
    {
        var patterns = _patterns[kind];
        var segments = patterns[rng.Next(patterns.Length)];
        var builder = new StringBuilder(96);
        foreach (var segment in segments)
        {
            if (segment.Slot is null)
            {
                builder.Append(segment.Text);
                continue;
            }
            var start = builder.Length;
            if (_lists.TryGetValue(segment.Slot, out var words))
                builder.Append(words[rng.Next(words.Length)]);
            else if (_patterns.ContainsKey(segment.Slot))
                builder.Append(ExpandInner(segment.Slot, rng, open));
            else
                builder.Append(open(segment.Slot));
            if (segment.Capital && builder.Length > start)
                builder[start] = char.ToUpperInvariant(builder[start]);
        }
        return builder.ToString();
    }

    private static Segment[] Compile(string path, string text, HashSet<string> names)
    {
        var segments = new List<Segment>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            if (open < 0)
            {
                segments.Add(new Segment(text[at..], null, false));
                break;
            }
            var close = text.IndexOf('}', open);
            if (close < 0)
                throw new TemplateSetException($"{path}: unclosed slot in \"{text}\".");
            if (open > at)
                segments.Add(new Segment(text[at..open], null, false));
            var name = text[(open + 1)..close];
            var capital = name.Length > 0 && char.IsUpper(name[0]);
            var slot = name.ToLowerInvariant();
            if (!names.Contains(slot))
                throw new TemplateSetException($"{path}: unknown slot {{{name}}} in \"{text}\".");
            segments.Add(new Segment("", slot, capital));
            at = close + 1;
        }
        return [.. segments];
    }

    private sealed record Segment(string Text, string? Slot, bool Capital);
}
