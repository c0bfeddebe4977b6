using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace WebSight.Core.Foundation;

/// <summary>One sample to produce: its position in the run and the seed everything about it derives from.</summary>
internal sealed record SampleSpec(long Index, string Id, int Seed) : ISampleRecord
{
    SampleSpec ISampleRecord.Spec => this;

    /// <summary>Derives the id and seed from (run seed, index) so any shard or rerun names a sample the same way.</summary>
    public static SampleSpec For(long runSeed, long index)
    {
        Span<byte> input = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(input, runSeed);
        BinaryPrimitives.WriteInt64LittleEndian(input[8..], index);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var id = Convert.ToHexStringLower(hash[..8]);
        var seed = BinaryPrimitives.ReadInt32LittleEndian(hash[8..12]) & int.MaxValue;
        return new SampleSpec(index, id, seed);
    }

    public override string ToString() =>
        new StringBuilder().Append('#').Append(Index).Append(' ').Append(Id).ToString();
}
