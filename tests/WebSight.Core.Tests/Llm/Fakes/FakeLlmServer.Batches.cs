using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WebSight.Core.Tests.Llm.Fakes;

/// <summary>
/// OpenAI's file and batch routes, as documented: <c>POST /v1/files</c> (multipart, purpose batch),
/// <c>GET /v1/files/{id}/content</c>, <c>POST /v1/batches</c>, <c>GET /v1/batches/{id}</c> and
/// <c>POST /v1/batches/{id}/cancel</c> (bearer key); and Azure OpenAI's, the same under <c>/openai/v1/</c> with the
/// key in an <c>api-key</c> header and <c>/chat/completions</c> as the batch endpoint. A batch moves validating → in_progress → completed one status read at a
/// time (or stays in progress while <see cref="HoldBatches"/>); on completion each request line is answered as
/// the chat route would answer it (the model's scripts apply: a scripted error lands in the error file), and
/// <see cref="ExpireNextBatchAfter"/> or <see cref="MalformedNextOutput"/> make the next batch expire part-way or
/// write an output file that is no JSONL.
/// </summary>
internal sealed partial class FakeLlmServer
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly ConcurrentDictionary<string, JsonObject> _batches = new();
    private int _ids;
    private int _batchCreates;
    private int _batchLines;

    /// <summary>False: the server has no batch or file routes (404), as most local servers.</summary>
    public bool BatchRoutes { get; set; } = true;

    /// <summary>True: batches stay in_progress, as a real one does for hours.</summary>
    public bool HoldBatches { get; set; }

    /// <summary>The next batch to finish expires after answering this many of its requests.</summary>
    public int? ExpireNextBatchAfter { get; set; }

    public bool MalformedNextOutput { get; set; }

    public int BatchCreates => Volatile.Read(ref _batchCreates);

    /// <summary>Request lines of every batch created so far.</summary>
    public int BatchLines => Volatile.Read(ref _batchLines);

    public IReadOnlyList<JsonObject> Batches => _batches.Values.ToList();

    public string FileText(string id) => Encoding.UTF8.GetString(_files[id]);

    private const string ChatRoute = "/v1/chat/completions";

    private const string AzureChatRoute = "/chat/completions";

    /// <summary>The batch endpoint of every batch created, as its request named it.</summary>
    public IReadOnlyList<string> BatchEndpoints => _batches.Values.Select(b => (string)b["endpoint"]!).ToList();

    private void MapBatchRoutes(WebApplication app)
    {
        foreach (var (prefix, azure) in new[] { ("/v1", false), ("/openai/v1", true) })
        {
            var chatRoute = azure ? AzureChatRoute : ChatRoute;
            Func<HttpContext, Task<JsonNode?>> create = c => CreateBatchAsync(c, chatRoute);
            app.MapPost(prefix + "/files", context => BatchRouteAsync(context, azure, UploadAsync));
            app.MapGet(prefix + "/files/{id}/content", context => BatchRouteAsync(context, azure, DownloadAsync));
            app.MapPost(prefix + "/batches", context => BatchRouteAsync(context, azure, create));
            app.MapGet(prefix + "/batches", context => BatchRouteAsync(context, azure, ListBatchesAsync));
            app.MapGet(prefix + "/batches/{id}", context => BatchRouteAsync(context, azure, GetBatchAsync));
            app.MapPost(prefix + "/batches/{id}/cancel", context => BatchRouteAsync(context, azure, CancelBatchAsync));
        }
    }

    private async Task BatchRouteAsync(HttpContext context, bool azure, Func<HttpContext, Task<JsonNode?>> handle)
    {
        var presented = azure
            ? context.Request.Headers["api-key"].ToString()
            : context.Request.Headers.Authorization.ToString().Replace("Bearer ", "", StringComparison.Ordinal);
        (int Status, JsonNode? Body) answer;
        if (!BatchRoutes)
            answer = (404, ErrorBody("not_found", $"Invalid URL ({context.Request.Method} {context.Request.Path})"));
        else if (presented != Key)
            answer = (401, ErrorBody("invalid_api_key", "Incorrect API key provided."));
        else
        {
            var body = await handle(context);
            answer = body is null ? (404, ErrorBody("not_found", "No such object.")) : (200, body);
        }
        if (answer.Body is JsonValue raw && raw.TryGetValue(out string? content))
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Response.WriteAsync(content);
            return;
        }
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body!.ToJsonString());
    }

    private static JsonObject ErrorBody(string code, string message) =>
        new()
        {
            ["error"] = new JsonObject
            {
                ["message"] = message,
                ["type"] = "invalid_request_error",
                ["code"] = code,
            },
        };

    private async Task<JsonNode?> UploadAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var file = form.Files["file"];
        if (file is null || form["purpose"] != "batch")
            return null;
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var id = StoreFile(buffer.ToArray());
        return FileObject(id, file.FileName, buffer.Length);
    }

    private string StoreFile(byte[] content)
    {
        var id = $"file-{Interlocked.Increment(ref _ids)}";
        _files[id] = content;
        return id;
    }

    private static JsonObject FileObject(string id, string name, long bytes) =>
        new()
        {
            ["id"] = id,
            ["object"] = "file",
            ["bytes"] = bytes,
            ["created_at"] = 1_700_000_000,
            ["filename"] = name,
            ["purpose"] = "batch",
            ["status"] = "processed",
        };

    private Task<JsonNode?> DownloadAsync(HttpContext context) =>
        Task.FromResult<JsonNode?>(
            _files.TryGetValue((string)context.Request.RouteValues["id"]!, out var content)
                ? JsonValue.Create(Encoding.UTF8.GetString(content))
                : null
        );

    private async Task<JsonNode?> CreateBatchAsync(HttpContext context, string chatRoute)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        var input = (string?)body["input_file_id"];
        if (
            input is null
            || !_files.TryGetValue(input, out var content)
            || (string?)body["endpoint"] != chatRoute
            || Encoding
                .UTF8.GetString(content)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Any(l => (string?)JsonNode.Parse(l)!["url"] != chatRoute)
        )
            return null;
        Interlocked.Increment(ref _batchCreates);
        Interlocked.Add(
            ref _batchLines,
            Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
        );
        var id = $"batch_{Interlocked.Increment(ref _ids)}";
        var batch = new JsonObject
        {
            ["id"] = id,
            ["object"] = "batch",
            ["endpoint"] = chatRoute,
            ["input_file_id"] = input,
            ["completion_window"] = "24h",
            ["status"] = "validating",
            ["output_file_id"] = null,
            ["error_file_id"] = null,
            ["created_at"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["request_counts"] = Counts(0, 0, 0),
        };
        _batches[id] = batch;
        return batch.DeepClone();
    }

    private static JsonObject Counts(int total, int completed, int failed) =>
        new()
        {
            ["total"] = total,
            ["completed"] = completed,
            ["failed"] = failed,
        };

    /// <summary>As if the batches were never created: a run killed between its upload and its create.</summary>
    public void ForgetBatches() => _batches.Clear();

    /// <summary><c>GET /v1/batches?limit=&amp;after=</c>: newest first, paged by id, as OpenAI lists them.</summary>
    private Task<JsonNode?> ListBatchesAsync(HttpContext context)
    {
        var limit = int.TryParse(context.Request.Query["limit"], out var asked) ? asked : 20;
        var after = (string?)context.Request.Query["after"];
        var newestFirst = _batches
            .Values.OrderByDescending(b => int.Parse(((string)b["id"]!)["batch_".Length..]))
            .SkipWhile(b => after is not null && (string)b["id"]! != after)
            .Skip(after is null ? 0 : 1)
            .ToList();
        var page = newestFirst.Take(limit).Select(b => (JsonNode)b.DeepClone()).ToArray();
        return Task.FromResult<JsonNode?>(
            new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray(page),
                ["first_id"] = page.FirstOrDefault()?["id"]?.DeepClone(),
                ["last_id"] = page.LastOrDefault()?["id"]?.DeepClone(),
                ["has_more"] = newestFirst.Count > limit,
            }
        );
    }

    private Task<JsonNode?> GetBatchAsync(HttpContext context)
    {
        if (!_batches.TryGetValue((string)context.Request.RouteValues["id"]!, out var batch))
            return Task.FromResult<JsonNode?>(null);
        lock (batch)
        {
            switch ((string)batch["status"]!)
            {
                case "validating":
                    batch["status"] = "in_progress";
                    break;
                case "in_progress" when !HoldBatches:
                    Finish(batch);
                    break;
                case "cancelling":
                    batch["status"] = "cancelled";
                    break;
            }
            return Task.FromResult<JsonNode?>(batch.DeepClone());
        }
    }

    private Task<JsonNode?> CancelBatchAsync(HttpContext context)
    {
        if (!_batches.TryGetValue((string)context.Request.RouteValues["id"]!, out var batch))
            return Task.FromResult<JsonNode?>(null);
        lock (batch)
        {
            batch["status"] = "cancelling";
            return Task.FromResult<JsonNode?>(batch.DeepClone());
        }
    }

    /// <summary>Answers every request line of the batch: completions to the output file, failures to the error file.</summary>
    private void Finish(JsonObject batch)
    {
        var lines = Encoding
            .UTF8.GetString(_files[(string)batch["input_file_id"]!])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expireAfter = ExpireNextBatchAfter;
        ExpireNextBatchAfter = null;
        var malformed = MalformedNextOutput;
        MalformedNextOutput = false;
        var output = new StringBuilder();
        var errors = new StringBuilder();
        var (completed, failed) = (0, 0);
        foreach (var (line, number) in lines.Select((l, i) => (JsonNode.Parse(l)!.AsObject(), i)))
        {
            var customId = (string)line["custom_id"]!;
            if (number >= expireAfter)
            {
                errors.AppendLine(
                    ErrorLine(
                        customId,
                        "batch_expired",
                        "This request could not be executed before the completion window expired."
                    )
                );
                failed++;
                continue;
            }
            var (status, body) = BatchAnswer(line["body"]!.AsObject());
            var answer = new JsonObject
            {
                ["id"] = $"batch_req_{number}",
                ["custom_id"] = customId,
                ["response"] = new JsonObject
                {
                    ["status_code"] = status,
                    ["request_id"] = $"req_{number}",
                    ["body"] = body,
                },
                ["error"] = null,
            }.ToJsonString();
            (status == 200 ? output : errors).AppendLine(answer);
            if (status == 200)
                completed++;
            else
                failed++;
        }
        batch["status"] = expireAfter is null ? "completed" : "expired";
        batch["request_counts"] = Counts(lines.Length, completed, failed);
        if (output.Length > 0)
            batch["output_file_id"] = StoreFile(
                Encoding.UTF8.GetBytes(malformed ? "{\"id\": \"batch_req_0\", \"custom_id\"" : output.ToString())
            );
        if (errors.Length > 0)
            batch["error_file_id"] = StoreFile(Encoding.UTF8.GetBytes(errors.ToString()));
    }

    private static string ErrorLine(string customId, string code, string message) =>
        new JsonObject
        {
            ["id"] = "batch_req_expired",
            ["custom_id"] = customId,
            ["response"] = null,
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        }.ToJsonString();

    /// <summary>One request line's answer, as the chat route would give it (scripted replies included).</summary>
    private (int Status, JsonObject Body) BatchAnswer(JsonObject body)
    {
        var model = (string)body["model"]!;
        var prompt = string.Concat(body["messages"]!.AsArray().Select(m => (string?)m!["content"]));
        if (!Models.Contains(model))
            return (404, ErrorBody("model_not_found", $"The model {model} does not exist."));
        var reply =
            _scripts.TryGetValue(model, out var queue) && queue.TryDequeue(out var scripted)
                ? scripted
                : FakeReply.Default;
        if (reply.Status != 200)
            return (reply.Status, ErrorBody("scripted", $"scripted error {reply.Status}"));
        // A huge reply is the default page padded to its size, as the chat route streams it.
        var content =
            reply.Content
            ?? DefaultAnswer(model, prompt) + new string(' ', (int)Math.Max(0, reply.StreamedContentBytes));
        return (200, JsonNode.Parse(Completion(model, prompt, content, reply.FinishReason))!.AsObject());
    }
}
