namespace WebSight.Core.Input;

/// <summary>The kinds of directory entry, as the kernel tells them apart; only a regular file is ever read.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Device,
    Socket,
    Missing,
}
