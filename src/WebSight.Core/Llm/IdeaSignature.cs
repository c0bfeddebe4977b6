namespace WebSight.Core.Llm;

/// <summary>
/// A MinHash of an idea's words and word pairs (its normalised words, one and two at a time): the share of equal
/// values between two signatures estimates how many of these the ideas share (Jaccard). Short texts such as ideas
/// need this rather than a SimHash, whose bits scatter when a sentence of twenty words changes by one; the single
/// words keep a one-word change from costing a short idea too much of its overlap.
/// </summary>
internal static class IdeaSignature
{
    public const int Length = 64;

    public static uint[] Compute(IReadOnlyList<string> words)
    {
        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i < words.Count; i++)
        {
            Add(signature, Fnv1a(words[i]));
            if (i + 1 < words.Count)
                Add(signature, Fnv1a(words[i] + " " + words[i + 1]));
        }
        return signature;
    }

    private static void Add(uint[] signature, ulong hash)
    {
        for (var k = 0; k < Length; k++)
            signature[k] = Math.Min(signature[k], Mix(hash, k));
    }

    public static double Similarity(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var k = 0; k < Length; k++)
            if (a[k] == b[k])
                equal++;
        return equal / (double)Length;
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    /// <summary>The k-th of the independent hash functions: a SplitMix64 finaliser over the shingle hash.</summary>
    private static uint Mix(ulong hash, int k)
    {
        var z = hash + (ulong)(k + 1) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (uint)(z ^ (z >> 31));
    }
}
