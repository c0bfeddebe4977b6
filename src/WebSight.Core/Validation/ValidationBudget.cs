using System.Globalization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Validation;

/// <summary>
/// The time one page's checks may take, checked at every element the parser creates and every element a check
/// visits: whatever makes a page slow, it is refused within about this time rather than holding a worker.
/// </summary>
internal sealed class ValidationBudget(TimeSpan limit, TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();

    public void ThrowIfSpent()
    {
        if (time.GetElapsedTime(_start) > limit)
            throw new ValidationStopped(
                RejectReason.ValidationBudget,
                string.Create(CultureInfo.InvariantCulture, $"checks took longer than {limit.TotalMilliseconds:F0} ms")
            );
    }
}
