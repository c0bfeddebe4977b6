using System.Threading.RateLimiting;

namespace WebSight.Core.Llm;

/// <summary>A granted share of a window. Rate permits are not given back on dispose; they age out of the window.</summary>
internal sealed class WindowLease(SlidingWindowLimiter limiter, SlidingWindowLimiter.Grant grant) : RateLimitLease
{
    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }

    public void Correct(int actualPermits) => limiter.Correct(grant, actualPermits);
}
