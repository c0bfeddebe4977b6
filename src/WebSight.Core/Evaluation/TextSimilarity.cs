namespace WebSight.Core.Evaluation;

/// <summary>
/// Character-level similarity of two strings as Python's <c>difflib.SequenceMatcher(None, a, b).ratio()</c> defines it
/// (Ratcliff–Obershelp): 2·M / (|a| + |b|), where M counts the characters of the longest common substring and,
/// recursively, of the longest ones left and right of it. difflib's "autojunk" heuristic for strings of 200+
/// characters is not applied (it makes the score depend on character frequencies, not on the text).
/// </summary>
internal static class TextSimilarity
{
    public static double Ratio(string a, string b) => RatioAtLeast(a, b, 0);

    /// <summary>
    /// <see cref="Ratio"/> when it reaches <paramref name="floor"/>, else 0: the search stops as soon as the
    /// characters still matchable cannot lift the ratio to the floor (most pairs of unrelated blocks).
    /// </summary>
    public static double RatioAtLeast(string a, string b, double floor)
    {
        if (a.Length + b.Length == 0)
            return 1;
        if (string.Equals(a, b, StringComparison.Ordinal))
            return 1;
        var needed = (int)Math.Ceiling(floor * (a.Length + b.Length) / 2 - 1e-9);
        var matched = MatchingCharacters(a, b, needed);
        return matched < 0 ? 0 : 2.0 * matched / (a.Length + b.Length);
    }

    /// <summary>
    /// An upper bound of <see cref="Ratio"/> from the characters both strings hold (difflib's <c>quick_ratio</c>);
    /// takes each string's characters sorted, so a caller sorts each string once and compares it many times.
    /// </summary>
    public static double UpperBound(ReadOnlySpan<char> sortedA, ReadOnlySpan<char> sortedB)
    {
        var total = sortedA.Length + sortedB.Length;
        if (total == 0)
            return 1;
        int i = 0,
            j = 0,
            common = 0;
        while (i < sortedA.Length && j < sortedB.Length)
        {
            if (sortedA[i] == sortedB[j])
            {
                common++;
                i++;
                j++;
            }
            else if (sortedA[i] < sortedB[j])
                i++;
            else
                j++;
        }
        return 2.0 * common / total;
    }

    public static char[] SortedCharacters(string text)
    {
        var chars = text.ToCharArray();
        Array.Sort(chars);
        return chars;
    }

    /// <summary>Ratcliff–Obershelp's matching characters, or −1 once fewer than <paramref name="needed"/> can match.</summary>
    private static int MatchingCharacters(string a, string b, int needed)
    {
        var matched = 0;
        // The most characters that can still match: what is matched plus the shorter side of every open region.
        var reachable = Math.Min(a.Length, b.Length);
        var pending = new Stack<(int ALow, int AHigh, int BLow, int BHigh)>();
        pending.Push((0, a.Length, 0, b.Length));
        var lengths = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        while (pending.Count > 0)
        {
            var (aLow, aHigh, bLow, bHigh) = pending.Pop();
            var (i, j, size) = LongestMatch(a, b, aLow, aHigh, bLow, bHigh, ref lengths, ref previous);
            reachable -= Math.Min(aHigh - aLow, bHigh - bLow) - size;
            matched += size;
            if (size > 0 && aLow < i && bLow < j)
            {
                pending.Push((aLow, i, bLow, j));
                reachable += Math.Min(i - aLow, j - bLow);
            }
            if (size > 0 && i + size < aHigh && j + size < bHigh)
            {
                pending.Push((i + size, aHigh, j + size, bHigh));
                reachable += Math.Min(aHigh - i - size, bHigh - j - size);
            }
            if (reachable < needed)
                return -1;
        }
        return matched;
    }

    /// <summary>The longest common substring of a[aLow..aHigh) and b[bLow..bHigh); the earliest in a, then in b, on ties.</summary>
    private static (int I, int J, int Size) LongestMatch(
        string a,
        string b,
        int aLow,
        int aHigh,
        int bLow,
        int bHigh,
        ref int[] current,
        ref int[] previous
    )
    {
        int bestI = aLow,
            bestJ = bLow,
            bestSize = 0;
        // previous[j + 1]: length of the common run ending at a[i - 1] and b[j]; index bLow stays 0 as the border.
        Array.Clear(previous, bLow, bHigh - bLow + 1);
        Array.Clear(current, bLow, bHigh - bLow + 1);
        for (var i = aLow; i < aHigh; i++)
        {
            var ch = a[i];
            for (var j = bLow; j < bHigh; j++)
            {
                var length = b[j] == ch ? previous[j] + 1 : 0;
                current[j + 1] = length;
                if (length > bestSize)
                {
                    bestSize = length;
                    bestI = i - length + 1;
                    bestJ = j - length + 1;
                }
            }
            (current, previous) = (previous, current);
        }
        return (bestI, bestJ, bestSize);
    }
}
