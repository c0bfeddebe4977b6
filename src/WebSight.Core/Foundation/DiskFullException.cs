namespace WebSight.Core.Foundation;

/// <summary>A write failed because the disk is full; the message names the file, as a reader's error would not.</summary>
internal sealed class DiskFullException(string path, Exception inner)
    : IOException(
        $"the disk is full: no space left to write {path}. Free some space (or choose another --out) and run the "
            + "same command again; committed rows are kept.",
        inner
    )
{
    private const int UnixNoSpace = 28;
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    /// <summary>Whether an exception, or one it wraps (Parquet.Net wraps the stream's), says the disk is full.</summary>
    public static bool IsDiskFull(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (
                current is IOException { HResult: UnixNoSpace or WindowsDiskFull }
                || current.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
            )
                return true;
        }
        return false;
    }
}
