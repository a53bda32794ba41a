using CaseArchive.Extraction;
using CaseArchive.Extraction.Evaluation;

namespace CaseArchive.Extraction.Tests;

/// <summary>Shorthands the tests share: an article from text, extracted; a test article scored against its gold.</summary>
internal static class Extract
{
    public static ExtractionResult From(string text, DateOnly? published = null) =>
        Extractor.Extract(ArticleReader.Read(text), published);

    /// <summary>A test article of Articles/ (name.txt) extracted and scored against its gold (name.gold.json), by category.</summary>
    public static IReadOnlyDictionary<string, CategoryScore> ScoresOf(string article)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Articles", article);
        var gold = ExtractionJson.Deserialize(File.ReadAllText(path + ".gold.json"));
        var extracted = Extractor.Extract(ArticleReader.Read(File.ReadAllBytes(path + ".txt"), article + ".txt"));
        return Evaluator.Evaluate(article, extracted, gold).Categories.ToDictionary(c => c.Category);
    }

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
