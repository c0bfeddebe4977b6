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
        return KeyShaped().Replace(text, match => match.Groups["bearer"].Success ? "Bearer " + Mask : Mask);
    }

    // Non-backtracking: linear in the text, whatever a hostile answer holds.
    [GeneratedRegex(
        @"\b(?<bearer>Bearer)\s+[A-Za-z0-9._~+/=-]{8,}|\bsk-[A-Za-z0-9_-]{16,}|\b[0-9a-f]{32}\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant
    )]
    private static partial Regex KeyShaped();
}
