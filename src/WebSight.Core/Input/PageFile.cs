using System.ComponentModel;
using WebSight.Core.Foundation;

namespace WebSight.Core.Input;

/// <summary>
/// Reads one listed page file, at most a bounded number of bytes, and only if it is still the regular file it was:
/// the check before the open keeps FIFOs and devices closed, the open cannot block, and the check after it catches
/// an entry swapped for a link, a FIFO or another file in between.
/// </summary>
internal static class PageFile
{
    public static async Task<StepResult<byte[]>> ReadAsync(
        string path,
        string name,
        long maxBytes,
        bool followLinks,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var listed = UnixFile.Status(path, followLinks);
            if (listed.Kind != FileKind.Regular)
                return Unreadable($"{name} is no longer a regular file ({listed.Kind})");
            if (listed.Size > maxBytes)
                return TooLarge(name, $"{listed.Size} bytes", maxBytes);
            var (handle, opened) = UnixFile.OpenForReading(path);
            using (handle)
            {
                if (opened.Kind != FileKind.Regular || !opened.SameFileAs(listed))
                    return Unreadable($"{name} was replaced while it was being opened");
                await using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                var bytes = await ReadAtMostAsync(stream, maxBytes + 1, cancellationToken);
                // It grew after it was measured: still refused without reading it all.
                return bytes.Length > maxBytes
                    ? TooLarge(name, "more than that", maxBytes)
                    : StepResult<byte[]>.Pass(bytes);
            }
        }
        catch (Exception e) when (e is Win32Exception or IOException or UnauthorizedAccessException)
        {
            return Unreadable($"{name} could not be read: {e.Message}");
        }
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while (
            content.Length < limit
            && (
                read = await stream.ReadAsync(
                    buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - content.Length)),
                    cancellationToken
                )
            ) > 0
        )
            content.Write(buffer, 0, read);
        return content.ToArray();
    }

    private static StepResult<byte[]> TooLarge(string name, string size, long maxBytes) =>
        StepResult<byte[]>.Refuse(
            new Refusal(RejectReason.TooLarge, $"{name}: {size}, limit {maxBytes} bytes; not read", null, "input")
        );

    private static StepResult<byte[]> Unreadable(string detail) =>
        StepResult<byte[]>.Refuse(new Refusal(RejectReason.InputUnreadable, detail, null, "input"));
}
