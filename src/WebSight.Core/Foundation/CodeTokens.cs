using Microsoft.ML.Tokenizers;

namespace WebSight.Core.Foundation;

/// <summary>
/// Counts a page's code in the tokens a current model reads it as: the o200k_base tiktoken encoding (GPT-4o and
/// later), from its NuGet data package, so no network is needed. A training target's length is measured in these.
/// </summary>
internal static class CodeTokens
{
    public const string Encoding = "o200k_base";

    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding(Encoding));

    public static int Count(string code) => Tokenizer.Value.CountTokens(code);
}
