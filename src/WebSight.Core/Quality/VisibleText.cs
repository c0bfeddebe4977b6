using System.Net;
using System.Text;

namespace WebSight.Core.Quality;

/// <summary>
/// The words a reader of the page sees, from its HTML without a browser: comments and script, style, head,
/// template, noscript and svg elements removed, then tags, entities decoded, whitespace collapsed. Fast enough to
/// run over 100,000 pages when an index opens, and linear in the page whatever it holds: the regular expressions this
/// replaces scanned to the end of the page for every opener without a closer (an attribute holding 30,000
/// <c>&lt;script</c> took 117 s). Each search for a closer here starts where the last one ended.
/// </summary>
internal static class VisibleText
{
    private static readonly string[] InvisibleElements = ["script", "style", "head", "template", "noscript", "svg"];

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        var text = WithoutTags(WithoutInvisible(html));
        return Collapse(WebUtility.HtmlDecode(text));
    }

    /// <summary>Each comment, and each invisible element to its first closing tag, becomes a space; unclosed ones stay.</summary>
    private static string WithoutInvisible(string html)
    {
        var output = new StringBuilder(html.Length);
        var comments = new Closer(html, "-->", isTag: false);
        var closers = InvisibleElements.Select(name => new Closer(html, "</" + name, isTag: true)).ToArray();
        var i = 0;
        while (i < html.Length)
        {
            var end = html[i] == '<' ? EndOfInvisible(html, i, comments, closers) : -1;
            if (end < 0)
                output.Append(html[i++]);
            else
            {
                output.Append(' ');
                i = end;
            }
        }
        return output.ToString();
    }

    /// <summary>Where the comment or invisible element starting at <paramref name="start"/> ends, or -1.</summary>
    private static int EndOfInvisible(string html, int start, Closer comments, Closer[] closers)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
            return comments.EndFrom(start + 4);
        for (var k = 0; k < InvisibleElements.Length; k++)
        {
            var name = InvisibleElements[k];
            var afterName = start + 1 + name.Length;
            if (
                afterName <= html.Length
                && string.Compare(html, start + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (afterName == html.Length || !IsWordChar(html[afterName]))
            )
                return closers[k].EndFrom(afterName);
        }
        return -1;
    }

    /// <summary>Each tag (to its first '>') becomes a space; a '&lt;' with no '>' after it stays.</summary>
    private static string WithoutTags(string text)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        var nextClose = -2;
        while (i < text.Length)
        {
            if (text[i] == '<' && nextClose != -1 && nextClose <= i)
                nextClose = text.IndexOf('>', i + 1);
            if (text[i] != '<' || nextClose < 0)
                output.Append(text[i++]);
            else
            {
                output.Append(' ');
                i = nextClose + 1;
            }
        }
        return output.ToString();
    }

    private static string Collapse(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                output.Append(c);
            else if (output.Length > 0 && output[^1] != ' ')
                output.Append(' ');
        }
        return output.ToString().TrimEnd();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Finds where the first closer at or after a position ends: a literal (<c>--&gt;</c>), or a closing tag's start
    /// (<c>&lt;/script</c>) followed by optional whitespace and '&gt;'. It remembers its last answer, and the positions
    /// asked for only grow, so all its searches together read the text about once.
    /// </summary>
    private sealed class Closer(string text, string value, bool isTag)
    {
        private int _searchedFrom = int.MaxValue;
        private int _start = -1;
        private int _end = -1;

        public int EndFrom(int position)
        {
            if (position >= _searchedFrom && (_start < 0 || _start >= position))
                return _end;
            _searchedFrom = position;
            (_start, _end) = Find(position);
            return _end;
        }

        private (int Start, int End) Find(int position)
        {
            var at = text.IndexOf(value, position, StringComparison.OrdinalIgnoreCase);
            for (; at >= 0; at = text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + value.Length;
                if (!isTag)
                    return (at, end);
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                    end++;
                if (end < text.Length && text[end] == '>')
                    return (at, end + 1);
            }
            return (-1, -1);
        }
    }
}
