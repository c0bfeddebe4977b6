namespace WebSight.Core.Rendering;

/// <summary>
/// The laid-out page as the capture shows it: every rendered element with its box, and every block of text with its
/// box and colour. Boxes are in CSS pixels of the captured image (multiply by the device scale for image pixels).
/// </summary>
internal sealed record PageLayout(IReadOnlyList<ElementBox> Elements, IReadOnlyList<TextBlock> TextBlocks);

/// <summary>
/// One rendered element: its tag, the index of its nearest rendered ancestor in the same list (-1 for the root), its
/// box, whether it paints (visible, not transparent, not empty), and the computed styles a model reads off a screenshot.
/// </summary>
internal sealed record ElementBox(
    string Tag,
    int Parent,
    float X,
    float Y,
    float Width,
    float Height,
    bool Visible,
    string Color,
    string BackgroundColor,
    float FontSize,
    int FontWeight
);

/// <summary>A run of text as laid out (all its lines), the element that holds it, and the colour it is drawn in.</summary>
internal sealed record TextBlock(string Text, int Element, float X, float Y, float Width, float Height, string Color);
