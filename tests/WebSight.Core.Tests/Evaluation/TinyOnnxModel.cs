using System.Text;

namespace WebSight.Core.Tests.Evaluation;

/// <summary>
/// Writes a tiny ONNX image encoder byte by byte (protobuf wire format, onnx.proto field numbers): input
/// <c>image</c> float[1, 3, side, side] → GlobalAveragePool → Flatten → <c>embedding</c> float[1, 3], the mean of each
/// normalised colour channel. Enough to load and run the real ONNX Runtime path without shipping a model.
/// </summary>
internal static class TinyOnnxModel
{
    public static byte[] Build(int side)
    {
        var pool = Message(Text(1, "image"), Text(2, "pooled"), Text(3, "pool"), Text(4, "GlobalAveragePool"));
        var flatten = Message(Text(1, "pooled"), Text(2, "embedding"), Text(3, "flatten"), Text(4, "Flatten"));
        var graph = Message(
            Field(1, pool),
            Field(1, flatten),
            Text(2, "tiny-encoder"),
            Field(11, ValueInfo("image", 1, 3, side, side)),
            Field(12, ValueInfo("embedding", 1, 3))
        );
        var opset = Message(Text(1, ""), Varint(2, 13));
        return Message(Varint(1, 8), Field(7, graph), Field(8, opset));
    }

    private static byte[] ValueInfo(string name, params long[] dimensions)
    {
        var shape = Message(dimensions.Select(d => Field(1, Message(Varint(1, d)))).ToArray());
        var tensor = Message(Varint(1, 1), Field(2, shape)); // elem_type FLOAT = 1
        return Message(Text(1, name), Field(2, Message(Field(1, tensor))));
    }

    private static byte[] Message(params byte[][] fields) => fields.SelectMany(f => f).ToArray();

    private static byte[] Text(int number, string value) => Field(number, Encoding.UTF8.GetBytes(value));

    private static byte[] Field(int number, byte[] payload) =>
        [.. Encode((ulong)(number << 3 | 2)), .. Encode((ulong)payload.Length), .. payload];

    private static byte[] Varint(int number, long value) => [.. Encode((ulong)(number << 3)), .. Encode((ulong)value)];

    private static List<byte> Encode(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var next = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(next | 0x80) : next);
        } while (value != 0);
        return bytes;
    }
}
