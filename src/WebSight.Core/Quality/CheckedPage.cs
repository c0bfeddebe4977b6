using WebSight.Core.Foundation;

namespace WebSight.Core.Quality;

/// <summary>A page whose every viewport render passed the quality stage (or was kept with its flags), in viewport order.</summary>
internal sealed record CheckedPage(IReadOnlyList<CheckedSample> Views) : ISampleRecord
{
    public SampleSpec Spec => Views[0].Spec;
}
