using WebSight.Core.Setup;

namespace WebSight.Core.Diversity;

/// <summary>
/// How much of each row's classes every Tailwind profile lacks: the page's distinct class names that the 2.2.19
/// sheet, or the 3 or 4 compiler, makes no rule for. A page written for one version and rendered with another
/// shows a design other than its code says; this puts a number on it per dataset.
/// </summary>
internal sealed class UnknownClassTally(IReadOnlyList<ITailwindClasses> profiles)
{
    private readonly double[] _shareSums = new double[profiles.Count];
    private readonly int[] _rowsWithUnknown = new int[profiles.Count];
    private int _rows;

    public void Add(IReadOnlyCollection<string> classes)
    {
        _rows++;
        if (classes.Count == 0)
            return;
        for (var i = 0; i < profiles.Count; i++)
        {
            var unknown = profiles[i].Unknown(classes).Count;
            _shareSums[i] += (double)unknown / classes.Count;
            if (unknown > 0)
                _rowsWithUnknown[i]++;
        }
    }

    public IReadOnlyList<ProfileUnknownClasses> Figures() =>
        [
            .. profiles.Select(
                (profile, i) =>
                    new ProfileUnknownClasses(
                        profile.Profile.Number,
                        profile.Profile.Version,
                        _rows == 0 ? 0 : _shareSums[i] / _rows,
                        _rows == 0 ? 0 : (double)_rowsWithUnknown[i] / _rows
                    )
            ),
        ];
}

/// <summary>One profile's figures: the mean unknown share of a row's distinct classes, and the rows with any unknown.</summary>
internal sealed record ProfileUnknownClasses(
    int Tailwind,
    string Version,
    double MeanUnknownShare,
    double RowsWithUnknown
);
