namespace CaseArchive.Extraction;

/// <summary>Reading and extraction in one call, for the importer (<see cref="IArticleExtractor"/>).</summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public static ArticleExtractor Instance { get; } = new();

    public ExtractedArticle Extract(byte[] content, string? fileName, DateOnly? published)
    {
        var article = ArticleReader.Read(content, fileName);
        return new ExtractedArticle(article.Text, Extractor.Extract(article, published));
    }
}
