using CaseArchive.Extraction;

namespace CaseArchive.Extraction.Tests;

/// <summary>Shorthands the tests share: an article from text, extracted.</summary>
internal static class Extract
{
    public static ExtractionResult From(string text, DateOnly? published = null) =>
        Extractor.Extract(ArticleReader.Read(text), published);

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
