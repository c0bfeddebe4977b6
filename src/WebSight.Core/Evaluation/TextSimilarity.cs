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
        var runs = new Runs(a, b);
        while (pending.Count > 0)
        {
            var (aLow, aHigh, bLow, bHigh) = pending.Pop();
            var (i, j, size) = runs.LongestMatch(aLow, aHigh, bLow, bHigh);
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

    /// <summary>
    /// Longest common substrings of two strings, visiting only the cells where the characters are equal (as difflib's
    /// <c>b2j</c> index does): for each character of a, the positions of b holding it, found once by sorting b's.
    /// </summary>
    private sealed class Runs
    {
        private readonly string _a;
        private readonly int[] _positions;
        private readonly int[] _first;
        private readonly int[] _end;
        private readonly int[] _length;
        private readonly int[] _stamp;
        private int _row;

        public Runs(string a, string b)
        {
            _a = a;
            var keys = new long[b.Length];
            for (var j = 0; j < b.Length; j++)
                keys[j] = ((long)b[j] << 32) | (uint)j;
            Array.Sort(keys);
            _positions = new int[b.Length];
            for (var k = 0; k < keys.Length; k++)
                _positions[k] = (int)keys[k];
            (_first, _end) = (new int[a.Length], new int[a.Length]);
            for (var i = 0; i < a.Length; i++)
            {
                var low = ~Array.BinarySearch(keys, ((long)a[i] << 32) - 1);
                var high = ~Array.BinarySearch(keys, ((long)a[i] << 32) | uint.MaxValue);
                (_first[i], _end[i]) = (low, high);
            }
            // _length[j + 1]: the common run ending at b[j] and a's previous row, valid when _stamp[j + 1] is that row's.
            _length = new int[b.Length + 1];
            _stamp = new int[b.Length + 1];
        }

        /// <summary>The longest common substring of a[aLow..aHigh) and b[bLow..bHigh); the earliest in a, then in b.</summary>
        public (int I, int J, int Size) LongestMatch(int aLow, int aHigh, int bLow, int bHigh)
        {
            int bestI = aLow,
                bestJ = bLow,
                bestSize = 0;
            _row++; // no run carries over from an earlier search
            for (var i = aLow; i < aHigh; i++)
            {
                var previousRow = _row++;
                int rowSize = 0,
                    rowJ = 0;
                // Right to left, so a cell is read (as the diagonal of the next) before this row overwrites it.
                for (var k = _end[i] - 1; k >= _first[i]; k--)
                {
                    var j = _positions[k];
                    if (j >= bHigh)
                        continue;
                    if (j < bLow)
                        break;
                    var length = _stamp[j] == previousRow ? _length[j] + 1 : 1;
                    _length[j + 1] = length;
                    _stamp[j + 1] = _row;
                    if (length >= rowSize)
                        (rowSize, rowJ) = (length, j);
                }
                if (rowSize > bestSize)
                    (bestSize, bestI, bestJ) = (rowSize, i - rowSize + 1, rowJ - rowSize + 1);
            }
            return (bestI, bestJ, bestSize);
        }
    }
}
