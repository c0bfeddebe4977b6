using Spectre.Console;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Pipeline;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Validation;

namespace WebSight.Cli.Commands;

/// <summary>`generate --html-only`: pages generated and validated, written as JSON lines; no browser is started.</summary>
internal static class HtmlOnlyCommand
{
    public static async Task<int> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        options.Validate();
        var rules = TailwindRules.Parse(TailwindStylesheet.Load(options.TailwindPath).Bytes);
        // A css run's template generator writes plain CSS itself; an LLM asked for it writes it too.
        var source = PageSources.Create(options, new());
        // The LLM generator holds an HTTP client and the SQLite cache; close them when the run ends.
        using var disposeSource = source as IDisposable;
        using var compiled = options.Tailwind.Compiled ? CompiledClasses.Start(options.Tailwind) : null;
        var runner = new HtmlOnlyRunner(
            options,
            source,
            new HtmlValidator(options.Validation, compiled ?? (ITailwindClasses)rules)
        );
        var outcome = await runner.RunAsync(cancellationToken);
        var rate = outcome.Written / Math.Max(outcome.Elapsed.TotalSeconds, 1e-3);
        AnsiConsole.Markup(outcome.Complete ? "[green]Done.[/] " : "[red]Stopped.[/] ");
        AnsiConsole.MarkupLineInterpolated(
            $"Wrote {outcome.Written} of {outcome.Wanted} pages to {outcome.Path} ({rate:F0} pages/s), {outcome.Rejected} rejected."
        );
        foreach (var (reason, count) in outcome.RejectedByReason)
            AnsiConsole.MarkupLineInterpolated($"  rejected [yellow]{reason}[/]: {count}");
        if (outcome.StopReason is { } stop)
            AnsiConsole.MarkupLineInterpolated($"[yellow]{stop}[/]");
        return outcome.Complete ? ExitCodes.Success : ExitCodes.Failure;
    }
}
