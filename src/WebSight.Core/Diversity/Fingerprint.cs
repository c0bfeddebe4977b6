using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace WebSight.Core.Diversity;

/// <summary>
/// A 64-bit fingerprint of a string, so the sets of distinct sentences and page skeletons of a large dataset stay
/// small in memory; at a million items a collision is about one in ten million.
/// </summary>
internal static class Fingerprint
{
    public static ulong Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
