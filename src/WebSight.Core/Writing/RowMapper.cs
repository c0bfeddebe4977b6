using WebSight.Core.Foundation;
using WebSight.Core.Quality;

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
            Seed = sample.Spec.Seed,
            Index = sample.Spec.Index,
            Width = sample.Width,
            Height = sample.Height,
            PageHeight = sample.PageHeight,
            Clamped = sample.Clamped,
            VisibleWords = sample.Metrics.VisibleWords,
            CodeTokens = Foundation.CodeTokens.Count(sample.Page.Html),
            QaFlags = quality.Passed ? null : quality.FlagCodes,
            QaLumaStdDev = Math.Round(quality.Metrics.LumaStdDev, 3),
            QaDominantShare = Math.Round(quality.Metrics.DominantShare, 4),
            QaContentShare = Math.Round(quality.Metrics.ContentShare, 4),
            QaOverflowPx = sample.Probe.OverflowPixels,
            QaBrokenImages = sample.Probe.BrokenImages,
            QaTextOverflow = sample.Probe.OverflowingTextElements,
            QaImageHash = unchecked((long)quality.Metrics.ImageHash),
            QaTextHash = unchecked((long)quality.Metrics.TextHash),
        };
    }

    public static RejectRow ToRejectRow(Rejection rejection) =>
        new()
        {
            Id = rejection.Spec.Id,
            Index = rejection.Spec.Index,
            Stage = rejection.Stage,
            Reason = rejection.Reason.Code(),
            Detail = rejection.Detail,
            Text = rejection.Html,
        };
}
