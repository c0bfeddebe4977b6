using System.Text.Json.Serialization;

namespace WebSight.Core.Evaluation;

/// <summary>One row of scores.parquet: a prediction's id, every metric, and its failure if it had one. Public for Parquet.Net.</summary>
public sealed class ScoreRow
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("overall")]
    public double Overall { get; set; }

    [JsonPropertyName("block_match")]
    public double BlockMatch { get; set; }

    [JsonPropertyName("text")]
    public double Text { get; set; }

    [JsonPropertyName("position")]
    public double Position { get; set; }

    [JsonPropertyName("color")]
    public double Color { get; set; }

    [JsonPropertyName("visual")]
    public double Visual { get; set; }

    [JsonPropertyName("tree_bleu")]
    public double TreeBleu { get; set; }

    [JsonPropertyName("tree_bleu_precision")]
    public double TreeBleuPrecision { get; set; }

    [JsonPropertyName("ssim")]
    public double Ssim { get; set; }

    [JsonPropertyName("mae")]
    public double Mae { get; set; }

    [JsonPropertyName("reference_blocks")]
    public int ReferenceBlocks { get; set; }

    [JsonPropertyName("predicted_blocks")]
    public int PredictedBlocks { get; set; }

    [JsonPropertyName("matched_blocks")]
    public int MatchedBlocks { get; set; }

    /// <summary>The reason code when the prediction failed validation or rendering; null when it was scored.</summary>
    [JsonPropertyName("failure")]
    public string? Failure { get; set; }

    [JsonPropertyName("failure_detail")]
    public string? FailureDetail { get; set; }

    internal static ScoreRow From(PairScores scores) =>
        new()
        {
            Id = scores.Id,
            Overall = scores.Overall,
            BlockMatch = scores.Block,
            Text = scores.Text,
            Position = scores.Position,
            Color = scores.Color,
            Visual = scores.Visual,
            TreeBleu = scores.TreeBleu,
            TreeBleuPrecision = scores.TreeBleuPrecision,
            Ssim = scores.Ssim,
            Mae = scores.MeanAbsoluteError,
            ReferenceBlocks = scores.ReferenceBlocks,
            PredictedBlocks = scores.PredictedBlocks,
            MatchedBlocks = scores.MatchedBlocks,
            Failure = scores.Failure,
            FailureDetail = scores.FailureDetail,
        };

    /// <summary>The metrics summary.json and the console table report, by column name.</summary>
    internal static readonly (string Name, Func<ScoreRow, double> Value)[] Metrics =
    [
        ("overall", r => r.Overall),
        ("block_match", r => r.BlockMatch),
        ("text", r => r.Text),
        ("position", r => r.Position),
        ("color", r => r.Color),
        ("visual", r => r.Visual),
        ("tree_bleu", r => r.TreeBleu),
        ("tree_bleu_precision", r => r.TreeBleuPrecision),
        ("ssim", r => r.Ssim),
        ("mae", r => r.Mae),
    ];
}
