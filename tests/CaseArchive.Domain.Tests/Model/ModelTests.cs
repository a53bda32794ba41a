using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Tests.Model;

[Collection(DatabaseCollection.Name)]
public sealed class ModelTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_store_a_ruling_with_its_partial_date_and_read_it_back()
    {
        int id;
        await using (var db = database.CreateContext())
        {
            var (ruling, _) = NewRuling(db, "Erlan Test", PartialDate.OfMonth(2018, 8, inferred: true));
            ruling.SetSentence(SentenceKind.Suspended, 6);
            await db.SaveChangesAsync();
            id = ruling.Id;
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Rulings.SingleAsync(r => r.Id == id);
            Assert.Equal(PartialDate.OfMonth(2018, 8, inferred: true), stored.Date);
            Assert.Equal(DatePrecision.Month, stored.Date!.Precision);
            Assert.True(stored.Date.Inferred);
            Assert.Equal(SentenceKind.Suspended, stored.SentenceKind);
            Assert.Equal(6, stored.SentenceMonths);
        }
    }

    [Fact]
    public async Task Should_keep_an_undated_ruling_undated()
    {
        await using var db = database.CreateContext();
        var (ruling, _) = NewRuling(db, "Undated Person", null);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stored = await db.Rulings.SingleAsync(r => r.Id == ruling.Id);
        Assert.Null(stored.Date);
    }

    [Fact]
    public async Task Should_store_vocabularies_as_readable_text()
    {
        await using var db = database.CreateContext();
        var (ruling, person) = NewRuling(db, "Text Stored", PartialDate.OfYear(2020));
        ruling.Verdict = Verdict.Convicted;
        person.Pseudonymise("Witness A");
        await db.SaveChangesAsync();

        var outcome = await db.Database.SqlQuery<string>($"SELECT outcome AS \"Value\" FROM rulings WHERE id = {ruling.Id}").SingleAsync();
        var visibility = await db.Database.SqlQuery<string>($"SELECT visibility AS \"Value\" FROM persons WHERE id = {person.Id}").SingleAsync();
        Assert.Equal("extradition_refused", outcome);
        Assert.Equal("pseudonymised", visibility);
    }

    [Fact]
    public async Task Should_store_each_name_folded_for_matching()
    {
        await using var db = database.CreateContext();
        var person = new Person("Sairagul Sauytbay", "sairagul-sauytbay");
        person.AddName("Сайрагүл Сауытбай");
        db.Persons.Add(person);
        await db.SaveChangesAsync();

        var folded = await db.PersonNames.Where(n => n.PersonId == person.Id).Select(n => n.FoldedName).SingleAsync();
        Assert.Equal(person.FoldedName, folded);
    }

    [Fact]
    public async Task Should_refuse_a_citation_that_supports_no_fact()
    {
        await using var db = database.CreateContext();
        var source = new Source("An article", "Some text.");
        source.Citations.Add(new Citation { Source = source, Quote = "Some text." });
        db.Sources.Add(source);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("ck_citations_one_subject", error.GetBaseException().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_withheld_persons_out_of_public_queries()
    {
        await using var db = database.CreateContext();
        var (hiddenRuling, hidden) = NewRuling(db, "Hidden Person", PartialDate.OfYear(2019));
        hidden.Withhold();
        var (shownRuling, shown) = NewRuling(db, "Shown Person", PartialDate.OfYear(2019));
        // Both sourced, so only the person's visibility tells them apart (nothing unsourced is public).
        var source = new Source("Two extradition rulings", "Both were heard.") { Outlet = "Example News" };
        db.Citations.Add(new Citation { Source = source, Quote = "Both were heard.", Ruling = hiddenRuling });
        db.Citations.Add(new Citation { Source = source, Quote = "Both were heard.", Ruling = shownRuling });
        await db.SaveChangesAsync();

        Assert.Equal([shown.Id], await db.Persons.VisibleToPublic().Select(p => p.Id).ToListAsync());
        Assert.Equal([shown.Id], await db.Rulings.VisibleToPublic().Select(r => r.PersonId).ToListAsync());
    }

    [Fact]
    public void Should_not_accept_a_sentence_length_without_its_kind()
    {
        var ruling = new Ruling(new Case("c", CaseKind.CriminalTrial), new Court("c", "c", "Kazakhstan"), new Person("A B", "a-b"), Outcome.Unknown);

        Assert.Throws<ArgumentException>(() => ruling.SetSentence(null, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => ruling.SetSentence(SentenceKind.Prison, 0));
        Assert.Throws<ArgumentException>(() => ruling.SetSentence(SentenceKind.Prison, 12, "25,000 tenge"));
    }

    [Fact]
    public void Should_ask_for_a_reason_when_a_claim_is_disputed()
    {
        var claim = new DetentionClaim(new Person("A B", "a-b"), ClaimKind.Detained);

        Assert.Throws<ArgumentException>(() => claim.SetStatus(VerificationStatus.Disputed, " "));
        claim.SetStatus(VerificationStatus.Corroborated, "Named in leaked camp records.");
        Assert.Equal(VerificationStatus.Corroborated, claim.Status);
    }

    private static (Ruling Ruling, Person Person) NewRuling(ArchiveDbContext db, string name, PartialDate? date)
    {
        var person = new Person(name, Slugs.From(name));
        var court = new Court($"Court for {name}", Slugs.From($"court {name}"), "Kazakhstan");
        var @case = new Case($"{name}: extradition", CaseKind.Extradition) { Court = court };
        var ruling = new Ruling(@case, court, person, Outcome.ExtraditionRefused) { Date = date };
        db.Rulings.Add(ruling);
        return (ruling, person);
    }
}
