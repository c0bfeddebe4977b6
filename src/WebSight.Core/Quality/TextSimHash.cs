using System.Globalization;
using System.Text;

namespace WebSight.Core.Quality;

/// <summary>
/// SimHash of a text's word 3-shingles: pages that share most of their wording get hashes a few bits apart,
/// unrelated pages about 32 bits apart. Words are lower-cased letters and digits, so markup and spacing do not count.
/// </summary>
internal static class TextSimHash
{
    private const int ShingleWords = 3;

    public static ulong Compute(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
            return 0;
        Span<int> votes = stackalloc int[64];
        var shingles = Math.Max(1, words.Count - ShingleWords + 1);
        for (var start = 0; start < shingles; start++)
        {
            var hash = Fnv1a.Offset;
            for (var i = start; i < Math.Min(words.Count, start + ShingleWords); i++)
                hash = Fnv1a.Append(Fnv1a.Append(hash, words[i]), " ");
            hash = Fnv1a.Finish(hash);
            for (var bit = 0; bit < 64; bit++)
                votes[bit] += (hash >> bit & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
                result |= 1UL << bit;
        }
        return result;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
            words.Add(word.ToString());
        return words;
    }

    /// <summary>FNV-1a over UTF-16 code units, with a final avalanche so nearby shingles spread over all 64 bits.</summary>
    private static class Fnv1a
    {
        public const ulong Offset = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public static ulong Append(ulong hash, string value)
        {
            foreach (var c in value)
                hash = (hash ^ c) * Prime;
            return hash;
        }

        public static ulong Finish(ulong hash)
        {
            hash ^= hash >> 33;
            hash *= 0xff51afd7ed558ccdUL;
            hash ^= hash >> 33;
            hash *= 0xc4ceb9fe1a85ec53UL;
            return hash ^ (hash >> 33);
        }
    }
}
