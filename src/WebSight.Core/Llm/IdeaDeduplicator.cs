namespace WebSight.Core.Llm;

/// <summary>
/// The ideas seen so far in a run, across all batches: an idea is a duplicate when its normalised text equals an
/// earlier one's, or when its word pairs mostly match one (MinHash, found through locality-sensitive bands of
/// the signature, so a check costs the same after a million ideas). The first idea to arrive keeps its place;
/// asking again about the same slot gives the same verdict, so a batch read again from the cache is not
/// counted twice. Thread-safe; the checks are microseconds, so one lock serves.
/// </summary>
internal sealed class IdeaDeduplicator
{
    /// <summary>Estimated share of shared word pairs from which two ideas count as one.</summary>
    public const double NearThreshold = 0.7;

    private const int Bands = 16;
    private const int Rows = IdeaSignature.Length / Bands;

    private readonly Lock _lock = new();

    // Keyed by a 64-bit hash of the normalised text, not the text: a million ideas would otherwise hold 200 MB.
    private readonly Dictionary<ulong, IdeaSlot> _exact = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _bands = [];
    private readonly List<(IdeaSlot Slot, uint[] Signature)> _kept = [];
    private readonly Dictionary<IdeaSlot, IdeaSlot> _duplicates = [];

    /// <summary>The earlier slot this idea repeats, or null; <paramref name="isNew"/> is false for a slot asked before.</summary>
    public IdeaSlot? Check(IdeaSlot slot, string idea, out bool isNew)
    {
        var words = IdeaText.Words(idea);
        var text = BitConverter.ToUInt64(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(' ', words)))
        );
        var signature = IdeaSignature.Compute(words);
        lock (_lock)
        {
            isNew = false;
            if (_duplicates.TryGetValue(slot, out var known))
                return known;
            if (_exact.TryGetValue(text, out var owner))
                return owner == slot ? null : Duplicate(slot, owner, out isNew);
            if (NearestKept(signature) is { } near)
                return Duplicate(slot, near, out isNew);
            isNew = true;
            _exact[text] = slot;
            var index = _kept.Count;
            _kept.Add((slot, signature));
            for (var band = 0; band < Bands; band++)
            {
                var key = (band, BandKey(signature, band));
                if (!_bands.TryGetValue(key, out var members))
                    _bands[key] = members = [];
                members.Add(index);
            }
            return null;
        }
    }

    private IdeaSlot Duplicate(IdeaSlot slot, IdeaSlot original, out bool isNew)
    {
        isNew = true;
        _duplicates[slot] = original;
        return original;
    }

    private IdeaSlot? NearestKept(uint[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (!_bands.TryGetValue((band, BandKey(signature, band)), out var members))
                continue;
            foreach (var index in members)
                if (IdeaSignature.Similarity(signature, _kept[index].Signature) >= NearThreshold)
                    return _kept[index].Slot;
        }
        return null;
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        var key = 14695981039346656037UL;
        for (var row = band * Rows; row < (band + 1) * Rows; row++)
            key = (key ^ signature[row]) * 1099511628211UL;
        return key;
    }
}
