using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace WebSight.Core.Foundation;

/// <summary>
/// Masks API keys in text before it is stored or printed: the configured keys wherever they appear, and strings
/// shaped like keys (<c>sk-…</c>, <c>Bearer …</c>, Azure's 32 hex digits), since a server may echo another key
/// than ours. Used where text from an endpoint or an exception enters the run: the LLM client and the CLI.
/// </summary>
internal sealed partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    // Shorter "keys" (a local server's placeholder) are no secret, and masking them would garble ordinary text.
    private const int ShortestSecret = 8;

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets) =>
        _secrets = [
            .. secrets
                .OfType<string>()
                .Select(secret => secret.Trim())
                .Where(secret => secret.Length >= ShortestSecret)
                .Distinct(StringComparer.Ordinal)
                // The longest first, so a key that contains another is masked whole.
                .OrderByDescending(secret => secret.Length),
        ];

    [return: NotNullIfNotNull(nameof(text))]
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        foreach (var secret in _secrets)
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        var original = text;
        return KeyShaped()
            .Replace(
                text,
                match =>
                    match.Groups["bearer"].Success ? "Bearer " + Mask
                    : InPath(original, match) ? match.Value
                    : Mask
            );
    }

    /// <summary>
    /// A 32-hex-digit name between path separators is a folder or file name (a GUID in a temporary path), not a key:
    /// masking it would hide the path a message is about.
    /// </summary>
    private static bool InPath(string text, Match match) =>
        match.Value.Length == 32
        && (
            (match.Index > 0 && text[match.Index - 1] is '/' or '\\')
            || (match.Index + match.Length < text.Length && text[match.Index + match.Length] is '/' or '\\')
        );

    // Non-backtracking: linear in the text, whatever a hostile answer holds.
    [GeneratedRegex(
        @"\b(?<bearer>Bearer)\s+[A-Za-z0-9._~+/=-]{8,}|\bsk-[A-Za-z0-9_-]{16,}|\b[0-9a-f]{32}\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant
    )]
    private static partial Regex KeyShaped();
}
