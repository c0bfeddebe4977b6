using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Styling;

/// <summary>
/// A source whose Tailwind pages come out in plain CSS: <c>generate --html-only --styling css</c>, which has no
/// stage chain to put <see cref="StylingStage"/> in.
/// </summary>
internal sealed class StyledPageSource(IPageSource inner, StylingStage styling) : IPageSource, IDisposable
{
    public string Name => inner.Name;

    public int Concurrency => inner.Concurrency;

    public long? FixedSampleCount => inner.FixedSampleCount;

    public string? Fingerprint => inner.Fingerprint;

    public async ValueTask<StepResult<GeneratedPage>> GenerateAsync(
        SampleSpec spec,
        CancellationToken cancellationToken
    )
    {
        var result = await inner.GenerateAsync(spec, cancellationToken);
        return result.Value is { } page ? StepResult<GeneratedPage>.Pass(styling.Convert(page)) : result;
    }

    public void Dispose()
    {
        styling.Dispose();
        (inner as IDisposable)?.Dispose();
    }
}
