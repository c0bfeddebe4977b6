using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WebSight.Core.Input;

/// <summary>
/// What a run's input was, as one hash: every page file's path (relative to the input), size and content hash, in
/// order. Recorded in run.json, so a resume after a file was added, removed or changed is refused instead of mixing
/// two inputs (sample i is the i-th file: a new file would shift every index after it).
/// </summary>
internal static class InputFingerprint
{
    public static string Of(string root, IEnumerable<string> files)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var content = Convert.ToHexStringLower(SHA256.HashData(stream));
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetRelativePath(root, file).Replace('\\', '/')}\t{info.Length}\t{content}\n"
            );
            all.AppendData(Encoding.UTF8.GetBytes(line));
            count++;
        }
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{count} files, sha256 {Convert.ToHexStringLower(all.GetHashAndReset())}"
        );
    }
}
