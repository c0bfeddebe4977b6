namespace WebSight.Core.Quality;

/// <summary>
/// What the pixels of a screenshot say: how much luma varies, how much of it one colour covers, how much differs
/// from the background, and a 64-bit perceptual hash of its top part.
/// </summary>
internal sealed record ImageMetrics(double LumaStdDev, double DominantShare, double ContentShare, ulong PerceptualHash);
