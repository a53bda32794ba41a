namespace CaseArchive.Extraction;

/// <summary>
/// Article in, extraction out: persons, courts, rulings, detention claims and events, each resting
/// on a verbatim sentence. Stateless and thread-safe: every call works on its own <see cref="Analysis"/>.
/// </summary>
public static class Extractor
{
    /// <param name="published">Overrides the article header's publication date when given.</param>
    public static ExtractionResult Extract(Article article, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new Analysis(article, published).Run();
    }
}
