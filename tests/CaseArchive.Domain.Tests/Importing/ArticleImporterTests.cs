using System.Text;
using CaseArchive.Core.Contract;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Tests.Importing;

[Collection(DatabaseCollection.Name)]
public sealed class ArticleImporterTests(TestDatabase database) : IAsyncLifetime
{
    // Articles of our own, in the genre's styles.
    private const string WireCopy = """
        title: Kazakh court spares Chinese-born woman from deportation
        outlet: Test Wire
        published: 2021-03-18

        TALDYKORGAN, Kazakhstan, March 17 (Test Wire) - A court in Taldykorgan on Wednesday gave Sayragul Sauytbay, an ethnic Kazakh who fled Xinjiang, a six-month suspended sentence for crossing the border illegally and ruled that she will not be deported to China.

        Judge Nurlan Bekov said the court took into account that her husband and children are Kazakh citizens.
        """;

    private const string SecondSpelling = """
        title: Witness tells of camps
        outlet: Test Review
        published: 2021-06-02

        Sairagul Sauytbai, the ethnic Kazakh woman who testified about Xinjiang's camps, said she had been forced to teach in a reeducation camp.
        """;

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_store_an_article_once_however_often_it_is_imported()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);

        var first = await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt");
        var second = await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire-again.txt");

        Assert.False(first.AlreadyImported);
        Assert.True(second.AlreadyImported);
        Assert.Equal(first.Import.Id, second.Import.Id);
        Assert.Equal(1, await db.Sources.CountAsync());
        Assert.Equal(1, await db.Imports.CountAsync());
        Assert.Equal(ImportStatus.Pending, (await db.Imports.SingleAsync()).Status);
        Assert.Equal(0, await db.Rulings.CountAsync());
    }

    [Fact]
    public async Task Should_turn_an_accepted_import_into_records_each_citing_its_sentence()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);
        var result = await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt");

        await importer.AcceptAsync(result.Import.Id);

        db.ChangeTracker.Clear();
        var ruling = await db.Rulings.Include(r => r.Person).Include(r => r.Court).Include(r => r.Judge).SingleAsync();
        Assert.Equal("Sayragul Sauytbay", ruling.Person.DisplayName);
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
        Assert.Equal((SentenceKind.Suspended, 6), (ruling.SentenceKind!.Value, ruling.SentenceMonths!.Value));
        Assert.Equal("Taldykorgan", ruling.Court.Town);
        Assert.Equal("Nurlan Bekov", ruling.Judge?.DisplayName);
        Assert.Equal("2021-03-17", ruling.Date?.ToIsoString());
        var source = await db.Sources.SingleAsync();
        var quotes = await db.Citations.Where(c => c.RulingId == ruling.Id).Select(c => c.Quote).ToListAsync();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.Contains(quote, source.Text, StringComparison.Ordinal));
        Assert.Equal(ImportStatus.Accepted, (await db.Imports.SingleAsync()).Status);
    }

    [Fact]
    public async Task Should_store_the_extractors_charges_as_the_lists_codes_and_keep_one_it_lacks()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, new ChargesSaid(["Inciting ethnic discord", "smuggling of goods", "illegal_border_crossing"]));
        await importer.AcceptAsync((await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt")).Import.Id);

        db.ChangeTracker.Clear();
        var ruling = await db.Rulings.Include(r => r.Case).SingleAsync();
        Assert.Equal(["inciting_discord", "smuggling of goods", "illegal_border_crossing"], ruling.Charges);
        Assert.Equal(ruling.Charges, ruling.Case.Charges);
    }

    /// <summary>The extractor's proposal with its rulings' charges worded as given.</summary>
    private sealed class ChargesSaid(IReadOnlyList<string> charges) : CaseArchive.Core.Contract.IArticleExtractor
    {
        public ExtractedArticle Extract(byte[] content, string? fileName, DateOnly? published)
        {
            var article = ArticleExtractor.Instance.Extract(content, fileName, published);
            return article with { Extraction = article.Extraction with { Rulings = [.. article.Extraction.Rulings.Select(r => r with { Charges = charges })] } };
        }
    }

    [Theory]
    [InlineData("China", "China")]
    [InlineData("КНР", "China")]
    [InlineData("Kazakhstan", null)]
    public async Task Should_fill_the_country_fled_from_a_citizenship_the_article_states_when_another_countrys_court_hears_them(string citizenship, string? origin)
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, new CitizenOf(citizenship));
        await importer.AcceptAsync((await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt")).Import.Id);

        db.ChangeTracker.Clear();
        var ruling = await db.Rulings.Include(r => r.Person).Include(r => r.Court).SingleAsync();
        Assert.Equal("Kazakhstan", ruling.Court.Country);
        Assert.Equal(origin, ruling.Person.OriginCountry);
    }

    /// <summary>The extractor's proposal with the ruling's person a citizen of the given country.</summary>
    private sealed class CitizenOf(string citizenship) : CaseArchive.Core.Contract.IArticleExtractor
    {
        public ExtractedArticle Extract(byte[] content, string? fileName, DateOnly? published)
        {
            var article = ArticleExtractor.Instance.Extract(content, fileName, published);
            var defendant = article.Extraction.Rulings[0].Person;
            return article with { Extraction = article.Extraction with { Persons = [.. article.Extraction.Persons.Select(p => p.Name == defendant ? p with { Citizenship = citizenship } : p)] } };
        }
    }

    [Fact]
    public async Task Should_keep_one_person_across_two_articles_and_two_spellings()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);
        await importer.AcceptAsync((await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt")).Import.Id);

        var second = await importer.ImportAsync(Encoding.UTF8.GetBytes(SecondSpelling), "review.txt");
        await importer.AcceptAsync(second.Import.Id);

        db.ChangeTracker.Clear();
        var person = await db.Persons.Include(p => p.Names).SingleAsync(p => p.FoldedName == "sairagul sauitbai");
        Assert.Contains(person.Names, n => n.Name == "Sairagul Sauytbai");
        Assert.Equal(1, await db.Persons.CountAsync(p => p.FoldedName == "sairagul sauitbai"));
        var match = await db.ImportMatches.SingleAsync(m => m.ArticleImportId == second.Import.Id && m.Kind == MatchKind.Person);
        Assert.Equal(person.Id, match.PersonId);
        Assert.Contains("spelled another way", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_write_nothing_for_input_that_is_no_article()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);

        await Assert.ThrowsAsync<ArticleFormatException>(() => importer.ImportAsync([], "empty.txt"));
        await Assert.ThrowsAsync<ArticleFormatException>(() => importer.ImportAsync([0xff, 0xfe, 0x00, 0x41], "binary.txt"));

        Assert.Equal((0, 0), (await db.Sources.CountAsync(), await db.Imports.CountAsync()));
    }

    [Fact]
    public async Task Should_write_nothing_when_an_acceptance_fails_part_way()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);
        var result = await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt");
        // A proposal the database refuses (a name longer than a name may be) after others were added.
        var tooLong = string.Join(" ", Enumerable.Repeat("Verylongname", 30));
        await db.Imports.Where(i => i.Id == result.Import.Id).ExecuteUpdateAsync(set => set.SetProperty(i => i.ExtractionJson,
            $$"""{"persons":[{"name":"Aigerim Sadykova"},{"name":"{{tooLong}}"}],"rulings":[{"person":"{{tooLong}}","city":"Almaty","country":"Kazakhstan","outcome":"deported"}]}"""));

        await Assert.ThrowsAnyAsync<Exception>(() => importer.AcceptAsync(result.Import.Id));

        db.ChangeTracker.Clear();
        Assert.Equal((0, 0, 0, 0), (await db.Persons.CountAsync(), await db.Courts.CountAsync(), await db.Rulings.CountAsync(), await db.Citations.CountAsync()));
        Assert.Equal(ImportStatus.Pending, (await db.Imports.SingleAsync()).Status);
    }

    [SkippableFact]
    public async Task Should_import_the_real_zharkent_article_once_with_its_ruling()
    {
        var path = TestDatabase.CorpusFile("zharkent-2019-12-23.txt");
        Skip.If(path is null, "../shared/corpus is not beside the repository: the real article cannot be read here.");
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);
        var bytes = await File.ReadAllBytesAsync(path);

        var result = await importer.ImportAsync(bytes, "zharkent-2019-12-23.txt");
        await importer.AcceptAsync(result.Import.Id);
        Assert.True((await importer.ImportAsync(bytes, "zharkent-2019-12-23.txt")).AlreadyImported);

        db.ChangeTracker.Clear();
        var ruling = await db.Rulings.Include(r => r.Person).Include(r => r.Judge).Include(r => r.Prosecutor).SingleAsync(r => r.Person.DisplayName == "Qaisha Aqan");
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
        Assert.Equal("Elmira Asubaeva", ruling.Judge?.DisplayName);
        Assert.Equal("Arzygul Imyarova", ruling.Prosecutor?.DisplayName);
        Assert.Equal(1, await db.Sources.CountAsync());
        Assert.Equal(6, await db.Persons.CountAsync());
        Assert.Equal(4, await db.DetentionClaims.CountAsync());
    }

    [Fact]
    public async Task Should_accept_only_what_a_review_kept_as_the_editor_corrected_it()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);
        var import = (await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt")).Import;
        var proposal = ArticleImporter.ReviewOf(import).Kept;
        var ruling = proposal.Rulings.Single();
        var kept = proposal with
        {
            Rulings = [ruling with { Sentence = ruling.Sentence! with { Months = 12 } }],
            Events = [],
        };
        var rejected = new ExtractionResult(proposal.Source, [], [], [], [], proposal.Events);
        import.SaveReview(new ImportReview(kept, rejected, []).ToJson());
        await db.SaveChangesAsync();

        await importer.AcceptAsync(import.Id);

        var accepted = await db.Rulings.SingleAsync();
        Assert.Equal(12, accepted.SentenceMonths);
        Assert.Equal(0, await db.Events.CountAsync());
        // The extractor's own proposal is kept as it was, beside the review.
        Assert.Equal(6, ExtractionJson.Deserialize((await db.Imports.AsNoTracking().SingleAsync()).ExtractionJson).Rulings.Single().Sentence!.Months);
    }

    [Fact]
    public async Task Should_make_a_new_person_where_the_review_says_the_match_is_someone_else()
    {
        await using var db = database.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);
        await importer.AcceptAsync((await importer.ImportAsync(Encoding.UTF8.GetBytes(WireCopy), "wire.txt")).Import.Id);
        var second = (await importer.ImportAsync(Encoding.UTF8.GetBytes(SecondSpelling), "review.txt")).Import;
        var review = ImportReview.KeepingAll(ArticleImporter.ReviewOf(second).Kept);
        second.SaveReview((review with { NewPersons = ["Sairagul Sauytbai"] }).ToJson());
        await db.SaveChangesAsync();

        await importer.AcceptAsync(second.Id);

        Assert.Equal(2, await db.Persons.CountAsync(p => p.FoldedName == "sairagul sauitbai" || p.Names.Any(n => n.FoldedName == "sairagul sauitbai")));
    }

    [Fact]
    public void Should_read_back_a_review_as_it_was_written()
    {
        var proposal = Extractor.Extract(ArticleReader.Read(WireCopy));
        var review = new ImportReview(proposal with { Events = [] }, new ExtractionResult(proposal.Source, [], [], [], [], proposal.Events), ["Sayragul Sauytbay"], ["Nurlan Bekov"]);

        var read = ImportReview.FromJson(review.ToJson());

        Assert.Equal(ExtractionJson.Serialize(review.Kept), ExtractionJson.Serialize(read.Kept));
        Assert.Equal(ExtractionJson.Serialize(review.Rejected), ExtractionJson.Serialize(read.Rejected));
        Assert.True(read.IsNewPerson("Sairagul Sauytbai"));
        Assert.True(read.IsWithheld("Nurlan Bekov"));
        Assert.False(read.IsWithheld("Sairagul Sauytbai"));
    }
}
