using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WebSight.Review.Tests.Support;

/// <summary>Sends a request line exactly as written: HttpClient would normalise "../" away before it left.</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> GetAsync(
        IPEndPoint endpoint,
        string target,
        string? host = null
    )
    {
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? endpoint.ToString()}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = response.Contains("\r\n\r\n", StringComparison.Ordinal)
            ? response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]
            : "";
        return (status, body);
    }
}
