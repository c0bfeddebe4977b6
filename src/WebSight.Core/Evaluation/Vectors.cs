using System.Numerics;

namespace WebSight.Core.Evaluation;

/// <summary>The few array operations the image metrics need, with <see cref="Vector{T}"/> where the CPU has it.</summary>
internal static class Vectors
{
    public static void ToUnitFloats(ReadOnlySpan<byte> source, Span<float> target)
    {
        var i = 0;
        var width = Vector<byte>.Count;
        var scale = new Vector<float>(1f / 255);
        var quarter = Vector<float>.Count;
        for (; i <= source.Length - width; i += width)
        {
            Vector.Widen(new Vector<byte>(source[i..]), out var low, out var high);
            Vector.Widen(low, out var a, out var b);
            Vector.Widen(high, out var c, out var d);
            (Vector.ConvertToSingle(a) * scale).CopyTo(target[i..]);
            (Vector.ConvertToSingle(b) * scale).CopyTo(target[(i + quarter)..]);
            (Vector.ConvertToSingle(c) * scale).CopyTo(target[(i + 2 * quarter)..]);
            (Vector.ConvertToSingle(d) * scale).CopyTo(target[(i + 3 * quarter)..]);
        }
        for (; i < source.Length; i++)
            target[i] = source[i] * (1f / 255);
    }

    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result)
    {
        var i = 0;
        var width = Vector<float>.Count;
        for (; i <= a.Length - width; i += width)
            (new Vector<float>(a[i..]) * new Vector<float>(b[i..])).CopyTo(result[i..]);
        for (; i < a.Length; i++)
            result[i] = a[i] * b[i];
    }

    public static void Add(Span<float> result, ReadOnlySpan<float> add)
    {
        var i = 0;
        var width = Vector<float>.Count;
        for (; i <= result.Length - width; i += width)
            (new Vector<float>(result[i..]) + new Vector<float>(add[i..])).CopyTo(result[i..]);
        for (; i < result.Length; i++)
            result[i] += add[i];
    }

    public static void Subtract(Span<float> result, ReadOnlySpan<float> subtract)
    {
        var i = 0;
        var width = Vector<float>.Count;
        for (; i <= result.Length - width; i += width)
            (new Vector<float>(result[i..]) - new Vector<float>(subtract[i..])).CopyTo(result[i..]);
        for (; i < result.Length; i++)
            result[i] -= subtract[i];
    }

    /// <summary>Sum of |a − b| over two byte spans of equal length.</summary>
    public static long SumAbsoluteDifference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        long total = 0;
        var i = 0;
        var width = Vector<byte>.Count;
        for (; i <= a.Length - width; i += width)
        {
            var (x, y) = (new Vector<byte>(a[i..]), new Vector<byte>(b[i..]));
            var difference = Vector.Max(x, y) - Vector.Min(x, y);
            Vector.Widen(difference, out var low, out var high);
            total += Vector.Sum(low + high);
        }
        for (; i < a.Length; i++)
            total += Math.Abs(a[i] - b[i]);
        return total;
    }
}
