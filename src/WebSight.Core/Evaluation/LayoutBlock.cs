using WebSight.Core.Rendering;

namespace WebSight.Core.Evaluation;

/// <summary>
/// A block of text as the block metrics see it: its text, its box as a share of the page's width and height (so two
/// pages of different heights compare, as Design2Code's normalised boxes do), and the colour it is drawn in.
/// </summary>
internal sealed record LayoutBlock(string Text, double X, double Y, double Width, double Height, Rgb Color)
{
    // Keyed by the text it was made of: `with { Text = … }` copies this field too.
    private SortedText? _sorted;

    public double Area => Width * Height;

    public double CenterX => X + Width / 2;

    public double CenterY => Y + Height / 2;

    /// <summary>The text's characters sorted, for <see cref="TextSimilarity.UpperBound"/>.</summary>
    public char[] SortedCharacters =>
        (
            _sorted is { } sorted && ReferenceEquals(sorted.Text, Text)
                ? sorted
                : _sorted = new SortedText(Text, TextSimilarity.SortedCharacters(Text))
        ).Characters;

    private sealed record SortedText(string Text, char[] Characters);

    /// <summary>Design2Code's merge of two blocks: the texts joined by a space, the union box, the mean colour.</summary>
    public static LayoutBlock Merge(LayoutBlock first, LayoutBlock second)
    {
        var left = Math.Min(first.X, second.X);
        var top = Math.Min(first.Y, second.Y);
        var right = Math.Max(first.X + first.Width, second.X + second.Width);
        var bottom = Math.Max(first.Y + first.Height, second.Y + second.Height);
        return new LayoutBlock(
            first.Text + " " + second.Text,
            left,
            top,
            right - left,
            bottom - top,
            Rgb.Mean(first.Color, second.Color)
        );
    }

    /// <summary>
    /// The visible text blocks of a page, in document order, boxes divided by the page's size in CSS pixels. Text
    /// in an element that does not paint, with an empty box, or below the captured height is not on the screenshot
    /// and is left out. Blocks with the very same box are one block (several text nodes of one line).
    /// </summary>
    public static IReadOnlyList<LayoutBlock> FromLayout(PageLayout layout, double pageWidth, double pageHeight)
    {
        var blocks = new List<LayoutBlock>();
        var byBox = new Dictionary<(float, float, float, float), int>();
        foreach (var text in layout.TextBlocks)
        {
            var holder =
                text.Element >= 0 && text.Element < layout.Elements.Count ? layout.Elements[text.Element] : null;
            if (holder is { Visible: false } || text.Width <= 0 || text.Height <= 0 || text.Y >= pageHeight)
                continue;
            var key = (text.X, text.Y, text.Width, text.Height);
            var block = new LayoutBlock(
                text.Text,
                text.X / pageWidth,
                text.Y / pageHeight,
                text.Width / pageWidth,
                Math.Min(text.Height, pageHeight - text.Y) / pageHeight,
                Rgb.ParseCss(text.Color)
            );
            if (byBox.TryGetValue(key, out var existing))
            {
                var first = blocks[existing];
                blocks[existing] = new LayoutBlock(
                    first.Text + " " + block.Text,
                    first.X,
                    first.Y,
                    first.Width,
                    first.Height,
                    Rgb.Mean(first.Color, block.Color)
                );
            }
            else
            {
                byBox[key] = blocks.Count;
                blocks.Add(block);
            }
        }
        return blocks;
    }
}
