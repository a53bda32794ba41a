using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Tests.Samples;

[Collection(DatabaseCollection.Name)]
public sealed class ZharkentSampleTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_load_the_zharkent_ruling_with_its_people_and_source()
    {
        await using var db = database.CreateContext();
        Assert.True(await ZharkentSample.LoadAsync(db));
        db.ChangeTracker.Clear();

        var ruling = await db.Rulings.Include(r => r.Person).Include(r => r.Judge).Include(r => r.Prosecutor).Include(r => r.Court)
            .SingleAsync(r => r.Person.Slug == "qaisha-aqan");
        Assert.Equal(Outcome.NotDeported, ruling.Outcome);
        Assert.Equal(Verdict.Convicted, ruling.Verdict);
        Assert.Equal((SentenceKind.Suspended, 6), (ruling.SentenceKind!.Value, ruling.SentenceMonths!.Value));
        Assert.Equal("2019-12-23", ruling.Date!.ToIsoString());
        Assert.Equal("Elmira Asubaeva", ruling.Judge!.DisplayName);
        Assert.Equal("Arzygul Imyarova", ruling.Prosecutor!.DisplayName);
        Assert.Equal("Zharkent", ruling.Court.Town);
        Assert.True(await db.Citations.AnyAsync(c => c.RulingId == ruling.Id && c.Source.Outlet == "RFE/RL"));
        Assert.Equal(6, await db.Persons.CountAsync());
        Assert.Equal(4, await db.DetentionClaims.CountAsync());
        Assert.Equal(9, await db.Events.CountAsync());
    }

    [Fact]
    public async Task Should_add_nothing_when_loaded_twice()
    {
        await using (var db = database.CreateContext())
        {
            await ZharkentSample.LoadAsync(db);
        }
        await using (var db = database.CreateContext())
        {
            Assert.False(await ZharkentSample.LoadAsync(db));
            Assert.Equal(1, await db.Sources.CountAsync());
            Assert.Equal(2, await db.Rulings.CountAsync());
        }
    }

    [Fact]
    public async Task Should_cite_every_fact_of_the_sample()
    {
        await using var db = database.CreateContext();
        await ZharkentSample.LoadAsync(db);

        var uncitedRulings = await db.Rulings.CountAsync(r => !db.Citations.Any(c => c.RulingId == r.Id));
        var uncitedClaims = await db.DetentionClaims.CountAsync(x => !db.Citations.Any(c => c.DetentionClaimId == x.Id));
        var uncitedEvents = await db.Events.CountAsync(e => !db.Citations.Any(c => c.TimelineEventId == e.Id));
        Assert.Equal((0, 0, 0), (uncitedRulings, uncitedClaims, uncitedEvents));
    }

    [SkippableFact]
    public void Should_quote_the_article_verbatim()
    {
        var article = TestDatabase.CorpusFile("zharkent-2019-12-23.txt");
        Skip.If(article is null, "../shared/corpus is not beside the repository: the real article cannot be read here.");

        var text = File.ReadAllText(article);
        Assert.All(ZharkentSample.Quotes, quote => Assert.Contains(quote, text, StringComparison.Ordinal));
    }
}
