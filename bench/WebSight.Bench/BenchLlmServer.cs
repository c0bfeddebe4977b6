using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebSight.Bench;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 that answers after a fixed latency — one for idea
/// lists, one for pages — with the rate-limit headers OpenAI sends, so the LLM stage's throughput can be measured
/// against the ideal (requests in flight ÷ latency) without a model.
/// </summary>
internal sealed partial class BenchLlmServer(WebApplication app, TimeSpan ideasLatency, TimeSpan pageLatency)
    : IAsyncDisposable
{
    private static readonly string[] Words =
        "harbour bread oven market river garden lantern copper velvet maple cedar granite meadow orchard pepper saffron cobalt amber ivory willow falcon summit canyon prairie glacier lagoon festival workshop gallery studio library journal compass voyage harvest quarry mosaic ribbon pottery timber canvas marble beacon anchor clover ferry tavern pantry cellar terrace courtyard pavilion arcade".Split(
            ' '
        );

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<BenchLlmServer> StartAsync(TimeSpan ideasLatency, TimeSpan pageLatency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new BenchLlmServer(app, ideasLatency, pageLatency);
        app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.BaseUrl = new Uri($"http://127.0.0.1:{new Uri(address.First()).Port}/v1");
        return server;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        var prompt = string.Concat(body["messages"]!.AsArray().Select(m => (string?)m!["content"]));
        var random = new Random(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(prompt))));
        var lines = ExactlyLines().Match(prompt);
        await Task.Delay(lines.Success ? ideasLatency : pageLatency, context.RequestAborted);
        var content = lines.Success
            ? IdeaList(int.Parse(lines.Groups[1].Value, CultureInfo.InvariantCulture), random)
            : Page(random);
        context.Response.Headers["x-ratelimit-limit-requests"] = "30000";
        context.Response.Headers["x-ratelimit-remaining-requests"] = "29999";
        context.Response.Headers["x-ratelimit-reset-requests"] = "2ms";
        context.Response.Headers["x-ratelimit-limit-tokens"] = "150000000";
        context.Response.Headers["x-ratelimit-remaining-tokens"] = "149990000";
        context.Response.Headers["x-ratelimit-reset-tokens"] = "4ms";
        context.Response.ContentType = "application/json";
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-bench",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = (string?)body["model"],
            ["choices"] = new JsonArray(
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                    ["finish_reason"] = "stop",
                }
            ),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = prompt.Length / 4,
                ["completion_tokens"] = content.Length / 4,
                ["total_tokens"] = (prompt.Length + content.Length) / 4,
            },
        };
        await context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted);
    }

    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string IdeaList(int count, Random random) =>
        string.Join(
            '\n',
            Enumerable
                .Range(1, count)
                .Select(i => $"{i}. A {Text(random, 3)} shop called {Text(random, 2)} with {Text(random, 6)} sections.")
        );

    private static string Page(Random random) =>
        $"""
            ```html
            <body class="bg-gray-50 font-sans">
            <header class="bg-blue-600 text-white p-6"><h1 class="text-3xl font-bold">{Text(random, 4)}</h1></header>
            <section class="p-10 grid grid-cols-3 gap-6"><p class="text-lg">{Text(random, 30)}</p><p>{Text(
                random,
                25
            )}</p></section>
            <footer class="p-4 text-sm">{Text(random, 8)}</footer>
            </body>
            ```
            """;

    [GeneratedRegex(@"exactly (\d+) lines")]
    private static partial Regex ExactlyLines();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
