namespace WebSight.Core.Evaluation;

/// <summary>
/// Design2Code's block matching on two pages' text blocks: adjacent blocks (document order) of either page are
/// merged while a merge raises the best similarity the merged text reaches on the other page by more than
/// <see cref="MergeGain"/>; the blocks are then matched one to one with the Hungarian algorithm on text similarity,
/// and pairs under <see cref="MinSimilarity"/> are dropped.
/// </summary>
internal static class BlockMatcher
{
    public const double MinSimilarity = 0.5;

    /// <summary>Design2Code's threshold for a merge to count as an improvement.</summary>
    public const double MergeGain = 0.05;

    private const int MaxMergeRounds = 8;

    public static BlockScores Score(IReadOnlyList<LayoutBlock> reference, IReadOnlyList<LayoutBlock> predicted)
    {
        if (reference.Count == 0 || predicted.Count == 0)
            return BlockScores.Zero;
        var (merged, mergedReference) = MergeAdjacent(predicted.ToList(), reference.ToList());
        var similarity = SimilarityMatrix(merged, mergedReference);
        var cost = new double[merged.Count, mergedReference.Count];
        for (var i = 0; i < merged.Count; i++)
        for (var j = 0; j < mergedReference.Count; j++)
            // Pairs under the threshold are dropped after matching, so they must not steer it either.
            cost[i, j] = similarity[i, j] >= MinSimilarity ? -similarity[i, j] : 0;
        var pairs = Hungarian.Solve(cost).Where(p => similarity[p.Row, p.Column] >= MinSimilarity).ToList();
        if (pairs.Count == 0)
            return BlockScores.Zero;
        return Measure(merged, mergedReference, pairs, similarity);
    }

    private static BlockScores Measure(
        List<LayoutBlock> predicted,
        List<LayoutBlock> reference,
        List<(int Row, int Column)> pairs,
        double[,] similarity
    )
    {
        double matchedArea = 0,
            text = 0,
            position = 0,
            color = 0;
        foreach (var (i, j) in pairs)
        {
            var (p, r) = (predicted[i], reference[j]);
            matchedArea += p.Area + r.Area;
            text += similarity[i, j];
            position += 1 - Math.Max(Math.Abs(p.CenterX - r.CenterX), Math.Abs(p.CenterY - r.CenterY));
            color += Ciede2000.Similarity(p.Color, r.Color);
        }
        var allArea = predicted.Sum(b => b.Area) + reference.Sum(b => b.Area);
        var n = pairs.Count;
        return new BlockScores(allArea > 0 ? matchedArea / allArea : 0, text / n, position / n, color / n, n);
    }

    public static double[,] SimilarityMatrix(IReadOnlyList<LayoutBlock> first, IReadOnlyList<LayoutBlock> second)
    {
        var result = new double[first.Count, second.Count];
        for (var i = 0; i < first.Count; i++)
        for (var j = 0; j < second.Count; j++)
            result[i, j] = SimilarityAtLeast(first[i], second[j], MinSimilarity);
        return result;
    }

    /// <summary>The similarity when it can reach <paramref name="floor"/>; 0 when a cheap bound shows it cannot.</summary>
    private static double SimilarityAtLeast(LayoutBlock first, LayoutBlock second, double floor)
    {
        var (a, b) = (first.Text.Length, second.Text.Length);
        if (2.0 * Math.Min(a, b) / Math.Max(1, a + b) < floor)
            return 0;
        if (TextSimilarity.UpperBound(first.SortedCharacters, second.SortedCharacters) < floor)
            return 0;
        return TextSimilarity.Ratio(first.Text, second.Text);
    }

    private static (List<LayoutBlock> First, List<LayoutBlock> Second) MergeAdjacent(
        List<LayoutBlock> first,
        List<LayoutBlock> second
    )
    {
        for (var round = 0; round < MaxMergeRounds; round++)
        {
            var changedFirst = MergeRound(first, second);
            var changedSecond = MergeRound(second, first);
            if (!changedFirst && !changedSecond)
                break;
        }
        return (first, second);
    }

    /// <summary>One round of merges on <paramref name="blocks"/> against <paramref name="other"/>; true if any.</summary>
    private static bool MergeRound(List<LayoutBlock> blocks, List<LayoutBlock> other)
    {
        if (blocks.Count < 2)
            return false;
        // A merge must make a block that can be kept (≥ MinSimilarity), so weaker single matches count as the floor.
        var floor = MinSimilarity - MergeGain;
        var best = blocks.Select(b => Math.Max(floor, Best(b, other, floor))).ToArray();
        var candidates = new List<(int Index, double Gain, LayoutBlock Merged)>();
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            var alone = Math.Max(best[i], best[i + 1]);
            var merged = LayoutBlock.Merge(blocks[i], blocks[i + 1]);
            var gain = Best(merged, other, alone + MergeGain) - alone;
            if (gain > MergeGain)
                candidates.Add((i, gain, merged));
        }
        if (candidates.Count == 0)
            return false;
        // The largest gains first; a block takes part in one merge a round.
        var taken = new HashSet<int>();
        var chosen = new List<(int Index, LayoutBlock Merged)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Gain).ThenBy(c => c.Index))
        {
            if (taken.Contains(candidate.Index) || taken.Contains(candidate.Index + 1))
                continue;
            taken.Add(candidate.Index);
            taken.Add(candidate.Index + 1);
            chosen.Add((candidate.Index, candidate.Merged));
        }
        foreach (var (index, merged) in chosen.OrderByDescending(c => c.Index))
        {
            blocks[index] = merged;
            blocks.RemoveAt(index + 1);
        }
        return true;
    }

    /// <summary>The best similarity of <paramref name="block"/> to any of <paramref name="others"/> above a floor (else 0).</summary>
    private static double Best(LayoutBlock block, List<LayoutBlock> others, double floor)
    {
        var best = 0.0;
        foreach (var other in others)
        {
            var similarity = SimilarityAtLeast(block, other, Math.Max(floor, best + 1e-9));
            if (similarity > best)
                best = similarity;
        }
        return best;
    }
}
