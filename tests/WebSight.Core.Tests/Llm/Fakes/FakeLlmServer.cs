using System.Collections.Concurrent;
using System.Net;
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

namespace WebSight.Core.Tests.Llm.Fakes;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 (Kestrel, real HTTP, the real JSON), with both
/// routes: OpenAI's <c>/v1/chat/completions</c> (bearer key) and Azure's
/// <c>/openai/deployments/{deployment}/chat/completions?api-version=</c> (api-key header). By default the
/// ideas model answers a numbered list of the asked length and the pages model a Tailwind page about the idea;
/// per-model scripts inject errors, hangs and odd outputs. Every request is recorded and counted.
/// </summary>
internal sealed partial class FakeLlmServer : IAsyncDisposable
{
    public const string Key = "test-key";
    public const string IdeasModel = "idea-model";
    public const string PagesModel = "page-model";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeReply>> _scripts = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, Func<string, string, FakeWire>> _dialects = new();
    private int _inFlight;
    private int _maxInFlight;
    private long _lastArrivalTicks = Environment.TickCount64;

    private FakeLlmServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>Models (OpenAI) or deployments (Azure) that exist; others answer 404.</summary>
    public HashSet<string> Models { get; } = [IdeasModel, PagesModel];

    /// <summary>Real time spent before each answer, to make requests overlap.</summary>
    public TimeSpan Latency { get; set; }

    public Uri OpenAIBaseUrl { get; private set; } = null!;

    public Uri AzureEndpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public int RequestCount => _requests.Count;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>True when no request is being answered and none arrived in the given real time.</summary>
    public bool QuietFor(TimeSpan time) =>
        Volatile.Read(ref _inFlight) == 0
        && Environment.TickCount64 - Volatile.Read(ref _lastArrivalTicks) >= time.TotalMilliseconds;

