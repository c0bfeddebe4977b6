using System.Net;
using WebSight.Core.Foundation;

namespace WebSight.Review;

/// <summary>
/// What `websight review` opens and where it listens. Loopback on a free port unless told otherwise. Each setting's
/// flag and default are declared here once; the CLI and the messages use them.
/// </summary>
internal sealed class ReviewOptions
{
    public const string HostFlag = "--host";
    public const string DefaultHost = "127.0.0.1";

    public const string PortFlag = "--port";

    /// <summary>0 picks a free port.</summary>
    public const int DefaultPort = 0;

    public required string DatasetDirectory { get; init; }

    public string Host { get; init; } = DefaultHost;

    public int Port { get; init; } = DefaultPort;

    public void Validate()
    {
        DatasetFiles.Locate(DatasetDirectory);
        if (!IPAddress.TryParse(Host, out _) && !string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase))
            throw new OptionsException(
                HostFlag,
                $"'{Host}' is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface)"
            );
        if (Port is < 0 or > 65535)
            throw new OptionsException(PortFlag, "must be between 0 (any free port) and 65535");
    }

    public IPAddress BindAddress =>
        string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.Parse(Host);
}
