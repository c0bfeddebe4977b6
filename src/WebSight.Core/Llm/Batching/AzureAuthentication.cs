using System.ClientModel.Primitives;
using Azure.Core;
using Azure.Identity;

namespace WebSight.Core.Llm.Batching;

/// <summary>
/// How the batch and file routes of Azure OpenAI's v1 data plane are signed: the resource key in an
/// <c>api-key</c> header, or, without a key, a Microsoft Entra ID token (<see cref="DefaultAzureCredential"/>) as a
/// bearer token — the two methods Azure documents for <c>/openai/v1/</c>.
/// </summary>
internal sealed class AzureAuthentication : AuthenticationPolicy
{
    private const string Scope = "https://cognitiveservices.azure.com/.default";

    private readonly string? _key;
    private readonly TokenCredential? _credential;

    private AzureAuthentication(string? key, TokenCredential? credential)
    {
        _key = key;
        _credential = credential;
    }

    public static AzureAuthentication For(string? apiKey) =>
        apiKey is { Length: > 0 } key ? new(key, null) : new(null, new DefaultAzureCredential());

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Sign(message, _credential?.GetToken(new TokenRequestContext([Scope]), CancellationToken.None).Token);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(
        PipelineMessage message,
        IReadOnlyList<PipelinePolicy> pipeline,
        int currentIndex
    )
    {
        var token = _credential is null
            ? null
            : (await _credential.GetTokenAsync(new TokenRequestContext([Scope]), message.CancellationToken)).Token;
        Sign(message, token);
        await ProcessNextAsync(message, pipeline, currentIndex);
    }

    private void Sign(PipelineMessage message, string? token)
    {
        if (_key is not null)
            message.Request.Headers.Set("api-key", _key);
        else
            message.Request.Headers.Set("Authorization", "Bearer " + token);
    }
}
