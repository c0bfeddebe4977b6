namespace WebSight.Core.Rendering;

/// <summary>
/// The files of one page's own folder, as the <c>local</c> resource policy serves them: a URL path names a regular
/// file at or below the folder, or nothing. Chromium has already resolved <c>..</c> and backslashes in the URL; the
/// path is checked again after percent-decoding (<c>..%2f</c>), every component must be a plain directory or file
/// (no symbolic link anywhere, so none can lead out), and the resolved path must still start with the folder.
/// </summary>
internal sealed class LocalFolder
{
    /// <summary>Largest file served; a saved page's biggest assets (fonts, photos) are far smaller.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    private readonly string _root;

    public LocalFolder(string folder)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
    }

    /// <summary>The bytes of the file <paramref name="urlPath"/> names inside the folder, or null.</summary>
    public byte[]? Read(string urlPath)
    {
        if (Resolve(urlPath) is not { } path)
            return null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxFileBytes)
                return null;
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The full path inside the folder a URL path names, or null when it could name anything outside.</summary>
    public string? Resolve(string urlPath)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(urlPath);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (decoded.Contains('\\') || decoded.Contains('\0') || decoded.Contains(':'))
            return null;
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Trim() != s))
            return null;
        var candidate = _root;
        foreach (var segment in segments[..^1])
        {
            candidate = Path.Combine(candidate, segment);
            if (!Directory.Exists(candidate) || new DirectoryInfo(candidate).LinkTarget is not null)
                return null;
        }
        var full = Path.GetFullPath(Path.Combine(candidate, segments[^1]));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
