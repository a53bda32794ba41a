using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests;

/// <summary>
/// Nothing is public before it is sourced: a ruling, claim or event with no citation, or cited only from
/// a source without an outlet (a pasted text), appears on no public surface; one test per surface, and
/// one that a citation from a published source makes the ruling public.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SourcedPublicTests(ArchiveFactory factory) : IAsyncLifetime
{
    // Words only the unsourced records carry.
    private const string Court = "Taldykorgan court";
    private const string Summary = "Quokkaword sentence handed down.";
    private const string Facility = "Zebrafacility";
    private const string EventPlace = "Yakplace";
    private const string PastedTitle = "pasted.txt";

    private string _key = "";
    private string _pastedKey = "";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db =>
        {
            var aqan = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
            var court = new Court(Court, "taldykorgan-court", "Kazakhstan") { Town = "Taldykorgan" };
            var @case = new Case("Unsourced case", CaseKind.CriminalTrial);
            var ruling = new Ruling(@case, court, aqan, Outcome.Deported) { Summary = Summary, Date = PartialDate.OfDay(2021, 3, 1) };
            var pasted = new Ruling(@case, court, aqan, Outcome.Deported) { Summary = Summary, Date = PartialDate.OfDay(2021, 4, 1) };
            var source = new Source(PastedTitle, "A pasted text with no outlet.");
            source.Citations.Add(new Citation { Source = source, Ruling = pasted, Quote = "A pasted text with no outlet." });
            db.AddRange(court, @case, ruling, pasted, source);
            db.DetentionClaims.Add(new DetentionClaim(aqan, ClaimKind.RelativeDetained) { Facility = Facility });
            db.Events.Add(new TimelineEvent(aqan, EventKind.Deportation, PartialDate.OfDay(2021, 5, 1)) { Place = EventPlace });
            await db.SaveChangesAsync();
            _key = ruling.Key;
            _pastedKey = pasted.Key;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private void AssertUnsourcedNowhere(string text)
    {
        Assert.DoesNotContain(_key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(_pastedKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Taldykorgan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quokkaword", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Facility, text, StringComparison.Ordinal);
        Assert.DoesNotContain(EventPlace, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PastedTitle, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_404_for_an_unsourced_rulings_page()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rulings/{_key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rulings/{_pastedKey}")).StatusCode);
    }

    [Fact]
    public async Task Should_find_and_count_no_unsourced_ruling_in_search()
    {
        var client = factory.CreateClient();
        var byWord = await client.GetStringAsync("/rulings?q=Quokkaword");
        var all = await client.GetStringAsync("/rulings");
        var byClaim = await client.GetStringAsync("/rulings?claim=relative_detained");

        Assert.Contains("No rulings match", byWord, StringComparison.Ordinal);
        Assert.Contains("No rulings match", byClaim, StringComparison.Ordinal);
        AssertUnsourcedNowhere(all);
    }

    [Fact]
    public async Task Should_leave_unsourced_rulings_out_of_the_api()
    {
        var client = factory.CreateClient();
        var json = await client.GetStringAsync("/api/v1/rulings") + await client.GetStringAsync("/api/v1/rulings?q=Quokkaword")
            + await client.GetStringAsync("/api/v1/courts?outcome=deported") + await client.GetStringAsync("/api/v1/persons?claim=relative_detained");

        AssertUnsourcedNowhere(json);
        Assert.DoesNotContain("qaisha-aqan", await client.GetStringAsync("/api/v1/persons?claim=relative_detained"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_unsourced_rulings_out_of_the_feed()
    {
        AssertUnsourcedNowhere(await factory.CreateClient().GetStringAsync("/feeds/rulings.atom"));
    }

    [Fact]
    public async Task Should_leave_unsourced_rulings_out_of_the_exports()
    {
        var client = factory.CreateClient();

        AssertUnsourcedNowhere(await client.GetStringAsync("/rulings/export.csv") + await client.GetStringAsync("/rulings/export.json"));
    }

    [Fact]
    public async Task Should_leave_unsourced_rulings_claims_and_events_off_the_persons_timeline()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/persons/qaisha-aqan");
        var json = await client.GetStringAsync("/persons/qaisha-aqan/timeline.json");

        Assert.Contains("Zharkent", page, StringComparison.Ordinal);
        AssertUnsourcedNowhere(page);
        AssertUnsourcedNowhere(json);
    }

    [Fact]
    public async Task Should_count_no_unsourced_ruling_in_the_statistics()
    {
        AssertUnsourcedNowhere(await factory.CreateClient().GetStringAsync("/statistics"));
    }

    [Fact]
    public async Task Should_publish_a_ruling_once_it_is_cited_from_a_source_with_a_title_and_an_outlet()
    {
        await factory.ChangeAsync(async db =>
        {
            var source = await db.Sources.SingleAsync(s => s.Title == PastedTitle);
            source.Title = "Court in Taldykorgan orders deportation";
            source.Outlet = "Example News";
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rulings/{_pastedKey}")).StatusCode);
        Assert.Contains(_pastedKey, await client.GetStringAsync("/rulings?q=Quokkaword"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rulings/{_key}")).StatusCode);
    }
}
