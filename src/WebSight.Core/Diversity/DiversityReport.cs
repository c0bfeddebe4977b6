using System.Text.Json;
using System.Text.Json.Serialization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Diversity;

/// <summary>What `websight stats` measured of a dataset; written as diversity.json beside it.</summary>
internal sealed record DiversityReport(
    string Dataset,
    string Source,
    int Pages,
    IReadOnlyList<Share>? Archetypes,
    IReadOnlyList<Share> Topics,
    SkeletonFigures Skeletons,
    ClassFigures Classes,
    SentenceFigures Sentences,
    ColourFigures Colours,
    Distribution? PageHeight,
    Distribution? CodeTokens,
    ImageFigures Images,
    IReadOnlyList<Share> Languages,
    IReadOnlyList<ProfileUnknownClasses>? UnknownClassesByProfile = null
)
{
    public const string FileName = "diversity.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DiversityReport FromJson(string json) =>
        JsonSerializer.Deserialize<DiversityReport>(json, Json)
        ?? throw new InvalidDataException($"{FileName} holds no report.");

    public Task WriteAsync(string directory, CancellationToken cancellationToken) =>
        AtomicFile.WriteTextAsync(Path.Combine(directory, FileName), ToJson() + "\n", cancellationToken);
}