    public static async Task<FakeLlmServer> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeLlmServer(app, clock ?? TimeProvider.System);
        app.MapPost("/v1/chat/completions", context => server.HandleAsync(context, "openai", null));
        app.MapPost(
            "/openai/deployments/{deployment}/chat/completions",
            context => server.HandleAsync(context, "azure", (string)context.Request.RouteValues["deployment"]!)
        );
        server.MapBatchRoutes(app);
        await app.StartAsync();
        var address = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        var port = new Uri(address).Port;
        server.OpenAIBaseUrl = new Uri($"http://127.0.0.1:{port}/v1");
        server.AzureEndpoint = new Uri($"http://127.0.0.1:{port}/");
        return server;
    }

    /// <summary>The next requests to this model get these replies, in order; then the default answer again.</summary>
    public void Script(string model, params FakeReply[] replies)
    {
        var queue = _scripts.GetOrAdd(model, _ => new ConcurrentQueue<FakeReply>());
        foreach (var reply in replies)
            queue.Enqueue(reply);
    }

    /// <summary>From now on this model's default answers are written by <paramref name="dialect"/> (model, content).</summary>
    public void AnswerAs(string model, Func<string, string, FakeWire> dialect) => _dialects[model] = dialect;

    public IReadOnlyList<RecordedRequest> RequestsFor(string model) => Requests.Where(r => r.Model == model).ToList();

    /// <summary>
    /// A numbered idea list of <paramref name="count"/> lines, as a well-behaved model writes it: a fixed opening,
    /// then words drawn from (salt, line), so ideas of different lines or salts are no near-duplicates.
    /// </summary>
    public static string IdeaList(int count, string salt = "x") =>
        string.Join("\n", Enumerable.Range(1, count).Select(i => $"{i}. {Idea(salt, i)}"));

    /// <summary>The idea on line <paramref name="line"/> of <see cref="IdeaList"/>.</summary>
    public static string Idea(string salt, int line)
    {
        var random = new Random(
            BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}/{line}")))
        );
        string W() => Words[random.Next(Words.Length)];
        string Name()
        {
            var word = W();
            return char.ToUpperInvariant(word[0]) + word[1..];
        }
        return $"Website {salt}-{line} for a harbour bakery called Crumb {Name()} {Name()}, with {W()} {W()} sections, "
            + $"{W()} {W()} photos and a {W()} {W()} menu in {Colours[random.Next(Colours.Length)]} and {W()} colours.";
    }

    private static readonly string[] Words = """
        harbour bread oven morning flour market river garden lantern copper velvet maple cedar granite meadow
        orchard pepper saffron cobalt amber ivory willow falcon summit canyon prairie glacier tundra lagoon
        festival workshop gallery studio library journal ledger compass voyage harvest vintage quarry mosaic
        ribbon pottery timber canvas marble silver thunder breeze ember beacon anchor pebble clover thistle
        ferry tavern bakery pantry cellar attic balcony terrace courtyard pavilion arcade boulevard alley
        quiet bright gentle rapid humble famous local modern rustic elegant cozy bold vivid careful honest
        weekly nightly seasonal fresh warm crisp smoky sweet bitter golden crimson emerald violet scarlet
        repair design deliver travel teach brew paint build garden sail climb gather roast weave carve
        """.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] Colours = ["blue", "red", "green", "yellow", "purple", "pink", "indigo"];

    /// <summary>
    /// A page a model could write for an idea: Tailwind classes (with the over-used blue), real sentences, scheme
    /// images. Layout, colours and words vary with the idea, so pages are no near-duplicates of each other.
    /// </summary>
    public static string Page(string idea)
    {
        var random = new Random(
            BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(idea)))
        );
        string Sentence(int words) =>
            char.ToUpperInvariant(Words[random.Next(Words.Length)][0])
            + string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]))[1..]
            + ".";
        string Paragraph() =>
            string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(random.Next(8, 14))));
        var accent = Colours[random.Next(Colours.Length)];
        var dark = random.Next(3) == 0;
        var title = WebUtility.HtmlEncode(string.Join(' ', idea.Split(' ').Take(8)));
        var sections = new List<string>
        {
            $"""<header class="bg-blue-600 text-white p-6"><h1 class="text-3xl font-bold">{title}</h1><p class="mt-2">{WebUtility.HtmlEncode(idea)}</p></header>""",
            $"""<section class="p-10 grid grid-cols-3 gap-6">{string.Concat(Enumerable.Range(0, 3).Select(_ => $"<div class=\"p-4 rounded-lg shadow bg-{accent}-100\"><h3 class=\"font-semibold text-{accent}-800\">{Words[random.Next(Words.Length)]}</h3><p class=\"text-sm\">{Paragraph()}</p></div>"))}</section>""",
            $"""<section class="p-10 flex items-center gap-8"><img src="https://source.unsplash.com/random/{random.Next(3, 9)}00x{random.Next(2, 6)}00/?{Words[random.Next(Words.Length)]}" class="w-1/2 rounded-lg" alt="{Words[random.Next(Words.Length)]}"><p class="w-1/2 text-lg">{Paragraph()}</p></section>""",
            $"""<section class="p-10"><table class="w-full text-left border"><thead class="bg-{accent}-200"><tr><th class="p-2">Item</th><th class="p-2">Price</th></tr></thead><tbody>{string.Concat(Enumerable.Range(0, random.Next(3, 9)).Select(r => $"<tr class=\"border-t\"><td class=\"p-2\">{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}</td><td class=\"p-2\">${random.Next(5, 90)}</td></tr>"))}</tbody></table></section>""",
            $"""<section class="py-16 px-10 bg-blue-50 text-center"><p class="text-2xl italic">{Sentence(12)}</p><a href="#" class="inline-block mt-6 bg-blue-500 hover:bg-blue-700 text-white px-4 py-2 rounded">{Sentence(3)}</a></section>""",
            $"""<section class="p-10 columns-2"><p class="mb-4">{Paragraph()}</p><p>{Paragraph()}</p></section>""",
        };
        var middle = sections.Skip(1).OrderBy(_ => random.Next()).Take(random.Next(2, 5));
        var body = string.Join("\n", new[] { sections[0] }.Concat(middle));
        var bodyClass = dark ? "bg-gray-900 text-gray-100 font-sans" : "bg-gray-50 font-sans text-gray-800";
        return $"<body class=\"{bodyClass}\">\n{body}\n<footer class=\"p-4 text-sm\">{Sentence(9)}</footer>\n</body>";
    }

    private async Task HandleAsync(HttpContext context, string route, string? deployment)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, inFlight);
        try
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            var model = deployment ?? (string)body["model"]!;
            var authorization = context.Request.Headers.Authorization.ToString();
            var apiKey = context.Request.Headers["api-key"].ToString();
            var apiVersion = context.Request.Query["api-version"].ToString();
            var reply =
                _scripts.TryGetValue(model, out var queue) && queue.TryDequeue(out var scripted)
                    ? scripted
                    : FakeReply.Default;
            var presented =
                route == "azure" ? apiKey
                : authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..]
                : "";
            reply = reply.Echoing(presented);
            if (presented != Key)
                reply = FakeReply.Error(401, "invalid_api_key", $"Incorrect API key provided: {presented}.");
            else if (route == "azure" && apiVersion.Length == 0)
                reply = FakeReply.Error(400, "missing_api_version", "api-version is required");
            else if (!Models.Contains(model))
                reply =
                    route == "azure"
                        ? FakeReply.Error(
                            404,
                            "DeploymentNotFound",
                            "The API deployment for this resource does not exist."
                        )
                        : FakeReply.Error(404, "model_not_found", $"The model {model} does not exist.");
            var prompt = string.Concat(body["messages"]!.AsArray().Select(m => (string?)m!["content"]));
            var completes = reply is { Status: 200, Hang: false, Body: null, StreamedContentBytes: 0 };
            var content = completes ? reply.Content ?? DefaultAnswer(model, prompt) : null;
            Volatile.Write(ref _lastArrivalTicks, Environment.TickCount64);
            _requests.Enqueue(
                new RecordedRequest(
                    route,
                    model,
                    NullIfEmpty(authorization),
                    NullIfEmpty(apiKey),
                    NullIfEmpty(apiVersion),
                    body,
                    _clock.GetUtcNow(),
                    reply.Status,
                    content is null ? 0 : TokensOf(prompt) + TokensOf(content)
                )
            );
            if (Latency > TimeSpan.Zero)
                await Task.Delay(Latency, context.RequestAborted);
            if (reply.Hang)
            {
                await Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted);
                return;
            }
            foreach (var (name, value) in reply.Headers)
                context.Response.Headers[name] = value;
            context.Response.ContentType = reply.ContentType ?? "application/json";
            if (reply.Status != 200 || reply.Body is not null)
            {
                context.Response.StatusCode = reply.Status;
                await context.Response.WriteAsync(reply.Body ?? "{}", context.RequestAborted);
                return;
            }
            if (reply.StreamedContentBytes > 0)
            {
                await WriteHugeCompletionAsync(context.Response, reply.StreamedContentBytes, context.RequestAborted);
                return;
            }
            if (_dialects.TryGetValue(model, out var dialect))
            {
                var wire = dialect(model, content!);
                context.Response.ContentType = wire.ContentType;
                await context.Response.WriteAsync(wire.Body, context.RequestAborted);
                return;
            }
            await context.Response.WriteAsync(
                Completion(model, prompt, content!, reply.FinishReason),
                context.RequestAborted
            );
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client gave up (its timeout, or it stopped reading an answer too large); nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    // A fixed envelope around the streamed content, so its length is known before it is written.
    private const string HugePrefix =
        """{"id":"chatcmpl-huge","object":"chat.completion","created":1700000000,"model":"huge","choices":[{"index":0,"message":{"role":"assistant","content":"<body>""";
    private const string HugeSuffix =
        """</body>"},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    /// <summary>The size of a streamed completion whose content has <paramref name="bytes"/> letters.</summary>
    public static long HugeCompletionLength(long bytes) => HugePrefix.Length + bytes + HugeSuffix.Length;

    private static async Task WriteHugeCompletionAsync(
        HttpResponse response,
        long bytes,
        CancellationToken cancellationToken
    )
    {
        await response.WriteAsync(HugePrefix, cancellationToken);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        for (var left = bytes; left > 0; left -= chunk.Length)
        {
            var size = (int)Math.Min(left, chunk.Length);
            await response.Body.WriteAsync(chunk.AsMemory(0, size), cancellationToken);
        }
        await response.WriteAsync(HugeSuffix, cancellationToken);
    }

    private static string DefaultAnswer(string model, string prompt)
    {
        // The ideas prompt asks for "exactly N lines"; that tells the stages apart when one model serves both.
        if (model == IdeasModel || ExactlyLines().IsMatch(prompt))
        {
            var count = ExactlyLines().Match(prompt) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 10;
            var salt = Convert.ToHexStringLower(
                System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(prompt))
            )[..6];
            return "Here are the websites:\n\n" + IdeaList(count, salt);
        }
        // The page prompt puts the idea in its own paragraph after the first line.
        var paragraphs = prompt.Split("\n\n");
        var idea = paragraphs.Length > 1 ? paragraphs[1].Trim() : "A small harbour bakery website";
        return "```html\n" + Page(idea) + "\n```";
    }

    private static string Completion(string model, string prompt, string content, string finishReason) =>
        new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["system_fingerprint"] = "fp_fake",
            ["choices"] = new JsonArray(
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject
                    {
                        ["role"] = "assistant",
                        ["content"] = content,
                        ["refusal"] = null,
                    },
                    ["logprobs"] = null,
                    ["finish_reason"] = finishReason,
                }
            ),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = TokensOf(prompt),
                ["completion_tokens"] = TokensOf(content),
                ["total_tokens"] = TokensOf(prompt) + TokensOf(content),
            },
        }.ToJsonString();

    public static int TokensOf(string text) => Math.Max(1, text.Length / 4);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (
            (current = Volatile.Read(ref target)) < value
            && Interlocked.CompareExchange(ref target, value, current) != current
        ) { }
    }

    [GeneratedRegex(@"exactly (\d+) lines")]
    private static partial Regex ExactlyLines();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
