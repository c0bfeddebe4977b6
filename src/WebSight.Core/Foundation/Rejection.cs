namespace WebSight.Core.Foundation;

/// <summary>A sample dropped at some stage, with the evidence a reviewer needs.</summary>
internal sealed record Rejection(SampleSpec Spec, string Stage, RejectReason Reason, string Detail, string? Html);
