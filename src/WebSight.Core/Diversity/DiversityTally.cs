using WebSight.Core.Setup;

namespace WebSight.Core.Diversity;

/// <summary>The measures of a dataset, added page by page (not thread-safe: pages are analysed in parallel, added in order).</summary>
internal sealed class DiversityTally
{
    private readonly Dictionary<string, int> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _archetypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bodyBackgrounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _accents = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _sectionSkeletons = [];
    private readonly HashSet<ulong> _pageSkeletons = [];
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bodyClasses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _imageSources = new(StringComparer.Ordinal);
    private readonly List<int> _pageHeights = [];
    private readonly List<int> _codeTokens = [];
    private int _pages;
    private int _sections;
    private int _sentences;
    private int _images;
    private int _pagesRepeatingAnImage;
    private bool _recordsImageSources;

    /// <summary>Fingerprints of the distinct sentences, for the overlap with another dataset.</summary>
    public HashSet<ulong> SentenceFingerprints { get; } = [];

    public void Add(PageShape page)
    {
        _pages++;
        Count(_topics, page.Topic ?? "(none)");
        if (page.Archetype is { } archetype)
            Count(_archetypes, archetype);
        Count(_languages, page.Language);
        Count(_bodyBackgrounds, page.BodyBackground);
        Count(_accents, page.AccentFamily);
        _sections += page.SectionSkeletons.Count;
        foreach (var section in page.SectionSkeletons)
            _sectionSkeletons.Add(Fingerprint.Of(section));
        _pageSkeletons.Add(Fingerprint.Of(page.DomSkeleton));
        _classes.UnionWith(page.Classes);
        _bodyClasses.Add(page.BodyClasses);
        _sentences += page.Sentences.Count;
        foreach (var sentence in page.Sentences)
            SentenceFingerprints.Add(Fingerprint.Of(sentence));
        _images += page.Images;
        if (page.RepeatsAnImage)
            _pagesRepeatingAnImage++;
        _recordsImageSources |= page.ImageSources.Count > 0;
        _imageSources.UnionWith(page.ImageSources);
        if (page.PageHeight is { } height)
            _pageHeights.Add(height);
        _codeTokens.Add(page.CodeTokens);
    }

    /// <summary>How many of this dataset's distinct sentences <paramref name="other"/> holds too.</summary>
    public SentenceOverlap OverlapWith(DiversityTally other, string otherName)
    {
        var found = SentenceFingerprints.Count(other.SentenceFingerprints.Contains);
        return new SentenceOverlap(otherName, found, Fraction(found, SentenceFingerprints.Count));
    }

    public DiversityReport ToReport(DatasetSource source, TailwindRules stylesheet, SentenceOverlap? against)
    {
        var defined = _classes.Count(stylesheet.Contains);
        return new DiversityReport(
            Dataset: source.Root,
            Source: source.Kind,
            Pages: _pages,
            Archetypes: _archetypes.Count == 0 ? null : Share.Of(_archetypes, _pages),
            Topics: Share.Of(_topics, _pages),
            Skeletons: new SkeletonFigures(_sections, _sectionSkeletons.Count, _pageSkeletons.Count),
            Classes: new ClassFigures(
                _classes.Count,
                defined,
                stylesheet.ClassCount,
                Fraction(defined, stylesheet.ClassCount)
            ),
            Sentences: new SentenceFigures(
                Diversity.Sentences.MinWords,
                _sentences,
                SentenceFingerprints.Count,
                Fraction(SentenceFingerprints.Count, _sentences),
                against
            ),
            Colours: new ColourFigures(
                _bodyClasses.Count,
                Share.Of(_bodyBackgrounds, _pages),
                Share.Of(_accents, _pages)
            ),
            PageHeight: Distribution.Of(_pageHeights),
            CodeTokens: Distribution.Of(_codeTokens),
            Images: new ImageFigures(
                Fraction(_images, _pages),
                Fraction(_pagesRepeatingAnImage, _pages),
                _recordsImageSources ? _imageSources.Count : null
            ),
            Languages: Share.Of(_languages, _pages)
        );
    }

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static double Fraction(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
