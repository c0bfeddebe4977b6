using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using WebSight.Core.Foundation;

namespace WebSight.Core.Rendering;

/// <summary>
/// A folder of the user's own photos (<c>--images DIR</c>) served in place of placeholders. Files are described by
/// a sidecar (<see cref="PhotoSidecar"/>) or, without one, by the words of their names. Everything is checked when
/// the library is opened, so a bad folder fails the run before any work, naming the flag.
/// </summary>
internal sealed class PhotoLibrary
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp"];

    private const int MaxCachedImages = 1024;

    private readonly IReadOnlyList<LibraryPhoto> _photos;
    private readonly Dictionary<LibraryPhoto, ImagePurpose?> _purposes;
    private readonly ConcurrentDictionary<(string File, int Width, int Height), byte[]?> _crops = new();

    private PhotoLibrary(string directory, IReadOnlyList<LibraryPhoto> photos)
    {
        Directory = directory;
        _photos = [.. photos.OrderBy(p => p.File, StringComparer.Ordinal)];
        _purposes = _photos.ToDictionary(
            p => p,
            p => p.Keywords.Select(PurposeWords.Of).FirstOrDefault(k => k is not null)
        );
        Fingerprint = FingerprintOf(_photos);
    }

    public string Directory { get; }

    /// <summary>A hash of the file list (names, sizes, keywords, credits): a resume with another library is refused.</summary>
    public string Fingerprint { get; }

    public IReadOnlyList<LibraryPhoto> Photos => _photos;

    public static PhotoLibrary Open(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
            throw new OptionsException(RenderOptions.ImagesFlag, $"{directory} is not a directory");
        var entries = PhotoSidecar.Read(full);
        var photos = entries is null ? FromFileNames(full) : FromSidecar(full, entries);
        if (photos.Count == 0)
            throw new OptionsException(
                RenderOptions.ImagesFlag,
                $"{directory} holds no images ({string.Join(", ", Extensions)})"
            );
        foreach (var photo in photos)
        {
            if (!PhotoCropper.CanRead(photo.Path))
                throw new OptionsException(
                    RenderOptions.ImagesFlag,
                    $"{photo.File} in {directory} is not a readable image"
                );
        }
        return new PhotoLibrary(full, photos);
    }

    /// <summary>
    /// The photo for a keyword: among the files sharing most of its words (or its purpose) that this page does not
    /// show yet, the one the keyword's hash points at; the next best matches before any repeat; all files when none
    /// matches at all.
    /// </summary>
    public LibraryPhoto Choose(string keyword, IReadOnlySet<LibraryPhoto> used)
    {
        var parsed = ImageKeyword.Parse(keyword);
        var tiers = _photos
            .GroupBy(p => p.Keywords.Count(parsed.Words.Contains) * 2 + (_purposes[p] == parsed.Purpose ? 1 : 0))
            .OrderByDescending(g => g.Key)
            .ToList();
        if (tiers[0].Key > 0)
            tiers.RemoveAll(t => t.Key == 0);
        var hash = BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(keyword)));
        foreach (var tier in tiers)
        {
            var unused = tier.Where(p => !used.Contains(p)).ToArray();
            if (unused.Length > 0)
                return unused[hash % (uint)unused.Length];
        }
        var best = tiers[0].ToArray();
        return best[hash % (uint)best.Length];
    }

    /// <summary>The photo cut to the size as a JPEG, or null when the file stopped decoding after start-up.</summary>
    public byte[]? Crop(LibraryPhoto photo, int width, int height)
    {
        if (_crops.Count >= MaxCachedImages)
            _crops.Clear();
        return _crops.GetOrAdd(
            (photo.File, width, height),
            key => PhotoCropper.Cover(photo.Path, key.Width, key.Height)
        );
    }

    private static List<LibraryPhoto> FromFileNames(string directory) =>
        [
            .. System
                .IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .Select(file => new LibraryPhoto(
                    file,
                    Path.Combine(directory, file),
                    PhotoSidecar.Words(Path.ChangeExtension(file, null).Replace('/', ' ')),
                    null,
                    null
                )),
        ];

    private static List<LibraryPhoto> FromSidecar(string directory, IReadOnlyList<PhotoSidecar.Entry> entries)
    {
        var photos = new List<LibraryPhoto>();
        foreach (var entry in entries)
        {
            var path = Path.GetFullPath(Path.Combine(directory, entry.File));
            if (
                !path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || !File.Exists(path)
            )
                throw new OptionsException(
                    RenderOptions.ImagesFlag,
                    $"the sidecar names {entry.File}, which is not a file in {directory}"
                );
            var words = entry.Keywords.Concat(PhotoSidecar.Words(Path.GetFileNameWithoutExtension(entry.File)));
            photos.Add(new(entry.File, path, [.. words.Distinct()], entry.License, entry.Author));
        }
        return photos;
    }

    private static string FingerprintOf(IReadOnlyList<LibraryPhoto> photos)
    {
        var list = new StringBuilder();
        foreach (var photo in photos)
            list.Append(
                $"{photo.File}|{new FileInfo(photo.Path).Length}|{string.Join(' ', photo.Keywords)}|{photo.License}|{photo.Author}\n"
            );
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(list.ToString())))[..16];
    }
}
