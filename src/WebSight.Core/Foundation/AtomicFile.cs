namespace WebSight.Core.Foundation;

/// <summary>
/// Writes a file so that a reader sees the old content or the new, never a torn one: into a temporary file beside it,
/// flushed to disk, then renamed over the target. A kill leaves at most a <c>.tmp</c> that resume deletes.
/// </summary>
internal static class AtomicFile
{
    public const string TemporarySuffix = ".tmp";

    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + TemporarySuffix;
        try
        {
            await using (
                var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20)
            )
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (DiskFullException.IsDiskFull(e))
        {
            // The half-written file is useless and holds the space the user needs back.
            File.Delete(temporary);
            throw new DiskFullException(path, e);
        }
    }

    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(
            path,
            stream => stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).AsTask(),
            cancellationToken
        );

    public static void WriteText(string path, string text) =>
        WriteTextAsync(path, text, CancellationToken.None).GetAwaiter().GetResult();

    public static void WriteBytes(string path, byte[] bytes) =>
        WriteAsync(path, stream => stream.WriteAsync(bytes).AsTask(), CancellationToken.None).GetAwaiter().GetResult();
}
