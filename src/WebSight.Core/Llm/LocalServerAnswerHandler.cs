using System.Net.Http.Headers;

namespace WebSight.Core.Llm;

/// <summary>
/// Evens out how local OpenAI-compatible servers (vLLM, llama.cpp, Ollama, LM Studio) answer before the SDK reads
/// them: an event stream sent where a completion was asked for is assembled into one completion, and a missing,
/// null or unknown finish reason or an unreadable usage block is settled (see <see cref="CompletionNormalizer"/>).
/// Sits above the size cap, so the cap holds while it reads.
/// </summary>
internal sealed class LocalServerAnswerHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private const string EventStream = "text/event-stream";

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            return response;
        var streamed = string.Equals(
            response.Content.Headers.ContentType?.MediaType,
            EventStream,
            StringComparison.OrdinalIgnoreCase
        );
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var settled = streamed ? StreamedCompletion.Assemble(body) : CompletionNormalizer.Normalize(body);
        var content = new ByteArrayContent(settled);
        if (streamed)
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        else
            foreach (var (name, values) in response.Content.Headers)
                if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    content.Headers.TryAddWithoutValidation(name, values);
        response.Content.Dispose();
        response.Content = content;
        return response;
    }
}
