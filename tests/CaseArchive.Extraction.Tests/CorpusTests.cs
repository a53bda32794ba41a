using CaseArchive.Extraction.Evaluation;

namespace CaseArchive.Extraction.Tests;

/// <summary>
/// The shared corpus lives outside the repository: in a folder holding shared/corpus above the test's
/// base directory, or in shared/corpus beside the repository root (CI clones the repository elsewhere
/// with a copy of shared/ beside it). Absent, the tests skip.
/// </summary>
public class CorpusTests
{
    private static readonly string? Corpus = FindCorpus();

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var here = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(here))
            {
                return here;
            }
            if (File.Exists(Path.Combine(dir.FullName, "CaseArchive.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(beside) ? beside : null;
            }
        }
        return null;
    }

    private static ExtractionResult ExtractFile(string name) =>
        Extractor.Extract(ArticleReader.Read(File.ReadAllBytes(Path.Combine(Corpus!, name)), name));

    [SkippableFact]
    public void Should_extract_the_zharkent_article_exactly()
    {
        Skip.If(Corpus is null, "shared/corpus not found above the test folder or beside the repository");
        var gold = ExtractionJson.Deserialize(File.ReadAllText(Path.Combine(Corpus!, "zharkent-2019-12-23.gold.json")));

        var evaluation = Evaluator.Evaluate("zharkent", ExtractFile("zharkent-2019-12-23.txt"), gold);

        Assert.All(evaluation.Categories, c => Assert.True(c.F1 == 1.0, $"{c.Category}: tp {c.TruePositives} fp {c.FalsePositives} fn {c.FalseNegatives}"));
        Assert.Equal(1.0, evaluation.MacroF1);
    }

    [SkippableFact]
    public void Should_quote_the_zharkent_article_verbatim()
    {
        Skip.If(Corpus is null, "shared/corpus not found");
        var original = File.ReadAllText(Path.Combine(Corpus!, "zharkent-2019-12-23.txt"));
        var result = ExtractFile("zharkent-2019-12-23.txt");

        var quotes = result.Rulings.Select(r => r.Quote).Concat(result.DetentionClaims.Select(c => c.Quote)).Concat(result.Events.Select(e => e.Quote)).ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q!, original, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Should_find_the_same_facts_without_header_and_date_only_what_the_text_gives()
    {
        Skip.If(Corpus is null, "shared/corpus not found");
        var gold = ExtractionJson.Deserialize(File.ReadAllText(Path.Combine(Corpus!, "zharkent-2019-12-23.gold.json")));
        var raw = ExtractFile("zharkent-raw.txt");

        var scores = Evaluator.Evaluate("raw", raw, gold).Categories.ToDictionary(c => c.Category);
        Assert.Equal(1.0, scores["persons"].F1);
        Assert.Equal(1.0, scores["rulings"].F1);
        Assert.Equal(1.0, scores["detentionClaims"].F1);

        Assert.Null(raw.Source.PublishedOn);
        // "December 23", "in November", "In October": no year in the text and no publication date to resolve them.
        Assert.Null(raw.Rulings.Single(r => r.Person == "Qaisha Aqan").Date);
        Assert.Null(raw.Events.Single(e => e.Kind == EventKind.TrialOpened).Date);
        Assert.All(raw.Events.Where(e => e.Kind == EventKind.Arrest), e => Assert.Null(e.Date));
        // Dates the text states stay: "in May 2018", "In August 2018", and "in April" after "In August 2018".
        Assert.Equal("2018-05", raw.Events.Single(e => e.Kind == EventKind.BorderCrossing).Date!.ToIsoString());
        Assert.Equal("2018-08", raw.Rulings.Single(r => r.Person == "Sairagul Sauytbay").Date!.ToIsoString());
        Assert.Equal("2018-04", raw.Events.Single(e => e.Kind == EventKind.Fled).Date!.ToIsoString());
        Assert.Equal(gold.Events.Count, raw.Events.Count);
    }
}
