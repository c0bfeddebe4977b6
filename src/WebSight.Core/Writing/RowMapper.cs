using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WebSight.Core.Foundation;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;

namespace WebSight.Core.Writing;

/// <summary>How a checked sample becomes a dataset row, and a rejection a row of rejects/: each column filled in one place.</summary>
internal static class RowMapper
{
    public static DatasetRow ToRow(CheckedSample checkedSample)
    {
        var (sample, quality) = checkedSample;
        return new()
        {
            Image = new HfImage { Bytes = sample.Image, Path = null },
            Text = sample.Page.Html,
            LlmGeneratedIdea = sample.Page.Idea,
            Id = sample.Spec.Id,
            Generator = sample.Page.Generator,
            Topic = sample.Page.Topic,
            Archetype = sample.Page.Archetype,
            Seed = sample.Spec.Seed,
            Index = sample.Spec.Index,
            Viewport = sample.ViewportName,
            Width = sample.Width,
            Height = sample.Height,
            PageHeight = sample.PageHeight,
            Clamped = sample.Clamped,
            VisibleWords = sample.Metrics.VisibleWords,
            CodeTokens = sample.Metrics.CodeTokens,
            ElementCount = sample.Metrics.Complexity.Elements,
            DomDepth = sample.Metrics.Complexity.Depth,
            DistinctTags = sample.Metrics.Complexity.DistinctTags,
            TextLength = sample.Metrics.Complexity.TextLength,
            ImageCount = sample.Metrics.Complexity.Images,
            QaFlags = quality.Passed ? null : quality.FlagCodes,
            QaLumaStdDev = Math.Round(quality.Metrics.LumaStdDev, 3),
            QaDominantShare = Math.Round(quality.Metrics.DominantShare, 4),
            QaContentShare = Math.Round(quality.Metrics.ContentShare, 4),
            QaOverflowPx = sample.Probe.OverflowPixels,
            QaBrokenImages = sample.Probe.BrokenImages,
            QaTextOverflow = sample.Probe.OverflowingTextElements,
            QaImageHash = unchecked((long)quality.Metrics.ImageHash),
            QaTextHash = unchecked((long)quality.Metrics.TextHash),
            ImageSources = sample.ImageSources is { } sources ? JsonSerializer.Serialize(sources) : null,
            LayoutElements = sample.Layout?.Elements.Select(ToRow).ToList(),
            LayoutText = sample.Layout?.TextBlocks.Select(ToRow).ToList(),
            Url = sample.Page.Url,
            ResourcesReplaced = sample.Replaced.Count,
            ResourceKinds = sample.Replaced.Kinds,
            Locale = sample.Page.Locale,
        };
    }

    /// <summary>The most of a rejected page's text a rejects/ row keeps.</summary>
    public const int RejectTextHeadBytes = 64 * 1024;

    private static LayoutElementRow ToRow(ElementBox box) =>
        new()
        {
            Tag = box.Tag,
            Parent = box.Parent,
            X = box.X,
            Y = box.Y,
            Width = box.Width,
            Height = box.Height,
            Visible = box.Visible,
            Color = box.Color,
            BackgroundColor = box.BackgroundColor,
            FontSize = box.FontSize,
            FontWeight = box.FontWeight,
        };

    private static LayoutTextRow ToRow(TextBlock block) =>
        new()
        {
            Text = block.Text,
            Element = block.Element,
            X = block.X,
            Y = block.Y,
            Width = block.Width,
            Height = block.Height,
            Color = block.Color,
        };

    public static RejectRow ToRejectRow(Rejection rejection)
    {
        var bytes = rejection.Html is null ? [] : Encoding.UTF8.GetBytes(rejection.Html);
        return new()
        {
            Id = rejection.Spec.Id,
            Index = rejection.Spec.Index,
            Stage = rejection.Stage,
            Reason = rejection.Reason.Code(),
            Detail = rejection.Detail,
            Text = rejection.Html is null ? null : Head(rejection.Html, bytes),
            TextBytes = bytes.Length,
            TextSha256 = rejection.Html is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes)),
        };
    }

    /// <summary>The text up to the head size, cut at a character boundary.</summary>
    private static string Head(string text, byte[] utf8)
    {
        if (utf8.Length <= RejectTextHeadBytes)
            return text;
        var end = RejectTextHeadBytes;
        // Back off continuation bytes (10xxxxxx) so a multi-byte character is never split.
        while (end > 0 && (utf8[end] & 0xC0) == 0x80)
            end--;
        return Encoding.UTF8.GetString(utf8, 0, end);
    }
}
