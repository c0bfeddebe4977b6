using System.ComponentModel;

namespace WebSight.Core.Input;

/// <summary>
/// The pages of an input directory: every regular *.html / *.htm file below it, found without following any
/// symbolic link, so nothing outside the directory is read and a linked directory cannot make a cycle. Entries that
/// look like pages but are not regular files (links, FIFOs, devices, sockets), and directories that cannot be
/// listed, are returned as skipped, with why; other files are ignored.
/// </summary>
internal static class InputDirectory
{
    public static (List<string> Files, List<SkippedEntry> Skipped) List(string root)
    {
        var files = new List<string>();
        var skipped = new List<SkippedEntry>();
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var directory))
        {
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(directory).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedEntry(Path.GetRelativePath(root, directory), SkipReason.Unreadable));
                continue;
            }
            foreach (var entry in entries)
            {
                var kind = KindOf(entry.FullName);
                if (kind == FileKind.Directory)
                    pending.Push(entry.FullName);
                else if (kind == FileKind.Regular && IsPage(entry.Name))
                    files.Add(entry.FullName);
                else if (Skip(kind, entry) is { } reason)
                    skipped.Add(new SkippedEntry(Path.GetRelativePath(root, entry.FullName), reason));
            }
        }
        files.Sort(StringComparer.Ordinal);
        skipped.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return (files, skipped);
    }

    /// <summary>Every regular *.parquet file below <paramref name="root"/>, sorted (a dataset's data/ shards); links not followed.</summary>
    public static List<string> ParquetFiles(string root) =>
        [
            .. new DirectoryInfo(root)
                .EnumerateFiles("*.parquet", new EnumerationOptions { RecurseSubdirectories = true })
                .Where(f => f.LinkTarget is null)
                .Select(f => f.FullName)
                .Order(StringComparer.Ordinal),
        ];

    public static bool IsPage(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static FileKind? KindOf(string path)
    {
        try
        {
            return UnixFile.Status(path, followLinks: false).Kind;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Why an entry that is neither a directory nor a page file is reported, or null to pass over it.</summary>
    private static SkipReason? Skip(FileKind? kind, FileSystemInfo entry) =>
        kind switch
        {
            // A link to a directory could hold pages; a link elsewhere matters only if it is named like one.
            FileKind.SymbolicLink when entry is DirectoryInfo || IsPage(entry.Name) => SkipReason.SymbolicLink,
            FileKind.Fifo when IsPage(entry.Name) => SkipReason.Fifo,
            FileKind.Device when IsPage(entry.Name) => SkipReason.Device,
            FileKind.Socket when IsPage(entry.Name) => SkipReason.Socket,
            null => SkipReason.Unreadable,
            _ => null,
        };
}
