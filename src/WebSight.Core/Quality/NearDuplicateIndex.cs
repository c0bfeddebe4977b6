namespace WebSight.Core.Quality;

/// <summary>
/// Remembers the hashes of samples seen so far and answers whether a new one is within the distance thresholds of
/// an earlier one (both its screenshot hash and its text hash), naming the earliest. Multi-index hashing keeps the
/// lookup sub-linear: with the image hash cut into <c>d + 1</c> bands, any hash within distance <c>d</c> equals the
/// query in at least one band (pigeonhole), so only samples sharing a band are compared. Thread-safe.
/// </summary>
internal sealed class NearDuplicateIndex
{
    private readonly int _imageDistance;
    private readonly int _textDistance;
    private readonly (int Start, int Width)[] _bands;
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly List<Entry> _entries = [];
    private readonly Lock _lock = new();

    public NearDuplicateIndex(int imageDistance, int textDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(imageDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(imageDistance, 63);
        _imageDistance = imageDistance;
        _textDistance = textDistance;
        var count = imageDistance + 1;
        _bands = new (int, int)[count];
        for (var band = 0; band < count; band++)
        {
            var start = band * 64 / count;
            _bands[band] = (start, (band + 1) * 64 / count - start);
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
                return _entries.Count;
        }
    }

    /// <summary>The earliest sample added that both hashes are close to, or null.</summary>
    public NearDuplicateMatch? FindEarlier(ulong imageHash, ulong textHash)
    {
        lock (_lock)
            return FindLocked(imageHash, textHash);
    }

    public void Add(string id, ulong imageHash, ulong textHash)
    {
        lock (_lock)
            AddLocked(id, imageHash, textHash);
    }

    /// <summary>
    /// Looks up and, when no earlier sample matches, adds, in one step so concurrent callers cannot both pass. Rows of
    /// the same id (a page's viewports) never match each other.
    /// </summary>
    public NearDuplicateMatch? CheckAndAdd(string id, ulong imageHash, ulong textHash)
    {
        lock (_lock)
        {
            var match = FindLocked(imageHash, textHash, id);
            if (match is null)
                AddLocked(id, imageHash, textHash);
            return match;
        }
    }

    /// <summary>
    /// Looks up every render of one page (its viewports) and adds them all only when none matches an earlier page,
    /// in one step. Renders of the same page never match each other: a phone render is not a copy of the desktop one.
    /// </summary>
    public NearDuplicateMatch?[] CheckAndAddAll(string id, IReadOnlyList<(ulong ImageHash, ulong TextHash)> renders)
    {
        lock (_lock)
        {
            var matches = renders.Select(r => FindLocked(r.ImageHash, r.TextHash, id)).ToArray();
            if (matches.All(m => m is null))
            {
                foreach (var (imageHash, textHash) in renders)
                    AddLocked(id, imageHash, textHash);
            }
            return matches;
        }
    }

    private NearDuplicateMatch? FindLocked(ulong imageHash, ulong textHash, string? sameAs = null)
    {
        var best = -1;
        for (var band = 0; band < _bands.Length; band++)
        {
            if (!_buckets.TryGetValue((band, Key(imageHash, band)), out var positions))
                continue;
            foreach (var position in positions)
            {
                if (best >= 0 && position >= best)
                    break; // positions are ascending; nothing later can be earlier
                var entry = _entries[position];
                if (entry.Id == sameAs)
                    continue;
                if (
                    DifferenceHash.Distance(entry.ImageHash, imageHash) <= _imageDistance
                    && DifferenceHash.Distance(entry.TextHash, textHash) <= _textDistance
                )
                    best = position;
            }
        }
        if (best < 0)
            return null;
        var found = _entries[best];
        return new NearDuplicateMatch(
            found.Id,
            DifferenceHash.Distance(found.ImageHash, imageHash),
            DifferenceHash.Distance(found.TextHash, textHash)
        );
    }

    private void AddLocked(string id, ulong imageHash, ulong textHash)
    {
        var position = _entries.Count;
        _entries.Add(new Entry(id, imageHash, textHash));
        for (var band = 0; band < _bands.Length; band++)
        {
            var key = (band, Key(imageHash, band));
            if (!_buckets.TryGetValue(key, out var positions))
                _buckets[key] = positions = [];
            positions.Add(position);
        }
    }

    private ulong Key(ulong hash, int band)
    {
        var (start, width) = _bands[band];
        return width == 64 ? hash : (hash >> start) & ((1UL << width) - 1);
    }

    private sealed record Entry(string Id, ulong ImageHash, ulong TextHash);
}

/// <summary>The earlier sample a new one duplicates, and how far apart their hashes are.</summary>
internal sealed record NearDuplicateMatch(string Id, int ImageDistance, int TextDistance);
