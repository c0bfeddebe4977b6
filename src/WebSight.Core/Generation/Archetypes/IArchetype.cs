using WebSight.Core.Generation.Copy;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A layout family of pages (a dashboard, a blog article, a menu): which businesses it suits and how it is built.</summary>
internal interface IArchetype
{
    /// <summary>The name <c>--archetypes</c> and the <c>archetype</c> column use.</summary>
    string Name { get; }

    /// <summary>How the idea sentence describes the page, e.g. "an admin dashboard".</summary>
    string Description { get; }

    bool Fits(CategoryTraits traits);

    /// <summary>The page's sections in order; optional ones may be dropped to keep it under the token budget.</summary>
    IReadOnlyList<Section> Compose(PageContext page);
}
