using WebSight.Core.Pipeline;

namespace WebSight.Core.Generation;

/// <summary>Turns a sample spec into a candidate page. Implementations are deterministic for a spec.</summary>
internal interface IPageGenerator
{
    string Name { get; }

    ValueTask<GeneratedPage> GenerateAsync(SampleSpec spec, CancellationToken cancellationToken);
}
