using System.Text;

namespace WebSight.Core.Styling;

/// <summary>
/// Replaces <c>var(--name)</c> and <c>var(--name, fallback)</c> in a declaration value by what a resolver says the
/// reference evaluates to; a reference the resolver does not know is left as written (its fallback still searched).
/// </summary>
internal static class VarReferences
{
    /// <summary>What a reference evaluates to: its property's value, its fallback, or null to keep it.</summary>
    public delegate string? Resolve(string name, string? fallback);

    public static string Substitute(string value, Resolve resolve)
    {
        var start = value.IndexOf("var(", StringComparison.Ordinal);
        if (start < 0)
            return value;
        var builder = new StringBuilder(value.Length);
        var copied = 0;
        while (start >= 0)
        {
            var close = Close(value, start + 3);
            if (close < 0 || (start > 0 && IsNameChar(value[start - 1])))
            {
                start = value.IndexOf("var(", start + 4, StringComparison.Ordinal);
                continue;
            }
            var inner = value[(start + 4)..close];
            var comma = TopLevelComma(inner);
            var name = (comma < 0 ? inner : inner[..comma]).Trim();
            var fallback = comma < 0 ? null : inner[(comma + 1)..].Trim();
            if (fallback is not null)
                fallback = Substitute(fallback, resolve);
            builder.Append(value, copied, start - copied);
            // An empty fallback (`var(--tw-empty,/*!*/ /*!*/)`) means "nothing" and is written as a comment: keep it.
            var resolved =
                name.StartsWith("--", StringComparison.Ordinal) && fallback is not ['/', ..]
                    ? resolve(name, fallback)
                    : null;
            builder.Append(resolved ?? (fallback is null ? $"var({name})" : $"var({name}, {fallback})"));
            copied = close + 1;
            start = value.IndexOf("var(", copied, StringComparison.Ordinal);
        }
        builder.Append(value, copied, value.Length - copied);
        return builder.ToString();
    }

    /// <summary>The index of the parenthesis that closes the one at <paramref name="open"/>, or -1.</summary>
    public static int Close(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(')
                depth++;
            else if (text[i] == ')' && --depth == 0)
                return i;
        }
        return -1;
    }

    private static int TopLevelComma(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
                depth++;
            else if (text[i] == ')')
                depth--;
            else if (text[i] == ',' && depth == 0)
                return i;
        }
        return -1;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
