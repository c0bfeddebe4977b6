namespace WebSight.Review;

/// <summary>A reviewer's verdict on one sample; <see cref="Unreviewed"/> with a note is a note without a verdict.</summary>
internal sealed record Decision(string Status, string Note, DateTimeOffset UpdatedAt)
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Unreviewed = "unreviewed";

    public static bool IsStatus(string? value) => value is Accepted or Rejected or Unreviewed;
}
