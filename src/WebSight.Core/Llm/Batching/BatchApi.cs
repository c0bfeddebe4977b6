using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json.Nodes;
using OpenAI;
using OpenAI.Batch;
using OpenAI.Files;
using WebSight.Core.Foundation;

// The SDK marks its batch client experimental; the batch and file routes it calls are stable.
#pragma warning disable OPENAI001

namespace WebSight.Core.Llm.Batching;

/// <summary>
/// The provider's file and batch routes through the OpenAI SDK's clients: upload a JSONL file, create a batch, read
/// its status, download its output and error files. Azure OpenAI is reached at its v1 data plane
/// (<c>{endpoint}/openai/v1/</c>), whose batch and file routes are OpenAI's, signed the Azure way
/// (<see cref="AzureAuthentication"/>); Azure.AI.OpenAI's own batch client does not load with the OpenAI SDK
/// version used here. A route the provider does not have (404) or a refused key (401/403) becomes one clear
/// <see cref="LlmEndpointException"/>; the SDK's own retries cover 429 and 5xx.
/// </summary>
internal sealed class BatchApi : IDisposable
{
    private const string NoKey = "no-key";

    private readonly LlmOptions _options;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(10) };
    private readonly BatchClient _batches;
    private readonly OpenAIFileClient _files;
    private readonly SecretRedactor _redactor;

    public BatchApi(LlmOptions options)
    {
        _options = options;
        _redactor = new SecretRedactor([options.ApiKey]);
        var azure = options.Provider == LlmProvider.Azure;
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = azure ? new Uri(options.Endpoint, "openai/v1") : options.Endpoint,
            Transport = new HttpClientPipelineTransport(_http),
        };
        var client = azure
            ? new OpenAIClient(AzureAuthentication.For(options.ApiKey), clientOptions)
            : new OpenAIClient(
                new ApiKeyCredential(options.ApiKey is { Length: > 0 } key ? key : NoKey),
                clientOptions
            );
        ChatRoute = azure ? "/chat/completions" : "/v1/chat/completions";
        _batches = client.GetBatchClient();
        _files = client.GetOpenAIFileClient();
    }

    /// <summary>The chat route a request line and a batch name (Azure's documented form has no /v1).</summary>
    public string ChatRoute { get; }

    private string Where => _options.Endpoint.GetLeftPart(UriPartial.Path);

    public async Task<string> UploadAsync(BinaryData jsonl, string fileName, CancellationToken cancellationToken)
    {
        var file = await CallAsync(
            "POST files",
            () => _files.UploadFileAsync(jsonl, fileName, FileUploadPurpose.Batch)
        );
        return file.Value.Id;
    }

    public async Task<string> CreateAsync(string inputFileId, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["input_file_id"] = inputFileId,
            ["endpoint"] = ChatRoute,
            ["completion_window"] = "24h",
        };
        var operation = await CallAsync(
            "POST batches",
            () =>
                _batches.CreateBatchAsync(
                    BinaryContent.Create(BinaryData.FromString(body.ToJsonString())),
                    waitUntilCompleted: false,
                    new RequestOptions { CancellationToken = cancellationToken }
                )
        );
        return operation.BatchId;
    }

    /// <summary>
    /// The batch created from this input file, if the provider has one: its batches are listed newest first, back to
    /// <paramref name="notBefore"/>.
    /// </summary>
    public async Task<string?> FindByInputFileAsync(
        string inputFileId,
        DateTimeOffset notBefore,
        CancellationToken cancellationToken
    ) =>
        await CallAsync(
            "GET batches",
            async () =>
            {
                await foreach (
                    var batch in _batches.GetBatchesAsync(
                        new BatchCollectionOptions { PageSizeLimit = 100 },
                        cancellationToken
                    )
                )
                {
                    if (batch.InputFileId == inputFileId)
                        return batch.Id;
                    if (batch.CreatedAt < notBefore)
                        break;
                }
                return null;
            }
        );

    /// <summary>The batch object as the provider sent it (status, file ids, request counts).</summary>
    public async Task<BatchStatus> GetAsync(string batchId, CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            "GET batches/" + batchId,
            () => _batches.GetBatchAsync(batchId, new RequestOptions { CancellationToken = cancellationToken })
        );
        return BatchStatus.Parse(result.GetRawResponse().Content, batchId, Where);
    }

    public async Task<BinaryData> DownloadAsync(string fileId, CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            "GET files/" + fileId + "/content",
            () => _files.DownloadFileAsync(fileId, cancellationToken)
        );
        return result.Value;
    }

    private async Task<T> CallAsync<T>(string route, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ClientResultException e) when (e.Status is 401 or 403 or 404 or 400)
        {
            var said = _redactor.Redact(LlmErrors.ServerMessage(e));
            throw new LlmEndpointException(FatalMessage(route, e.Status, said), e.Status);
        }
        catch (ClientResultException e)
        {
            throw new LlmUnavailableException(
                $"The batch API at {Where} still failed after retries ({route}: {e.Status}: {_redactor.Redact(LlmErrors.ServerMessage(e))}); "
                    + "stopped. Run the same command again to resume: submitted batches are picked up, not sent again.",
                e
            );
        }
    }

    private string FatalMessage(string route, int status, string said) =>
        status switch
        {
            401 or 403 => $"{Where} refused the credentials on the batch API ({route}: {status}: {said}). "
                + (
                    _options.Provider == LlmProvider.Azure
                        ? "Check --api-key or AZURE_OPENAI_API_KEY, or the Entra ID identity's role."
                        : "Check --api-key or OPENAI_API_KEY."
                ),
            404 => $"{Where} does not offer the batch API ({route} answered 404: {said}). "
                + $"Use {LlmOptions.ModeFlag} chat with this server; batch mode needs OpenAI or Azure OpenAI.",
            _ => $"{Where} refused the batch ({route}: {status}: {said}).",
        };

    public void Dispose() => _http.Dispose();
}
