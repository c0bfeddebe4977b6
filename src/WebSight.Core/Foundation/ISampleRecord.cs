namespace WebSight.Core.Foundation;

/// <summary>A record that travels between stages for one sample; the spec names the sample in a rejection.</summary>
internal interface ISampleRecord
{
    SampleSpec Spec { get; }
}
