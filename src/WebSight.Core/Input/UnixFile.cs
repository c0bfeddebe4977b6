using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WebSight.Core.Input;

/// <summary>
/// What a path is, asked of the Linux kernel (statx) without opening it, and an open that cannot block. .NET calls
/// FIFOs and devices plain files, and opening a FIFO waits for a writer, so neither is enough for untrusted input.
/// The statx layout is the same on every Linux architecture (fields in the machine's byte order).
/// </summary>
internal static class UnixFile
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: the descriptor itself
    private const uint TypeInodeAndSize = 0x1 | 0x100 | 0x200; // STATX_TYPE | STATX_INO | STATX_SIZE
    private const int ReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int NoSuchFile = 2; // ENOENT

    /// <summary>The path's own status (a link is reported as a link), or a kind of Missing when it is gone.</summary>
    public static FileStatus Status(string path, bool followLinks)
    {
        var buffer = new byte[256];
        if (statx(CurrentDirectory, path, followLinks ? 0 : NoFollow, TypeInodeAndSize, buffer) == 0)
            return Parse(buffer);
        var error = Marshal.GetLastPInvokeError();
        return error == NoSuchFile ? new FileStatus(FileKind.Missing, 0, 0, 0) : throw new Win32Exception(error);
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading without waiting (a FIFO opens at once and reads nothing) and
    /// returns it with the status of what was actually opened, which the caller checks before it reads.
    /// </summary>
    public static (SafeFileHandle Handle, FileStatus Status) OpenForReading(string path)
    {
        var descriptor = open(path, ReadOnlyNonBlocking);
        if (descriptor < 0)
            throw new Win32Exception(Marshal.GetLastPInvokeError());
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var buffer = new byte[256];
        if (statx(descriptor, "", EmptyPath, TypeInodeAndSize, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw new Win32Exception(error);
        }
        return (handle, Parse(buffer));
    }

    private static FileStatus Parse(ReadOnlySpan<byte> statx)
    {
        var mode = BitConverter.ToUInt16(statx[28..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 or 0x6000 => FileKind.Device,
            _ => FileKind.Socket,
        };
        var inode = BitConverter.ToUInt64(statx[32..]);
        var size = (long)BitConverter.ToUInt64(statx[40..]);
        var device = ((ulong)BitConverter.ToUInt32(statx[136..]) << 32) | BitConverter.ToUInt32(statx[140..]);
        return new FileStatus(kind, size, device, inode);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(
        int directory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string path,
        int flags,
        uint mask,
        byte[] buffer
    );

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
