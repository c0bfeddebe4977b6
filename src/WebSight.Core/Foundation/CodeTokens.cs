using System.IO.Compression;
using Microsoft.ML.Tokenizers;

namespace WebSight.Core.Foundation;

/// <summary>
/// Counts a page's code in the tokens a current model reads it as: the o200k_base tiktoken encoding (GPT-4o and
/// later), from its NuGet data package, so no network is needed. A training target's length is measured in these.
/// </summary>
/// <remarks>
/// The library splits text with a regular expression before it encodes each piece, and that split costs most of
/// its time (about a millisecond for a page). <see cref="O200kPieces"/> splits exactly as the expression does, and
/// each distinct piece is encoded once per thread and remembered: pages share most pieces (tags, classes, words),
/// so a page is counted in a few tens of microseconds with the same result.
/// </remarks>
internal static class CodeTokens
{
    public const string Encoding = "o200k_base";

    /// <summary>Pieces remembered per thread before the table starts over, bounding its memory.</summary>
    private const int MaxRemembered = 200_000;

    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding(Encoding));

    /// <summary>The same vocabulary without the splitting expression, for text that is already one piece.</summary>
    private static readonly Lazy<Tokenizer> PieceTokenizer = new(() =>
    {
        using var packed = System
            .Reflection.Assembly.Load("Microsoft.ML.Tokenizers.Data.O200kBase")
            .GetManifestResourceStream("o200k_base.tiktoken.deflate")!;
        using var vocabulary = new DeflateStream(packed, CompressionMode.Decompress);
        return TiktokenTokenizer.Create(vocabulary, preTokenizer: null, normalizer: null);
    });

    [ThreadStatic]
    private static Dictionary<string, int>? _pieceTokens;

    public static int Count(string code)
    {
        // Special tokens (<|endoftext|> ...) are the library's to recognise.
        if (code.Contains("<|", StringComparison.Ordinal))
            return Tokenizer.Value.CountTokens(code);
        var remembered = _pieceTokens ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (remembered.Count > MaxRemembered)
            remembered.Clear();
        var lookup = remembered.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = code.AsSpan();
        var total = 0;
        for (var start = 0; start < text.Length; )
        {
            var end = O200kPieces.End(text, start);
            var piece = text[start..end];
            if (!lookup.TryGetValue(piece, out var tokens))
            {
                var key = piece.ToString();
                tokens = PieceTokenizer.Value.CountTokens(key);
                remembered[key] = tokens;
            }
            total += tokens;
            start = end;
        }
        return total;
    }

    /// <summary>Counts with the library alone, splitting by its regular expression (the reference the tests hold the fast path to).</summary>
    public static int CountByLibrary(string code) => Tokenizer.Value.CountTokens(code);
}
