using System.Text.RegularExpressions;

namespace WebSight.Core.Llm;

/// <summary>
/// Removes the reasoning that thinking models (Qwen3, DeepSeek-R1 and their distills) write inside
/// <c>content</c> when the server does not split it into <c>reasoning_content</c>. Some chat templates open the
/// block in the prompt, so the answer holds only the closing tag: everything before it is reasoning too. An
/// opening tag never closed means the answer stopped while still reasoning.
/// </summary>
internal static partial class ThinkBlocks
{
    private const string Open = "<think>";
    private const string Close = "</think>";

    public static bool Has(string text) =>
        text.Contains(Open, StringComparison.OrdinalIgnoreCase)
        || text.Contains(Close, StringComparison.OrdinalIgnoreCase);

    public static string Strip(string text)
    {
        if (!Has(text))
            return text;
        var answer = Block().Replace(text, "");
        var orphanClose = answer.LastIndexOf(Close, StringComparison.OrdinalIgnoreCase);
        if (orphanClose >= 0)
            answer = answer[(orphanClose + Close.Length)..];
        var unclosedOpen = answer.IndexOf(Open, StringComparison.OrdinalIgnoreCase);
        if (unclosedOpen >= 0)
            answer = answer[..unclosedOpen];
        return answer.Trim();
    }

    [GeneratedRegex(
        @"<think>.*?</think>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant
    )]
    private static partial Regex Block();
}
