using System.Text.Json;
using WebSight.Core.Foundation;

namespace WebSight.Core.Evaluation;

/// <summary>One model output: the reference row's id, the HTML, and the line of the file it came from.</summary>
internal sealed record Prediction(string Id, string Text, int Line);

/// <summary>A line of the predictions file that is not scored, and why (a code and a detail for people).</summary>
internal sealed record PredictionProblem(int Line, string? Id, string Code, string Detail);

/// <summary>
/// Reads the predictions file: JSON lines with a string <c>id</c> and a string <c>text</c>. A line that is not
/// such an object, or repeats an id, is listed as a problem and not scored; a file with no usable line at all is a
/// usage error naming the flag.
/// </summary>
internal static class PredictionFile
{
    public const string MalformedLine = "malformed_line";
    public const string DuplicateId = "duplicate_id";
    public const string UnknownId = "unknown_id";

    public static (IReadOnlyList<Prediction> Predictions, IReadOnlyList<PredictionProblem> Problems) Read(
        string path,
        string flag
    )
    {
        if (Directory.Exists(path))
            throw new OptionsException(flag, $"{path} is a directory; give a JSON-lines file");
        if (!File.Exists(path))
            throw new OptionsException(flag, $"{path} does not exist");
        var predictions = new List<Prediction>();
        var problems = new List<PredictionProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var (prediction, problem) = Parse(line, number);
            if (problem is not null)
                problems.Add(problem);
            else if (!seen.Add(prediction!.Id))
                problems.Add(
                    new PredictionProblem(number, prediction.Id, DuplicateId, "the id was predicted on an earlier line")
                );
            else
                predictions.Add(prediction);
        }
        if (predictions.Count == 0)
            throw new OptionsException(
                flag,
                $"{path} holds no usable prediction (JSON lines with string \"id\" and \"text\")"
                    + (problems.Count > 0 ? $"; line {problems[0].Line}: {problems[0].Detail}" : "")
            );
        return (predictions, problems);
    }

    private static (Prediction?, PredictionProblem?) Parse(string line, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, new PredictionProblem(number, null, MalformedLine, "the line is not a JSON object"));
            var id =
                root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
                    ? idValue.GetString()
                    : null;
            if (string.IsNullOrEmpty(id))
                return (null, new PredictionProblem(number, null, MalformedLine, "no string \"id\""));
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return (null, new PredictionProblem(number, id, MalformedLine, "no string \"text\""));
            return (new Prediction(id, text.GetString()!, number), null);
        }
        catch (JsonException e)
        {
            return (null, new PredictionProblem(number, null, MalformedLine, "not JSON: " + e.Message.Split('.')[0]));
        }
    }
}
