using System.Text;

namespace WebSight.Core.Setup;

/// <summary>
/// The Tailwind stylesheet split into its rules, in order, each with the class names its selectors mention.
/// Validation asks which class names exist; rendering asks for the rules a page's classes can match.
/// </summary>
internal sealed class TailwindRules : ITailwindClasses
{
    private readonly List<Rule> _rules = [];
    private readonly List<string> _mediaPreludes = [];
    private readonly Dictionary<string, List<int>> _rulesByClass = new(StringComparer.Ordinal);
    private readonly List<int> _alwaysIncluded = [];

    private TailwindRules() { }

    public int ClassCount => _rulesByClass.Count;

    public bool Contains(string className) => _rulesByClass.ContainsKey(className);

    public TailwindProfile Profile => TailwindProfile.V2;

    public IReadOnlySet<string> Unknown(IReadOnlyCollection<string> names) =>
        names.Where(name => !Contains(name)).ToHashSet(StringComparer.Ordinal);

    public static TailwindRules Parse(ReadOnlySpan<byte> css) => Parse(Encoding.UTF8.GetString(css));

    public static TailwindRules Parse(string css)
    {
        var rules = new TailwindRules();
        var position = 0;
        while (rules.NextRule(css, ref position, media: -1)) { }
        return rules;
    }

    /// <summary>
    /// The rules any of <paramref name="classes"/> can match, plus every rule that names no class (the base
    /// styles), in stylesheet order. A superset of what applies, in the same cascade order, so a page renders
    /// exactly as with the whole sheet while the browser parses a few KB instead of 2.9 MB.
    /// </summary>
    public byte[] SubsetFor(IEnumerable<string> classes)
    {
        var selected = new HashSet<int>(_alwaysIncluded);
        foreach (var name in classes)
        {
            if (_rulesByClass.TryGetValue(name, out var indices))
                selected.UnionWith(indices);
        }
        var ordered = selected.ToArray();
        Array.Sort(ordered);
        var builder = new StringBuilder(16 * 1024);
        var openMedia = -1;
        foreach (var index in ordered)
        {
            var rule = _rules[index];
            if (rule.Media != openMedia)
            {
                if (openMedia >= 0)
                    builder.Append('}');
                if (rule.Media >= 0)
                    builder.Append(_mediaPreludes[rule.Media]).Append('{');
                openMedia = rule.Media;
            }
            builder.Append(rule.Text);
        }
        if (openMedia >= 0)
            builder.Append('}');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Reads one rule or block at <paramref name="position"/>; false at the end of the sheet or block.</summary>
    private bool NextRule(string css, ref int position, int media)
    {
        SkipSpaceAndComments(css, ref position);
        if (position >= css.Length || css[position] == '}')
            return false;
        var open = css.IndexOf('{', position);
        if (open < 0)
            return false;
        var prelude = css.AsSpan(position, open - position).Trim();
        if (prelude.StartsWith("@media") && media < 0)
        {
            var mediaIndex = _mediaPreludes.Count;
            _mediaPreludes.Add(prelude.ToString());
            position = open + 1;
            while (NextRule(css, ref position, mediaIndex)) { }
            position++; // the block's closing brace
            return true;
        }
        var close = MatchingBrace(css, open);
        var text = css[position..(close + 1)];
        position = close + 1;
        var index = _rules.Count;
        _rules.Add(new Rule(text, media));
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!prelude.StartsWith("@"))
            CssClassNames.Collect(prelude, names);
        if (names.Count == 0)
            _alwaysIncluded.Add(index);
        foreach (var name in names)
        {
            if (!_rulesByClass.TryGetValue(name, out var list))
                _rulesByClass[name] = list = [];
            list.Add(index);
        }
        return true;
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            if (css[i] == '{')
                depth++;
            else if (css[i] == '}' && --depth == 0)
                return i;
        }
        throw new InvalidDataException("The stylesheet has an unclosed block.");
    }

    private static void SkipSpaceAndComments(string css, ref int position)
    {
        while (position < css.Length)
        {
            if (char.IsWhiteSpace(css[position]))
                position++;
            else if (css.AsSpan(position).StartsWith("/*"))
            {
                var end = css.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = end < 0 ? css.Length : end + 2;
            }
            else
                return;
        }
    }

    private sealed record Rule(string Text, int Media);
}
