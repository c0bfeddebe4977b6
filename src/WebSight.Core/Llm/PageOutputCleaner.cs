using System.Text.RegularExpressions;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Llm;

/// <summary>
/// Makes a model's answer into a page like the template pages: the code taken out of Markdown fences and
/// the prose around it, exactly one body kept with its attributes, then wrapped as
/// <c>&lt;html&gt;</c> + the Tailwind link + the body. A cut-off answer (finish reason "length" or no
/// <c>&lt;/body&gt;</c>) is truncated; two bodies or none are unusable; a content-filter stop is filtered.
/// </summary>
internal static partial class PageOutputCleaner
{
    /// <param name="css">A plain-CSS page (<c>--styling css</c>): its <c>&lt;style&gt;</c> blocks go into a head instead of the Tailwind link.</param>
    public static StepResult<string> Clean(string text, string finishReason, bool css = false)
    {
        if (finishReason == ChatResponse.ContentFilter)
            return StepResult<string>.Refuse(RejectReason.ContentFiltered, "the page was cut by the content filter");
        if (finishReason == ChatResponse.Length)
            return StepResult<string>.Refuse(RejectReason.LlmTruncated, "cut off at --page-max-output-tokens");

        var code = ExtractCode(text);
        var openings = BodyOpening().Matches(code);
        if (openings.Count == 0)
            return StepResult<string>.Refuse(RejectReason.LlmOutputUnusable, "the answer has no <body> element");
        if (openings.Count > 1)
            return StepResult<string>.Refuse(
                RejectReason.LlmOutputUnusable,
                $"the answer has {openings.Count} <body> elements, expected exactly one"
            );
        var opening = openings[0];
        var innerStart = opening.Index + opening.Length;
        var closing = code.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        if (closing < innerStart)
            return StepResult<string>.Refuse(RejectReason.LlmTruncated, "the answer ends before </body>");
        var inner = code[innerStart..closing].Trim();
        if (inner.Length == 0)
            return StepResult<string>.Refuse(RejectReason.LlmOutputUnusable, "the <body> element is empty");
        var head = css ? StyleHead(code[..opening.Index]) : PageWrapper.TailwindLink;
        if (head is null)
            return StepResult<string>.Refuse(
                RejectReason.LlmOutputUnusable,
                "the answer has no <style> block before <body>"
            );
        var html = "<html>\n" + head + "\n" + opening.Value + "\n" + inner + "\n</body>\n</html>";
        return StepResult<string>.Pass(html);
    }

    /// <summary>A head holding the style blocks written before the body, or null when there are none.</summary>
    private static string? StyleHead(string beforeBody)
    {
        var styles = StyleBlock().Matches(beforeBody).Select(m => m.Value.Trim()).ToList();
        return styles.Count == 0 ? null : "<head>\n" + string.Join("\n", styles) + "\n</head>";
    }

    [GeneratedRegex(
        @"<style(?=[\s>])[^>]*>.*?</style\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant
    )]
    private static partial Regex StyleBlock();

    /// <summary>The fenced block that holds the body (an unclosed fence runs to the end), else the whole text.</summary>
    private static string ExtractCode(string text)
    {
        var blocks = FencedBlock().Matches(text).Select(m => m.Groups["code"].Value).ToList();
        if (blocks.Count == 0)
        {
            var open = OpeningFence().Match(text);
            return open.Success ? text[(open.Index + open.Length)..] : text;
        }
        return blocks.FirstOrDefault(b => BodyOpening().IsMatch(b)) ?? blocks[0];
    }

    [GeneratedRegex(@"<body(?=[\s>/])[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyOpening();

    [GeneratedRegex(
        @"^[ \t]*```[\w+-]*[ \t]*\r?\n(?<code>.*?)^[ \t]*```[ \t]*$",
        RegexOptions.Singleline | RegexOptions.Multiline | RegexOptions.CultureInvariant
    )]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^[ \t]*```[\w+-]*[ \t]*\r?\n", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningFence();
}
