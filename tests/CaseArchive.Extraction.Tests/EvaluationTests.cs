using CaseArchive.Extraction.Evaluation;

namespace CaseArchive.Extraction.Tests;

public class EvaluationTests
{
    private static readonly string ArticlesFolder = Path.Combine(AppContext.BaseDirectory, "Articles");

    // Articles written and given gold before the extractor was first run on them (docs/importer.md has the figures).
    private static readonly string HoldOutFolder = Path.Combine(AppContext.BaseDirectory, "HoldOut");

    [Fact]
    public void Should_score_at_least_0_9_on_the_test_articles()
    {
        var report = Evaluator.EvaluateDirectory(ArticlesFolder);

        Assert.True(report.Articles.Count >= 20, $"only {report.Articles.Count} articles with gold files");
        Assert.True(report.MacroF1 >= 0.9, report.ToText());
    }

    [Fact]
    public void Should_score_at_least_0_9_on_the_hold_out_articles()
    {
        var report = Evaluator.EvaluateDirectory(HoldOutFolder);

        Assert.True(report.Articles.Count >= 12, $"only {report.Articles.Count} hold-out articles with gold files");
        Assert.True(report.MacroF1 >= 0.9, report.ToText());
    }

    [Fact]
    public void Should_score_at_least_0_9_on_the_second_hold_out_articles()
    {
        var report = Evaluator.EvaluateDirectory(Path.Combine(AppContext.BaseDirectory, "HoldOut2"));

        Assert.True(report.Articles.Count >= 6, $"only {report.Articles.Count} second hold-out articles with gold files");
        Assert.True(report.MacroF1 >= 0.9, report.ToText());
    }

    [Theory]
    [InlineData("Articles")]
    [InlineData("HoldOut")]
    [InlineData("HoldOut2")]
    public void Should_quote_only_verbatim_sentences_of_the_test_articles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.txt"))
        {
            var article = ArticleReader.Read(File.ReadAllBytes(file), file);
            var result = Extractor.Extract(article);
            var quotes = result.Rulings.Select(r => r.Quote).Concat(result.DetentionClaims.Select(c => c.Quote)).Concat(result.Events.Select(e => e.Quote));
            Assert.All(quotes, q => Assert.Contains(q!, article.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Should_match_persons_by_folded_name_and_other_spellings()
    {
        var gold = ExtractionJson.Deserialize("""{"persons": [{"name": "Sairagul Sauytbay"}, {"name": "Qaisha Aqan", "otherNames": ["Kaisha Akan"]}]}""");
        var extracted = ExtractionJson.Deserialize("""{"persons": [{"name": "Sayragul Sauytbai"}, {"name": "Кайша Акан"}]}""");

        var score = Evaluator.Evaluate("x", extracted, gold).Categories.Single(c => c.Category == "persons");

        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Should_not_match_a_surname_alone_to_a_full_name()
    {
        var gold = ExtractionJson.Deserialize("""{"persons": [{"name": "Qaisha Aqan"}]}""");
        var extracted = ExtractionJson.Deserialize("""{"persons": [{"name": "Aqan"}]}""");

        var score = Evaluator.Evaluate("x", extracted, gold).Categories.Single(c => c.Category == "persons");

        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Should_score_rulings_by_person_and_outcome_and_events_by_date()
    {
        var gold = ExtractionJson.Deserialize("""
            {"persons": [{"name": "Qaisha Aqan"}],
             "rulings": [{"person": "Qaisha Aqan", "outcome": "not_deported"}],
             "events": [{"person": "Qaisha Aqan", "kind": "ruling", "date": "2019-12-23"}]}
            """);
        var extracted = ExtractionJson.Deserialize("""
            {"persons": [{"name": "Qaisha Aqan"}],
             "rulings": [{"person": "Qaisha Aqan", "outcome": "deported"}],
             "events": [{"person": "Qaisha Aqan", "kind": "ruling", "date": "2019-12"}]}
            """);

        var scores = Evaluator.Evaluate("x", extracted, gold).Categories.ToDictionary(c => c.Category);

        Assert.Equal(0.0, scores["rulings"].F1);
        Assert.Equal(0.0, scores["events"].F1);
        Assert.Equal(1.0, scores["detentionClaims"].F1);
    }

    [Fact]
    public void Should_list_each_extra_and_miss_when_asked()
    {
        var gold = ExtractionJson.Deserialize("""{"persons": [{"name": "Qaisha Aqan"}], "rulings": [{"person": "Qaisha Aqan", "outcome": "not_deported"}]}""");
        var extracted = ExtractionJson.Deserialize("""{"persons": [{"name": "Qaisha Aqan"}], "rulings": [{"person": "Qaisha Aqan", "outcome": "deported"}]}""");
        var report = new EvaluationReport([Evaluator.Evaluate("aqan", extracted, gold)]);

        var text = report.ToText(differences: true);

        Assert.Contains("rulings          + Qaisha Aqan|Deported", text, StringComparison.Ordinal);
        Assert.Contains("rulings          - Qaisha Aqan|NotDeported", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Qaisha Aqan|", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_end_the_report_with_the_macro_f1_line()
    {
        var text = Evaluator.EvaluateDirectory(ArticlesFolder).ToText();

        Assert.Matches(@"macro F1 \d\.\d\d\s*$", text);
    }
}
