namespace WebSight.Core.Diversity;

/// <summary>
/// Pictures: the mean per page, the share of pages that show one URL twice or more, and (when the dataset records
/// them in <c>image_sources</c>) how many distinct source files its pages use.
/// </summary>
internal sealed record ImageFigures(double MeanPerPage, double PagesRepeatingAnImage, int? DistinctSources);
