using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>
/// Which split a page's rows go to: <c>test</c> for a fixed share of pages chosen by a hash of the page id (so every
/// viewport of a page lands together, and the same id always lands in the same split, in every shard and merge),
/// <c>train</c> for the rest. Each split is its own set of shards, data/SPLIT-XXXXX-of-YYYYY.parquet.
/// </summary>
internal static class DatasetSplit
{
    public const string Train = "train";
    public const string Test = "test";

    /// <summary>The largest share a test split may take.</summary>
    public const double MaxTestShare = 0.5;

    /// <summary>Every split name, in the order the card lists them.</summary>
    public static readonly IReadOnlyList<string> Names = [Train, Test];

    /// <summary>The test share a run recorded in its run.json (writing.test_share); 0 when it held none out.</summary>
    public static double TestShareOf(JsonObject manifest) =>
        manifest["writing"]?["test_share"]?.GetValue<double>() ?? 0;

    public static string Of(string id, double testShare) => testShare > 0 && Position(id) < testShare ? Test : Train;

    /// <summary>Where the id falls in [0, 1): the first 8 bytes of its SHA-256, uniform whatever the ids look like.</summary>
    private static double Position(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) / (double)(1UL << 53);
    }

    /// <summary>The share in <c>test=F</c>; any other split name or share is a usage error naming <paramref name="flag"/>.</summary>
    public static double ParseTestShare(string value, string flag)
    {
        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
            throw new OptionsException(flag, $"'{value}' is not SPLIT=SHARE; write e.g. {Test}=0.02");
        if (parts[0] != Test)
            throw new OptionsException(flag, $"'{parts[0]}' is not a split that can be held out; only '{Test}' is");
        if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var share))
            throw new OptionsException(flag, $"'{parts[1]}' is not a number");
        CheckShare(share, flag);
        return share;
    }

    public static void CheckShare(double share, string flag)
    {
        if (!(share > 0 && share <= MaxTestShare))
            throw new OptionsException(flag, $"the {Test} share {share} must be above 0 and at most {MaxTestShare}");
    }
}
