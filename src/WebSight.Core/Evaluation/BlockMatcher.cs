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

    /// <summary>A merge must make a block that can be kept (≥ MinSimilarity), so weaker single matches count as this.</summary>
    private const double MergeFloor = MinSimilarity - MergeGain;

    private const int MaxMergeRounds = 8;

    public static BlockScores Score(IReadOnlyList<LayoutBlock> reference, IReadOnlyList<LayoutBlock> predicted)
    {
        if (reference.Count == 0 || predicted.Count == 0)
            return BlockScores.Zero;
        var (merged, mergedReference, similarity) = MergeAdjacent(predicted.ToList(), reference.ToList());
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

    /// <summary>Similarities of every pair that reach <see cref="MergeFloor"/>; 0 for the others.</summary>
    public static double[,] SimilarityMatrix(IReadOnlyList<LayoutBlock> first, IReadOnlyList<LayoutBlock> second)
    {
        var result = new double[first.Count, second.Count];
        for (var i = 0; i < first.Count; i++)
        for (var j = 0; j < second.Count; j++)
            result[i, j] = SimilarityAtLeast(first[i], second[j], MergeFloor);
        return result;
    }

    /// <summary>
    /// <see cref="SimilarityMatrix"/> after a merge round: pairs of blocks the round left alone (the same objects) keep
    /// their similarity, only the merged blocks' rows or columns are computed again.
    /// </summary>
    private static double[,] Update(
        double[,] previous,
        LayoutBlock[] previousFirst,
        LayoutBlock[] previousSecond,
        List<LayoutBlock> first,
        List<LayoutBlock> second
    )
    {
        var rows = PreviousIndices(previousFirst, first);
        var columns = PreviousIndices(previousSecond, second);
        var result = new double[first.Count, second.Count];
        for (var i = 0; i < first.Count; i++)
        for (var j = 0; j < second.Count; j++)
            result[i, j] =
                rows[i] >= 0 && columns[j] >= 0
                    ? previous[rows[i], columns[j]]
                    : SimilarityAtLeast(first[i], second[j], MergeFloor);
        return result;
    }

    /// <summary>For each block, its index in <paramref name="previous"/> if it is the same object there, else −1.</summary>
    private static int[] PreviousIndices(LayoutBlock[] previous, List<LayoutBlock> current)
    {
        var where = new Dictionary<LayoutBlock, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < previous.Length; i++)
            where.TryAdd(previous[i], i);
        var result = new int[current.Count];
        for (var i = 0; i < current.Count; i++)
            result[i] = where.TryGetValue(current[i], out var index) ? index : -1;
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
        return TextSimilarity.RatioAtLeast(first.Text, second.Text, floor);
    }

    private static (List<LayoutBlock> First, List<LayoutBlock> Second, double[,] Similarity) MergeAdjacent(
        List<LayoutBlock> first,
        List<LayoutBlock> second
    )
    {
        var similarity = SimilarityMatrix(first, second);
        for (var round = 0; round < MaxMergeRounds; round++)
        {
            var firstBefore = first.ToArray();
            var changedFirst = MergeRound(first, second, Best(similarity, rows: true));
            if (changedFirst)
                similarity = Update(similarity, firstBefore, second.ToArray(), first, second);
            var secondBefore = second.ToArray();
            var changedSecond = MergeRound(second, first, Best(similarity, rows: false));
            if (changedSecond)
                similarity = Update(similarity, first.ToArray(), secondBefore, first, second);
            if (!changedFirst && !changedSecond)
                break;
        }
        return (first, second, similarity);
    }

    /// <summary>Each row's (or column's) best similarity, floored at <see cref="MergeFloor"/>.</summary>
    private static double[] Best(double[,] similarity, bool rows)
    {
        var count = similarity.GetLength(rows ? 0 : 1);
        var other = similarity.GetLength(rows ? 1 : 0);
        var best = new double[count];
        for (var i = 0; i < count; i++)
        {
            best[i] = MergeFloor;
            for (var j = 0; j < other; j++)
                best[i] = Math.Max(best[i], rows ? similarity[i, j] : similarity[j, i]);
        }
        return best;
    }

    /// <summary>One round of merges on <paramref name="blocks"/> against <paramref name="other"/>; true if any.</summary>
    private static bool MergeRound(List<LayoutBlock> blocks, List<LayoutBlock> other, double[] best)
    {
        if (blocks.Count < 2)
            return false;
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
