using WebSight.Core.Foundation;

namespace WebSight.Core.Validation;

/// <summary>
/// Ends a page's checks from deep inside the parser or a walk the moment the page can be refused (a limit passed,
/// the budget spent): the parser offers callbacks but no way to stop it, so an exception is what ends it.
/// </summary>
internal sealed class ValidationStopped(RejectReason reason, string detail) : Exception(detail)
{
    public RejectReason Reason { get; } = reason;
}
