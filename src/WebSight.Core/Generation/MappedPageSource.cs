using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>
/// A source whose every page passes through <paramref name="map"/> (a Tailwind profile's head and idiom, or the
/// plain-CSS conversion); everything else about the source is the inner one's, resume hooks included.
/// <paramref name="owned"/> is disposed with it.
/// </summary>
internal sealed class MappedPageSource(
    IPageSource inner,
    Func<GeneratedPage, GeneratedPage> map,
    IDisposable? owned = null
) : IPageSource, IDisposable
{
    public string Name => inner.Name;

    public int Concurrency => inner.Concurrency;

    public long? FixedSampleCount => inner.FixedSampleCount;

    public string? Fingerprint => inner.Fingerprint;

    public bool WantsCommittedIdeas => inner.WantsCommittedIdeas;

    public void SeeCommittedIdea(long index, string idea) => inner.SeeCommittedIdea(index, idea);

    public async ValueTask<StepResult<GeneratedPage>> GenerateAsync(
        SampleSpec spec,
        CancellationToken cancellationToken
    )
    {
        var result = await inner.GenerateAsync(spec, cancellationToken);
        return result.Value is { } page ? StepResult<GeneratedPage>.Pass(map(page)) : result;
    }

    public void Dispose()
    {
        owned?.Dispose();
        (inner as IDisposable)?.Dispose();
    }
}
