namespace WebSight.Core.Evaluation;

/// <summary>
/// The reference rows of an eval, read when a pair needs one rather than all at once: a test split's screenshots
/// can be larger than memory.
/// </summary>
internal interface IReferencePages
{
    /// <summary>The reference row with this id; the id must be one the eval was opened with.</summary>
    ValueTask<ReferencePage> GetAsync(string id, CancellationToken cancellationToken);
}
