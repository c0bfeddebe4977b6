using System.Buffers.Binary;

namespace WebSight.Core.Rendering;

/// <summary>Reads pixel dimensions from a PNG or JPEG header without decoding the image.</summary>
internal static class ImageHeader
{
    public static (int Width, int Height) Read(ReadOnlySpan<byte> image)
    {
        if (image.Length > 24 && image[..8].SequenceEqual<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return (BinaryPrimitives.ReadInt32BigEndian(image[16..]), BinaryPrimitives.ReadInt32BigEndian(image[20..]));
        if (image.Length > 4 && image[0] == 0xFF && image[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < image.Length)
            {
                if (image[i] != 0xFF)
                {
                    i++;
                    continue;
                }
                var marker = image[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(image[(i + 2)..]);
                // Start-of-frame markers carry the size; C4, C8 and CC are other segments in that range.
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                    return (
                        BinaryPrimitives.ReadUInt16BigEndian(image[(i + 7)..]),
                        BinaryPrimitives.ReadUInt16BigEndian(image[(i + 5)..])
                    );
                i += 2 + length;
            }
        }
        throw new InvalidDataException("The screenshot is neither a PNG nor a JPEG with a frame header.");
    }
}
