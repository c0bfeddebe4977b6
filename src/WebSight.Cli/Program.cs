using System.Runtime.InteropServices;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Cli;
using WebSight.Cli.Commands;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;

var verbose = args.Contains("--verbose") || args.Contains("-v");
using var cancellation = new CancellationTokenSource();

// Ctrl+C and SIGTERM (Kubernetes, Slurm) stop the run cleanly; what is committed stays.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(
    PosixSignal.SIGTERM,
    context =>
    {
        context.Cancel = true;
        cancellation.Cancel();
    }
);

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("websight");
    config.PropagateExceptions();
    config.UseStrictParsing();
    config
        .AddCommand<GenerateCommand>("generate")
        .WithDescription("Generate pages, validate, render screenshots and write a Hugging Face-ready Parquet dataset.")
        .WithExample("generate", "--count", "100", "--out", "out")
        .WithExample("generate", "--count", "5000", "--out", "out", "--seed", "7", "--workers", "2");
    config
        .AddCommand<RenderCommand>("render")
        .WithDescription("Render HTML you already have (files or JSON lines) into the same kind of dataset.")
        .WithExample("render", "--input", "pages/", "--out", "out")
        .WithExample("render", "--input", "pages.jsonl", "--out", "out");
    config
        .AddCommand<VerifyCommand>("verify")
        .WithDescription("Check a dataset: files readable, row counts, unique ids, images decodable, card consistent.")
        .WithExample("verify", "out");
    config
        .AddCommand<MergeCommand>("merge")
        .WithDescription("Combine the outputs of shard workers into one dataset.")
        .WithExample("merge", "out-0", "out-1", "out-2", "--out", "merged");
    config
        .AddCommand<ReviewCommand>("review")
        .WithDescription("Open a dataset in the review web app: QA flags, filters, accept/reject, charts.")
        .WithExample("review", "out");
    config
        .AddCommand<StatsCommand>("stats")
        .WithDescription(
            "Measure a dataset's diversity (structure, classes, sentences, colours, lengths, images); write diversity.json and a card section."
        )
        .WithExample("stats", "out")
        .WithExample("stats", "out-seed2", "--against", "out-seed1");
    config
        .AddCommand<EvalCommand>("eval")
        .WithDescription(
            "Score a model's HTML against a reference dataset: Design2Code's block, text, position, colour and visual scores, TreeBLEU, SSIM."
        )
        .WithExample("eval", "--reference", "out", "--predictions", "predictions.jsonl", "--out", "eval");
    config
        .AddCommand<ExportCommand>("export")
        .WithDescription("Write the reviewed rows as a new Hugging Face-ready dataset.")
        .WithExample("export", "out", "--out", "reviewed", "--accepted-only");
});

try
{
    return await app.RunAsync(args, cancellation.Token);
}
catch (Exception e) when (e is OperationCanceledException && cancellation.IsCancellationRequested)
{
    AnsiConsole.MarkupLine("[yellow]Cancelled.[/] Committed rows are kept; run the same command again to resume.");
    return ExitCodes.Cancelled;
}
catch (Exception e)
{
    var (code, message) = e switch
    {
        CommandParseException or CommandRuntimeException => (ExitCodes.Usage, UsageMessage.Explain(e.Message, args)),
        OptionsException => (ExitCodes.Usage, e.Message),
        TemplateSetException => (ExitCodes.Usage, "Template set: " + e.Message),
        SetupException or DiskFullException => (ExitCodes.Failure, e.Message),
        LlmEndpointException => (ExitCodes.Failure, "LLM endpoint: " + e.Message),
        _ => (ExitCodes.Failure, $"{e.GetType().Name}: {e.Message}"),
    };
    // A server may have put a key in an exception's message, or a user a key in the wrong flag.
    var redactor = ConfiguredKeys.Redactor(args, Environment.GetEnvironmentVariable);
    Console.Error.WriteLine($"error: {redactor.Redact(message)}");
    if (verbose)
        Console.Error.WriteLine(redactor.Redact(e.ToString()));
    else if (code == ExitCodes.Failure && e is not (SetupException or LlmEndpointException or DiskFullException))
        Console.Error.WriteLine("Run again with --verbose for details.");
    if (code == ExitCodes.Usage)
        Console.Error.WriteLine(
            $"See 'websight {(args.Length > 0 && !args[0].StartsWith('-') ? args[0] + " " : "")}--help'."
        );
    return code;
}
