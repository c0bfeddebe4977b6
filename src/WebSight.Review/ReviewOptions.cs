using System.Net;
using WebSight.Core.Foundation;

namespace WebSight.Review;

/// <summary>What `websight review` opens and where it listens. Loopback on a free port unless told otherwise.</summary>
internal sealed class ReviewOptions
{
    public required string DatasetDirectory { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    public void Validate()
    {
        DatasetFiles.Locate(DatasetDirectory);
        if (!IPAddress.TryParse(Host, out _) && !string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase))
            throw new OptionsException(
                "--host",
                $"'{Host}' is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface)"
            );
        if (Port is < 0 or > 65535)
            throw new OptionsException("--port", "must be between 0 (any free port) and 65535");
    }

    public IPAddress BindAddress =>
        string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.Parse(Host);
}
