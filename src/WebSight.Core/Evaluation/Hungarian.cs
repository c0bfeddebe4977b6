namespace WebSight.Core.Evaluation;

/// <summary>
/// The assignment of least total cost in a rectangular cost matrix (Kuhn–Munkres with potentials, O(n²·m) for n ≤ m),
/// as scipy's <c>linear_sum_assignment</c> computes it: every row of the smaller side gets a distinct column.
/// </summary>
internal static class Hungarian
{
    /// <summary>Pairs (row, column) of a minimum-cost assignment; min(rows, columns) pairs.</summary>
    public static IReadOnlyList<(int Row, int Column)> Solve(double[,] cost)
    {
        var rows = cost.GetLength(0);
        var columns = cost.GetLength(1);
        if (rows == 0 || columns == 0)
            return [];
        if (rows > columns)
            return Solve(Transpose(cost)).Select(p => (p.Column, p.Row)).OrderBy(p => p.Item1).ToList();
        var assigned = AssignRows(cost, rows, columns);
        var pairs = new List<(int, int)>(rows);
        for (var column = 1; column <= columns; column++)
        {
            if (assigned[column] > 0)
                pairs.Add((assigned[column] - 1, column - 1));
        }
        pairs.Sort();
        return pairs;
    }

    /// <summary>For each column (1-based), the 1-based row assigned to it, or 0.</summary>
    private static int[] AssignRows(double[,] cost, int rows, int columns)
    {
        var rowPotential = new double[rows + 1];
        var columnPotential = new double[columns + 1];
        var assigned = new int[columns + 1];
        var way = new int[columns + 1];
        var minSlack = new double[columns + 1];
        var used = new bool[columns + 1];
        for (var row = 1; row <= rows; row++)
        {
            assigned[0] = row;
            var column0 = 0;
            Array.Fill(minSlack, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[column0] = true;
                int row0 = assigned[column0],
                    next = 0;
                var delta = double.PositiveInfinity;
                for (var column = 1; column <= columns; column++)
                {
                    if (used[column])
                        continue;
                    var slack = cost[row0 - 1, column - 1] - rowPotential[row0] - columnPotential[column];
                    if (slack < minSlack[column])
                    {
                        minSlack[column] = slack;
                        way[column] = column0;
                    }
                    if (minSlack[column] < delta)
                    {
                        delta = minSlack[column];
                        next = column;
                    }
                }
                for (var column = 0; column <= columns; column++)
                {
                    if (used[column])
                    {
                        rowPotential[assigned[column]] += delta;
                        columnPotential[column] -= delta;
                    }
                    else
                        minSlack[column] -= delta;
                }
                column0 = next;
            } while (assigned[column0] != 0);
            do
            {
                var previous = way[column0];
                assigned[column0] = assigned[previous];
                column0 = previous;
            } while (column0 != 0);
        }
        return assigned;
    }

    private static double[,] Transpose(double[,] cost)
    {
        var result = new double[cost.GetLength(1), cost.GetLength(0)];
        for (var i = 0; i < cost.GetLength(0); i++)
        for (var j = 0; j < cost.GetLength(1); j++)
            result[j, i] = cost[i, j];
        return result;
    }
}
