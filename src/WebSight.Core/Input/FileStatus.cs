namespace WebSight.Core.Input;

/// <summary>What <see cref="UnixFile"/> learnt of a path: its kind, size, and identity (device and inode).</summary>
internal readonly record struct FileStatus(FileKind Kind, long Size, ulong Device, ulong Inode)
{
    /// <summary>The same file as <paramref name="other"/>, not another one put in its place since.</summary>
    public bool SameFileAs(FileStatus other) => Device == other.Device && Inode == other.Inode;
}
