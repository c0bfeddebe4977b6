namespace WebSight.Core.Llm;

/// <summary>
/// Caps the bytes read of every answer at the HTTP edge, under the SDK, which buffers whole bodies: an answer that
/// declares a larger length fails before its body is read, one streamed without a length as soon as it passes
/// the cap. The connection is dropped, so the server stops sending. Only the asynchronous path is capped: the
/// backend never calls the SDK synchronously.
/// </summary>
internal sealed class AnswerSizeCapHandler(long maxBytes, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            response.Dispose();
            throw new LlmAnswerTooLargeException(maxBytes, declared);
        }
        var body = new CappedAnswerStream(await response.Content.ReadAsStreamAsync(cancellationToken), maxBytes);
        response.Content = Capped(response.Content, body);
        return response;
    }

    /// <summary>The capped body with the original content headers (type, length), which the SDK reads.</summary>
    private static StreamContent Capped(HttpContent original, CappedAnswerStream body)
    {
        var content = new StreamContent(body);
        foreach (var (name, values) in original.Headers)
            content.Headers.TryAddWithoutValidation(name, values);
        return content;
    }
}
