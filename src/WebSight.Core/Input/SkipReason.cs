namespace WebSight.Core.Input;

/// <summary>Why an entry of an input directory that looked like a page was not read.</summary>
internal enum SkipReason
{
    SymbolicLink,
    Fifo,
    Device,
    Socket,
    Unreadable,
}

internal static class SkipReasonTexts
{
    /// <summary>The snake_case code stats carry.</summary>
    public static string Code(this SkipReason reason) =>
        reason switch
        {
            SkipReason.SymbolicLink => "symbolic_link",
            SkipReason.Fifo => "fifo",
            SkipReason.Device => "device",
            SkipReason.Socket => "socket",
            SkipReason.Unreadable => "unreadable",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
        };

    /// <summary>What was skipped, in the plural, and why, for a log line.</summary>
    public static string Describe(this SkipReason reason) =>
        reason switch
        {
            SkipReason.SymbolicLink => "symbolic links (never followed, so nothing outside the input is read)",
            SkipReason.Fifo => "FIFOs (never opened)",
            SkipReason.Device => "devices (never opened)",
            SkipReason.Socket => "sockets (never opened)",
            SkipReason.Unreadable => "entries that could not be read",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
        };
}
