using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>A page's rows (one per viewport) the writer has taken; on disk once the writer's current part is committed.</summary>
internal sealed record BufferedRow(SampleSpec Spec, IReadOnlyList<DatasetRow> Rows) : ISampleRecord;
