using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Text.Json;
using Azure.AI.OpenAI;
using Azure.Identity;
using OpenAI;
using OpenAI.Chat;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// The real SDK clients: OpenAI's <see cref="ChatClient"/> for OpenAI and compatible servers, Azure.AI.OpenAI
/// for Azure deployments (key or Microsoft Entra ID). The SDK's own retries are off: Polly owns resilience.
/// </summary>
internal sealed class SdkChatBackend : IChatBackend, IDisposable
{
    // The SDK refuses a null credential; local OpenAI-compatible servers ignore whatever key they are sent.
    private const string NoKey = "no-key";

    private readonly LlmOptions _options;
    private readonly HttpClient _http;
    private readonly OpenAIClient? _openAI;
    private readonly AzureOpenAIClient? _azure;
    private readonly ConcurrentDictionary<string, ChatClient> _clients = new(StringComparer.Ordinal);

    public SdkChatBackend(LlmOptions options)
    {
        _options = options;
        _http = new HttpClient(
            new LocalServerAnswerHandler(
                new AnswerSizeCapHandler(
                    options.MaxAnswerBytes,
                    new SocketsHttpHandler
                    {
                        MaxConnectionsPerServer = Math.Max(2, options.Concurrency * 2),
                        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    }
                )
            )
        )
        {
            // Polly's per-request timeout cancels attempts; this only backs it up.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var transport = new HttpClientPipelineTransport(_http);
        var networkTimeout = options.RequestTimeout + TimeSpan.FromSeconds(30);
        if (options.Provider == LlmProvider.Azure)
        {
            var azureOptions = new AzureOpenAIClientOptions
            {
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = networkTimeout,
            };
            azureOptions.AddPolicy(CompletionShapePolicy.Instance, PipelinePosition.PerCall);
            _azure = options.ApiKey is { Length: > 0 } key
                ? new AzureOpenAIClient(options.Endpoint, new ApiKeyCredential(key), azureOptions)
                : new AzureOpenAIClient(options.Endpoint, new DefaultAzureCredential(), azureOptions);
        }
        else
        {
            var openAIOptions = new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = networkTimeout,
            };
            openAIOptions.AddPolicy(CompletionShapePolicy.Instance, PipelinePosition.PerCall);
            _openAI = new OpenAIClient(
                new ApiKeyCredential(options.ApiKey is { Length: > 0 } key ? key : NoKey),
                openAIOptions
            );
        }
    }

    public string Describe(string model) =>
        _options.Provider == LlmProvider.Azure
            ? $"Azure OpenAI deployment '{model}' at {Safe(_options.Endpoint)}"
            : $"model '{model}' at {Safe(_options.Endpoint)}";

    public async Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var client = _clients.GetOrAdd(
            request.Model,
            model => _azure is not null ? _azure.GetChatClient(model) : _openAI!.GetChatClient(model)
        );
        var options = new ChatCompletionOptions
        {
            Temperature = (float)request.Temperature,
            MaxOutputTokenCount = request.MaxOutputTokens,
        };
#pragma warning disable OPENAI001 // Seed is marked experimental in the SDK; the wire field is stable.
        if (request.Seed is { } seed)
            options.Seed = seed;
#pragma warning restore OPENAI001
        var messages = request.Messages.Select(ToSdk).ToList();
        ClientResult<ChatCompletion> result;
        try
        {
            result = await client.CompleteChatAsync(messages, options, cancellationToken);
        }
        // CompletionShapePolicy has checked the shape; the SDK's reader still throws these on fields of wrong types.
        catch (Exception e)
            when (e is JsonException or FormatException or InvalidOperationException && e is not ObjectDisposedException
            )
        {
            throw new LlmMalformedAnswerException("a field of the answer has the wrong type: " + e.Message, e);
        }
        var completion = result.Value;
        var text = string.Concat(
            completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text)
        );
        var finishReason = FinishReasonName(completion.FinishReason);
        if (completion.Usage is { } usage)
            return new ChatResponse(text, finishReason, usage.InputTokenCount, usage.OutputTokenCount);
        // Some local servers send no usage: count the tokens here, so budgets and limits still hold.
        return new ChatResponse(
            text,
            finishReason,
            request.Messages.Sum(m => CodeTokens.Count(m.Content)),
            CodeTokens.Count(text),
            TokensEstimated: true
        );
    }

    private static ChatMessage ToSdk(PromptMessage message) =>
        message.Role switch
        {
            "system" => new SystemChatMessage(message.Content),
            "assistant" => new AssistantChatMessage(message.Content),
            _ => new UserChatMessage(message.Content),
        };

    private static string FinishReasonName(ChatFinishReason reason) =>
        reason switch
        {
            ChatFinishReason.Length => ChatResponse.Length,
            ChatFinishReason.ContentFilter => ChatResponse.ContentFilter,
            ChatFinishReason.ToolCalls => "tool_calls",
            ChatFinishReason.FunctionCall => "function_call",
            _ => ChatResponse.Stop,
        };

    /// <summary>The endpoint without user info or query, so nothing secret reaches a message.</summary>
    private static string Safe(Uri endpoint) => endpoint.GetLeftPart(UriPartial.Path);

    public void Dispose() => _http.Dispose();
}
