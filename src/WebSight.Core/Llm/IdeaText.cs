using System.Globalization;
using System.Text;

namespace WebSight.Core.Llm;

/// <summary>
/// An idea reduced to what it says: lower-case words of letters and digits, without punctuation, spacing or the
/// articles, so "The Crumb, a bakery." and "crumb bakery" read the same.
/// </summary>
internal static class IdeaText
{
    private static readonly HashSet<string> Articles = ["a", "an", "the"];

    public static IReadOnlyList<string> Words(string idea)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0 && !Articles.Contains(word.ToString()))
                words.Add(word.ToString());
            word.Clear();
        }
        foreach (var c in idea.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            else if (c is not ('\'' or '’'))
                Flush();
        }
        Flush();
        return words;
    }
}
