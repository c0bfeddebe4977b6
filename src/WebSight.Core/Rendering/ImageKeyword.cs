namespace WebSight.Core.Rendering;

/// <summary>
/// An image keyword read as <c>purpose,subject,variant</c> (<c>portrait,chef,3</c>). A keyword whose first word is
/// no purpose is read through <see cref="PurposeWords"/> (<c>coffee</c> is food), and anything else is a landscape.
/// </summary>
internal readonly record struct ImageKeyword(ImagePurpose Purpose, string Subject, IReadOnlyList<string> Words)
{
    private static readonly char[] Separators = [',', ' ', '-', '_', '+', '/'];

    public static ImageKeyword Parse(string keyword)
    {
        var parts = keyword.ToLowerInvariant().Split(',', StringSplitOptions.TrimEntries);
        var words = keyword
            .ToLowerInvariant()
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.All(char.IsAsciiDigit))
            .ToArray();
        if (Enum.TryParse<ImagePurpose>(parts[0], ignoreCase: true, out var named) && !parts[0].All(char.IsAsciiDigit))
            return new(named, parts.Length > 1 ? parts[1] : "", words);
        foreach (var word in words)
        {
            if (PurposeWords.Of(word) is { } purpose)
                return new(purpose, word, words);
        }
        return new(ImagePurpose.Landscape, words.FirstOrDefault() ?? "", words);
    }

    /// <summary>The first of <paramref name="kinds"/> any word of the keyword names, or null.</summary>
    public T? KindNamed<T>(IReadOnlyDictionary<string, T> kinds)
        where T : struct
    {
        if (kinds.TryGetValue(Subject, out var bySubject))
            return bySubject;
        foreach (var word in Words)
        {
            if (kinds.TryGetValue(word, out var kind))
                return kind;
        }
        return null;
    }
}
