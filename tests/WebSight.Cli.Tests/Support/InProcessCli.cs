using Spectre.Console.Cli;

namespace WebSight.Cli.Tests.Support;

/// <summary>
/// A verb's real settings and command, driven in-process the way `websight` drives them (strict parsing,
/// [DefaultValue]s, the settings' own checks, exceptions propagated): faster than a process, and it can hand the
/// bound settings back.
/// </summary>
internal static class InProcessCli
{
    /// <summary>Binds the arguments to <typeparamref name="TSettings"/> without running any verb.</summary>
    public static TSettings Bind<TSettings>(params string[] arguments)
        where TSettings : CommandSettings
    {
        var bound = new List<TSettings>();
        Run<Capture<TSettings>>(bound, arguments);
        return Assert.Single(bound);
    }

    public static int Run<TCommand>(params string[] arguments)
        where TCommand : class, ICommand => Run<TCommand>(null, arguments);

    private static int Run<TCommand>(object? data, string[] arguments)
        where TCommand : class, ICommand
    {
        var app = new CommandApp<TCommand>();
        if (data is not null)
            app.WithData(data);
        app.Configure(config =>
        {
            config.PropagateExceptions();
            config.UseStrictParsing();
        });
        return app.Run(arguments);
    }

    private sealed class Capture<TSettings> : Command<TSettings>
        where TSettings : CommandSettings
    {
        public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
        {
            ((List<TSettings>)context.Data!).Add(settings);
            return 0;
        }
    }
}
