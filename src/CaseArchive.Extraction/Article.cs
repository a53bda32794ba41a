namespace CaseArchive.Extraction;

/// <summary>What the article says about itself: from header lines, HTML meta tags, or nothing.</summary>
public sealed record ArticleHeader(string? Title, string? Outlet, string? Url, DateOnly? PublishedOn, string? Language)
{
    public static ArticleHeader Empty { get; } = new(null, null, null, null, null);
}

/// <summary>An article as read: its header and its main text (quotes are verbatim substrings of <see cref="Text"/>).</summary>
public sealed record Article(ArticleHeader Header, string Text);
