using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>
/// A search reads each match's facts and document from ruling_search_facts, which the database's
/// triggers keep equal to the ruling, its person, its court and the person's claims: every kind of
/// edit an editor makes must leave them equal to what the view ruling_search_facts_source and the
/// function ruling_search_document compute, and a ruling whose person is withheld, or that is
/// deleted, must leave every search at once.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SearchFactsTests(ArchiveFactory factory) : IAsyncLifetime
{
    private int _ruling;
    private int _person;
    private int _court;

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        Ruling ruling = null!;
        await factory.ChangeAsync(async db => ruling = await Samples.AddRulingAsync(db, "Nurbol Faktuly", Outcome.NotDeported, PartialDate.OfDay(2019, 12, 23),
            courtSlug: "taldykorgan-court", ethnicity: "Kazakh", origin: "China", charges: ["illegal_border_crossing"], claim: ClaimKind.Detained));
        (_ruling, _person, _court) = (ruling.Id, ruling.PersonId, ruling.CourtId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_keep_a_rulings_facts_current_through_every_kind_of_edit()
    {
        var facts = await FactsAsync();
        Assert.True(facts.IsPublic);
        Assert.Equal(["detained"], facts.ClaimKinds);
        Assert.Equal(new DateOnly(2019, 12, 23), facts.DateKey);

        await ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.SingleAsync(r => r.Id == _ruling);
            ruling.Outcome = Outcome.Deported;
            ruling.Verdict = Verdict.Convicted;
            ruling.Charges = ["forged_documents"];
            ruling.Date = PartialDate.OfMonth(2020, 3);
        });
        facts = await FactsAsync();
        Assert.Equal((Outcome.Deported, Verdict.Convicted, 2020, new DateOnly(2020, 3, 1)), (facts.Outcome, facts.Verdict, facts.DateYear, facts.DateKey));
        Assert.Equal(["forged_documents"], facts.Charges);

        await ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == _person);
            person.Ethnicity = "Uyghur";
            person.OriginCountry = "Turkey";
        });
        facts = await FactsAsync();
        Assert.Equal(("Uyghur", "Turkey"), (facts.Ethnicity, facts.OriginCountry));

        await ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Id == _person)).Pseudonymise("N. F."));
        facts = await FactsAsync();
        Assert.True(facts.IsPublic);
        Assert.Null(facts.Ethnicity);

        await ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == _person);
            person.MakePublic("faktuly-public");
            var threatened = new DetentionClaim(person, ClaimKind.Threatened);
            db.DetentionClaims.Add(threatened);
            // Cited, as a claim must be to count (nothing unsourced is public).
            var cited = await db.Citations.Include(c => c.Source).FirstAsync(c => c.RulingId == _ruling);
            db.Citations.Add(new Citation { Source = cited.Source, Quote = cited.Quote, DetentionClaim = threatened });
            (await db.DetentionClaims.SingleAsync(c => c.PersonId == _person && c.Kind == ClaimKind.Detained)).Delete();
        });
        facts = await FactsAsync();
        Assert.Equal("Uyghur", facts.Ethnicity);
        Assert.Equal(["threatened"], facts.ClaimKinds);

        await ChangeAsync(async db => db.DetentionClaims.Remove(await db.DetentionClaims.SingleAsync(c => c.PersonId == _person && c.Kind == ClaimKind.Threatened)));
        Assert.Empty((await FactsAsync()).ClaimKinds);

        await ChangeAsync(async db => (await db.Courts.SingleAsync(c => c.Id == _court)).Delete());
        Assert.False((await FactsAsync()).IsPublic);
        await ChangeAsync(async db => (await db.Courts.IgnoreQueryFilters().SingleAsync(c => c.Id == _court)).Undelete());
        Assert.True((await FactsAsync()).IsPublic);

        // The document in the same row went through every edit too, the ruling's first among them.
        await using var check = new TestDatabase().CreateContext();
        Assert.Equal(0, await check.Database.SqlQueryRaw<long>($"SELECT ({TestDatabase.StaleSearchDocumentsSql}) AS \"Value\"").SingleAsync());
        Assert.Contains(_ruling, await MatchesAsync("Faktuly"));
    }

    [Fact]
    public async Task Should_take_a_ruling_out_of_every_search_once_its_person_is_withheld_or_it_is_deleted()
    {
        Assert.Contains(_ruling, await MatchesAsync("Taldykorgan"));

        await ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Id == _person)).Withhold());
        Assert.False((await FactsAsync()).IsPublic);
        Assert.DoesNotContain(_ruling, await MatchesAsync("Taldykorgan"));

        await ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Id == _person)).MakePublic("faktuly-public"));
        Assert.Contains(_ruling, await MatchesAsync("Taldykorgan"));

        await ChangeAsync(async db => (await db.Rulings.SingleAsync(r => r.Id == _ruling)).Delete());
        Assert.False((await FactsAsync()).IsPublic);
        Assert.DoesNotContain(_ruling, await MatchesAsync("Taldykorgan"));

        await ChangeAsync(async db => (await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == _person)).Delete());
        await ChangeAsync(async db => (await db.Rulings.IgnoreQueryFilters().SingleAsync(r => r.Id == _ruling)).Undelete());
        Assert.False((await FactsAsync()).IsPublic);
        Assert.DoesNotContain(_ruling, await MatchesAsync("Taldykorgan"));
    }

    [Fact]
    public async Task Should_follow_a_ruling_moved_to_another_person_and_court_and_a_claim_moved_between_persons()
    {
        Ruling other = null!;
        await factory.ChangeAsync(async db => other = await Samples.AddRulingAsync(db, "Aigul Basqauly", Outcome.AsylumGranted, PartialDate.OfYear(2021),
            courtSlug: "ankara-court", country: "Turkey", ethnicity: "Uyghur", origin: "Kazakhstan", claim: ClaimKind.Persecution));

        await ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.SingleAsync(r => r.Id == _ruling);
            ruling.PersonId = other.PersonId;
            ruling.CourtId = other.CourtId;
        });
        var facts = await FactsAsync();
        Assert.Equal((other.CourtId, "Uyghur", "Kazakhstan"), (facts.CourtId, facts.Ethnicity, facts.OriginCountry));
        Assert.Equal(["persecution"], facts.ClaimKinds);

        // A claim moved to the first person (as SQL would: the model has no way to move one).
        await ChangeAsync(db => db.Database.ExecuteSqlAsync($"UPDATE detention_claims SET person_id = {_person} WHERE person_id = {other.PersonId}"));
        Assert.Empty((await FactsAsync()).ClaimKinds);
    }

    [Fact]
    public async Task Should_not_leave_a_ruling_public_when_it_moves_to_a_person_being_withheld_at_the_same_time()
    {
        Ruling other = null!;
        await factory.ChangeAsync(async db => other = await Samples.AddRulingAsync(db, "Dilnaz Qosaqyzy", Outcome.NotDeported, PartialDate.OfYear(2020)));
        // The ruling moves to the other person in one transaction, not yet committed, while another
        // withholds that person: it must wait for the move (or the move's refresh would have read the
        // person as public and the withholding's would not have seen the moved ruling).
        Assert.True(await SecondWaitsForFirstAsync(
            $"UPDATE rulings SET person_id = {other.PersonId} WHERE id = {_ruling}",
            $"UPDATE persons SET visibility = 'withheld' WHERE id = {other.PersonId}"), "withholding the person waits for the ruling's move");

        Assert.False((await FactsAsync()).IsPublic);
        await using var db = new TestDatabase().CreateContext();
        Assert.Equal(0, await db.Database.SqlQueryRaw<long>($"SELECT ({TestDatabase.StaleSearchFactsSql}) AS \"Value\"").SingleAsync());
        Assert.DoesNotContain(_ruling, await MatchesAsync("Taldykorgan"));
    }

    [Fact]
    public async Task Should_not_let_an_edit_put_back_facts_computed_before_another_edit_of_the_same_ruling()
    {
        // A claim deleted in one transaction (the person is only share-locked: nothing orders it with the
        // ruling's edit but the facts row itself), while the ruling's outcome changes in another: its
        // refresh waits for the first and then reads the claim as deleted, instead of writing back the
        // claim it saw before.
        Assert.True(await SecondWaitsForFirstAsync(
            $"UPDATE detention_claims SET deleted_at = now() WHERE person_id = {_person}",
            $"UPDATE rulings SET outcome = 'deported' WHERE id = {_ruling}"), "the ruling's refresh waits for the claim's");

        var facts = await FactsAsync();
        Assert.Equal(Outcome.Deported, facts.Outcome);
        Assert.Empty(facts.ClaimKinds);
    }

    [Fact]
    public async Task Should_show_no_withheld_person_in_the_results_even_when_the_facts_call_the_ruling_public()
    {
        await ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Id == _person)).Withhold());
        // Facts gone stale (a writer that bypassed the triggers): the page's rows still check the person.
        await using (var db = new TestDatabase().CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE ruling_search_facts SET is_public = true WHERE ruling_id = {_ruling}");
        }

        var response = await factory.CreateClient().GetAsync("/rulings?q=Taldykorgan");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Nurbol", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Faktuly", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs <paramref name="first"/> in a transaction left open, starts <paramref name="second"/> in
    /// another, commits the first 300 ms later and then the second: whether the second was still
    /// waiting for the first at that moment.
    /// </summary>
    private static async Task<bool> SecondWaitsForFirstAsync(string first, string second)
    {
        await using var one = new NpgsqlConnection(TestDatabase.ConnectionString);
        await using var two = new NpgsqlConnection(TestDatabase.ConnectionString);
        await one.OpenAsync();
        await two.OpenAsync();
        await using var firstTransaction = await one.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(first, one, firstTransaction))
        {
            await command.ExecuteNonQueryAsync();
        }
        await using var secondTransaction = await two.BeginTransactionAsync();
        await using var secondCommand = new NpgsqlCommand(second, two, secondTransaction);
        var running = secondCommand.ExecuteNonQueryAsync();
        await Task.Delay(300);
        var waiting = !running.IsCompleted;
        await firstTransaction.CommitAsync();
        await running;
        await secondTransaction.CommitAsync();
        return waiting;
    }

    /// <summary>Makes the change, then checks every ruling's facts against the view, not only this one's.</summary>
    private async Task ChangeAsync(Func<ArchiveDbContext, Task> change)
    {
        await factory.ChangeAsync(change);
        await using var db = new TestDatabase().CreateContext();
        Assert.Equal(0, await db.Database.SqlQueryRaw<long>($"SELECT ({TestDatabase.StaleSearchFactsSql}) AS \"Value\"").SingleAsync());
    }

    private async Task<RulingSearchFacts> FactsAsync()
    {
        await using var db = new TestDatabase().CreateContext();
        return await db.Set<RulingSearchFacts>().AsNoTracking().SingleAsync(f => f.RulingId == _ruling);
    }

    private async Task<List<int>> MatchesAsync(string q)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        var matches = await RulingMatches.LoadAsync(db, new RulingFilter { Q = q }, CancellationToken.None);
        return [.. matches!.Page(null, 1000).Ids];
    }
}
