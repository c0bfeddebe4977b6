using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Quality;
using WebSight.Review;

namespace WebSight.Cli.Commands;

/// <summary>`websight review`: opens the dataset, serves the review app until Ctrl+C, prints where.</summary>
internal sealed class ReviewCommand : AsyncCommand<ReviewSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        ReviewSettings settings,
        CancellationToken cancellationToken
    )
    {
        var options = settings.ToOptions();
        options.Validate();
        AnsiConsole.MarkupLineInterpolated($"Indexing {options.DatasetDirectory} ...");
        await using var server = await ReviewServer.StartAsync(
            options,
            new QualityOptions(),
            TimeProvider.System,
            System.Console.Error,
            cancellationToken
        );
        // Only string arguments are escaped as markup: the URL goes in as one, an IPv6 host has brackets.
        AnsiConsole.MarkupLineInterpolated(
            $"Reviewing {server.Index.Entries.Count:N0} samples at [link]{server.Url.AbsoluteUri}[/] (Ctrl+C to stop)."
        );
        if (!IPAddress.IsLoopback(options.BindAddress))
            AnsiConsole.MarkupLine("[yellow]Listening beyond loopback:[/] anyone who can reach this port can review.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: decisions are already saved; stop cleanly.
        }
        AnsiConsole.MarkupLine("Stopped. Decisions are saved in state/review.sqlite.");
        return ExitCodes.Success;
    }
}
