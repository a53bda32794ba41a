namespace CaseArchive.Core.Contract;

/// <summary>
/// The extractor as the importer sees it: a file in, its main text and the proposals out. The archive
/// depends on this, not on the extractor's project; the extractor (<c>ArticleExtractor</c>) implements it.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>Throws <see cref="ArticleFormatException"/> for input that is no article.</summary>
    ExtractedArticle Extract(byte[] content, string? fileName, DateOnly? published);
}

/// <summary>An article's main text (every quote is a verbatim substring of it) and what was extracted from it.</summary>
public sealed record ExtractedArticle(string Text, ExtractionResult Extraction);

/// <summary>The input is not an article the importer can read; the message says why in plain words.</summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException(string message) : base(message) { }

    public ArticleFormatException(string message, Exception innerException) : base(message, innerException) { }

    public ArticleFormatException() { }
}
