using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebSight.Core.Llm.Batching;

/// <summary>What the provider says of one batch: its status, its output and error files, and its request counts.</summary>
internal sealed record BatchStatus(
    string Id,
    string Status,
    string? OutputFileId,
    string? ErrorFileId,
    int Total,
    int Completed,
    int Failed,
    string? Errors
)
{
    /// <summary>No further change will come: the files (if any) can be read.</summary>
    public bool IsTerminal => Status is "completed" or "expired" or "cancelled" or "failed";

    public static BatchStatus Parse(BinaryData body, string batchId, string where)
    {
        JsonObject batch;
        try
        {
            batch = JsonNode.Parse(body.ToString()) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            throw new LlmEndpointException(
                $"{where} answered GET batches/{batchId} with something that is not a batch object ({e.Message}).",
                200
            );
        }
        var counts = batch["request_counts"] as JsonObject;
        var errors = (batch["errors"]?["data"] as JsonArray)
            ?.Select(e => $"{(string?)e?["code"]}: {(string?)e?["message"]}")
            .ToList();
        return new BatchStatus(
            (string?)batch["id"] ?? batchId,
            (string?)batch["status"]
                ?? throw new LlmEndpointException($"{where} answered GET batches/{batchId} without a status.", 200),
            (string?)batch["output_file_id"],
            (string?)batch["error_file_id"],
            (int?)counts?["total"] ?? 0,
            (int?)counts?["completed"] ?? 0,
            (int?)counts?["failed"] ?? 0,
            errors is { Count: > 0 } ? string.Join("; ", errors) : null
        );
    }
}
