using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>A row the writer has taken; it is on disk once the writer's current part is committed.</summary>
internal sealed record BufferedRow(SampleSpec Spec, DatasetRow Row) : ISampleRecord;
