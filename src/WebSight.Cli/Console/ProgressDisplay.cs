using Spectre.Console;
using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;

namespace WebSight.Cli.Console;

/// <summary>
/// Shows a run's progress: a live bar with rate and ETA on a terminal, plain periodic lines when output is
/// redirected (CI logs, Kubernetes, Slurm), so logs stay readable.
/// </summary>
internal sealed class ProgressDisplay(int target, RunStats stats)
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private ProgressTask? _task;

    private static bool Interactive =>
        !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public void Log(string message)
    {
        lock (_gate)
            AnsiConsole.MarkupLineInterpolated($"[grey]{message}[/]");
    }

    public async Task<RunOutcome> RunAsync(Func<Task<RunOutcome>> run)
    {
        if (!Interactive)
            return await RunWithLinesAsync(run);
        return await AnsiConsole
            .Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn()
            )
            .StartAsync(async context =>
            {
                _task = context.AddTask("Rendering", maxValue: target);
                var running = run();
                while (!running.IsCompleted)
                {
                    Update();
                    await Task.WhenAny(running, Task.Delay(250));
                }
                Update();
                return await running;
            });
    }

    private void Update()
    {
        var snapshot = stats.Snapshot();
        var done = snapshot.Accepted + snapshot.ResumedFromParts;
        _task!.Value = done;
        _task.Description =
            $"{done}/{target} rows · {snapshot.PagesPerSecond:F1} pages/s · {snapshot.Rejected} rejected{LlmUsage()}";
    }

    /// <summary>Tokens and cost so far, for LLM runs; empty otherwise.</summary>
    private string LlmUsage()
    {
        var tokens = stats.Counter("llm.total_tokens");
        if (tokens <= 0)
            return "";
        var cost = stats.Counter("llm.cost_usd");
        return cost > 0 ? $" · {tokens:N0} tokens · ${cost:F2}" : $" · {tokens:N0} tokens";
    }

    private async Task<RunOutcome> RunWithLinesAsync(Func<Task<RunOutcome>> run)
    {
        var running = run();
        while (!running.IsCompleted)
        {
            await Task.WhenAny(running, Task.Delay(LineInterval));
            if (running.IsCompleted)
                break;
            var snapshot = stats.Snapshot();
            var done = snapshot.Accepted + snapshot.ResumedFromParts;
            var eta =
                snapshot.PagesPerSecond > 0
                    ? TimeSpan.FromSeconds((target - done) / snapshot.PagesPerSecond).ToString(@"hh\:mm\:ss")
                    : "--:--:--";
            lock (_gate)
                System.Console.WriteLine(
                    $"[{stats.Elapsed:hh\\:mm\\:ss}] {done}/{target} rows, {snapshot.PagesPerSecond:F1} pages/s, "
                        + $"{snapshot.Rejected} rejected{LlmUsage()}, ETA {eta}"
                );
        }
        return await running;
    }
}
