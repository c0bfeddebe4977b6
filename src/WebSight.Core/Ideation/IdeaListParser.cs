using System.Globalization;
using System.Text.RegularExpressions;
using WebSight.Core.Foundation;

namespace WebSight.Core.Ideation;

/// <summary>
/// Reads a model's numbered idea list strictly, as WebSight kept only lists of exactly N numbered lines:
/// items numbered 1..N in order, one line each, no prose between them (a line of prose before or after the
/// list is allowed), no empty, too short or repeated idea.
/// </summary>
internal static partial class IdeaListParser
{
    private const int MinWords = 3;

    public static StepResult<IReadOnlyList<string>> Parse(string text, int expected)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        var numbered = new List<(int Line, int Number, string Idea)>();
        for (var i = 0; i < lines.Count; i++)
            if (NumberedLine().Match(lines[i]) is { Success: true } match)
                numbered.Add(
                    (
                        i,
                        int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture),
                        match.Groups["idea"].Value
                    )
                );

        if (numbered.Count != expected)
            return Malformed($"{numbered.Count} numbered lines, expected exactly {expected}");
        for (var i = numbered[0].Line + 1; i < numbered[^1].Line; i++)
            if (lines[i].Length > 0 && !NumberedLine().IsMatch(lines[i]))
                return Malformed($"line {i + 1} inside the list is not a numbered idea: '{Shorten(lines[i])}'");

        var ideas = new List<string>(expected);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < numbered.Count; i++)
        {
            var (_, number, raw) = numbered[i];
            if (number != i + 1)
                return Malformed($"item {i + 1} is numbered {number}; expected 1 to {expected} in order");
            var idea = Whitespace().Replace(raw.Replace("**", "", StringComparison.Ordinal), " ").Trim();
            if (idea.Split(' ').Length < MinWords)
                return Malformed($"idea {number} is too short: '{Shorten(idea)}'");
            if (!seen.Add(idea))
                return Malformed($"idea {number} repeats an earlier one");
            ideas.Add(idea);
        }
        return StepResult<IReadOnlyList<string>>.Pass(ideas);
    }

    private static StepResult<IReadOnlyList<string>> Malformed(string problem) =>
        StepResult<IReadOnlyList<string>>.Refuse(RejectReason.IdeaListMalformed, problem);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    // "1. idea", "1) idea", "**1.** idea", "1: idea".
    [GeneratedRegex(@"^\**(?<n>\d{1,3})\s*[.):]\**\s+(?<idea>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
