using System.Net;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using CaseArchive.Web.Tests.Pages.Rulings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests;

/// <summary>
/// A withheld person appears on no public surface, under any spelling; a pseudonymised one only
/// under the pseudonym. One test per surface, each searching for every spelling of the real name.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DoNoHarmTests(ArchiveFactory factory) : IAsyncLifetime
{
    /// <summary>Every spelling of Sairagul Sauytbay's name, and its parts, as the sample records them.</summary>
    private static readonly string[] Spellings = ["Sauytbay", "Sairagul", "Sayragul", "Сауытбай", "Сайрагүл", "sairagul-sauytbay"];

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).Withhold());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Sauytbay")]
    [InlineData("Sayragul Sauytbai")]
    [InlineData("Сауытбай")]
    [InlineData("sairagul")]
    public async Task Should_find_nothing_when_searching_the_rulings_for_a_withheld_name(string q)
    {
        var html = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString(q));

        Assert.Contains("No rulings match", html, StringComparison.Ordinal);
        // The page echoes the query itself (in the box and in links); nothing else may name the person.
        AssertNamesNowhere(IndexTests.Results(html).Replace(q, "", StringComparison.Ordinal).Replace(Uri.EscapeDataString(q), "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_not_count_a_withheld_persons_ruling_in_the_facets()
    {
        var html = await factory.CreateClient().GetStringAsync("/rulings");

        AssertNamesNowhere(html);
        Assert.Contains("1 ruling", html, StringComparison.Ordinal);
        Assert.Contains(">Extradition refused (0)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Almaty court (1)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sayr")]
    [InlineData("Sauytbay")]
    [InlineData("Сауыт")]
    public async Task Should_suggest_no_withheld_name(string q)
    {
        var json = await factory.CreateClient().GetStringAsync("/api/v1/suggest?q=" + Uri.EscapeDataString(q));

        Assert.Contains("\"names\":[]", json, StringComparison.Ordinal);
        AssertNamesNowhere(json);
    }

    [Fact]
    public async Task Should_leave_a_withheld_person_out_of_the_csv_export()
    {
        var csv = await factory.CreateClient().GetStringAsync("/rulings/export.csv");

        AssertNamesNowhere(csv);
        Assert.Contains("Qaisha Aqan", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_a_withheld_person_out_of_the_json_export()
    {
        var json = await factory.CreateClient().GetStringAsync("/rulings/export.json?outcome=extradition_refused");

        Assert.Equal("[]", json);
    }

    [Fact]
    public async Task Should_leave_a_withheld_person_out_of_the_feed()
    {
        var atom = await factory.CreateClient().GetStringAsync("/feeds/rulings.atom");

        AssertNamesNowhere(atom);
        Assert.Contains("Qaisha Aqan", atom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_a_withheld_person_out_of_the_api()
    {
        var client = factory.CreateClient();
        var rulings = await client.GetStringAsync("/api/v1/rulings");
        var persons = await client.GetStringAsync("/api/v1/persons");
        var byName = await client.GetStringAsync("/api/v1/persons?q=Sayragul");
        var courts = await client.GetStringAsync("/api/v1/courts?outcome=extradition_refused");

        AssertNamesNowhere(rulings + persons + byName + courts);
        Assert.Contains("\"count\":0", byName, StringComparison.Ordinal);
        Assert.Contains("\"count\":0", courts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_give_no_timeline_for_a_withheld_person_and_name_them_in_no_other()
    {
        var client = factory.CreateClient();
        var theirs = await client.GetAsync("/persons/sairagul-sauytbay/timeline.json");
        var page = await client.GetAsync("/persons/sairagul-sauytbay");
        var others = string.Concat(await Task.WhenAll(
            new[] { "qaisha-aqan", "murager-alimuly", "qaster-musakhanuly" }.Select(slug => client.GetStringAsync($"/persons/{slug}/timeline.json"))));

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        AssertNamesNowhere(others);
    }

    [Fact]
    public async Task Should_not_count_a_withheld_persons_ruling_in_the_statistics()
    {
        var html = await factory.CreateClient().GetStringAsync("/statistics");

        Assert.Contains("Outcomes of 1 ruling", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Extradition refused", html, StringComparison.Ordinal);
        AssertNamesNowhere(html);
    }

    [Fact]
    public async Task Should_not_show_a_withheld_person_on_pages_that_list_people()
    {
        var client = factory.CreateClient();
        var pages = await client.GetStringAsync("/") + await client.GetStringAsync("/persons")
            + await client.GetStringAsync("/courts/almaty-court") + await client.GetStringAsync("/persons/qaisha-aqan");

        AssertNamesNowhere(pages);
    }

    [Fact]
    public async Task Should_not_find_another_persons_ruling_by_a_withheld_name_quoted_in_it()
    {
        // Murager Alimuly's claim is cited with a sentence that names Qaster Musakhanuly.
        await factory.ChangeAsync(async db =>
        {
            var alimuly = await db.Persons.SingleAsync(p => p.Slug == "murager-alimuly");
            var court = await db.Courts.SingleAsync(c => c.Slug == "almaty-court");
            var ruling = new Ruling(new Case("Murager Alimuly: illegal border crossing", CaseKind.CriminalTrial), court, alimuly, Outcome.NotDeported);
            db.Rulings.Add(ruling);
            // Cited from the claim's own source: nothing is public before it is sourced.
            var source = await db.Citations.Where(c => c.DetentionClaim!.PersonId == alimuly.Id).Select(c => c.Source).FirstAsync();
            source.Citations.Add(new Citation { Source = source, Ruling = ruling, Quote = "The court did not deport Alimuly." });
        });
        var client = factory.CreateClient();
        var before = IndexTests.Results(await client.GetStringAsync("/rulings?q=Musakhanuly"));

        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaster-musakhanuly")).Withhold());
        var after = IndexTests.Results(await client.GetStringAsync("/rulings?q=Musakhanuly"));

        Assert.Contains("Murager Alimuly", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Murager Alimuly", after, StringComparison.Ordinal);
        Assert.Contains("No rulings match", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_find_a_ruling_by_the_name_of_a_person_entered_as_withheld()
    {
        // A ruling whose quote names someone, then that someone entered as withheld (as an import might).
        await factory.ChangeAsync(async db =>
        {
            var ruling = await Samples.AddRulingAsync(db, "Aidos Nurlan", Outcome.NotDeported, PartialDate.OfYear(2020));
            var source = await db.Sources.FirstAsync();
            source.Citations.Add(new Citation { Source = source, Ruling = ruling, Quote = "Nurlan crossed the border with Erlan Tursynbekuly." });
        });
        var client = factory.CreateClient();
        var before = IndexTests.Results(await client.GetStringAsync("/rulings?q=Tursynbekuly"));

        await factory.ChangeAsync(async db =>
        {
            var person = new Person("Erlan Tursynbekuly", "erlan-tursynbekuly");
            person.Withhold();
            db.Persons.Add(person);
            await Task.CompletedTask;
        });
        var after = IndexTests.Results(await client.GetStringAsync("/rulings?q=Tursynbekuly"));

        Assert.Contains("Aidos Nurlan", before, StringComparison.Ordinal);
        Assert.Contains("No rulings match", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_pseudonymised_person_only_under_the_pseudonym_everywhere()
    {
        var slug = "";
        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay");
            person.Pseudonymise("Witness S");
            slug = person.Slug;
        });
        var client = factory.CreateClient();

        var byRealName = IndexTests.Results(await client.GetStringAsync("/rulings?q=Sauytbay"));
        var byPseudonym = IndexTests.Results(await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Witness S")));
        var suggestReal = await client.GetStringAsync("/api/v1/suggest?q=Sayragul");
        var suggestPseudonym = await client.GetStringAsync("/api/v1/suggest?q=Witn");
        var everywhere = await client.GetStringAsync("/rulings") + await client.GetStringAsync("/rulings/export.csv")
            + await client.GetStringAsync("/rulings/export.json") + await client.GetStringAsync("/feeds/rulings.atom")
            + await client.GetStringAsync("/api/v1/rulings") + await client.GetStringAsync("/api/v1/persons")
            + await client.GetStringAsync($"/persons/{slug}") + await client.GetStringAsync($"/persons/{slug}/timeline.json")
            + await client.GetStringAsync("/statistics") + byPseudonym + suggestPseudonym;

        Assert.Contains("No rulings match", byRealName, StringComparison.Ordinal);
        Assert.Contains("Witness S", byPseudonym, StringComparison.Ordinal);
        Assert.Contains("\"names\":[]", suggestReal, StringComparison.Ordinal);
        Assert.Contains("Witness S", suggestPseudonym, StringComparison.Ordinal);
        Assert.Contains("Witness S", everywhere, StringComparison.Ordinal);
        AssertNamesNowhere(everywhere);
    }

    [Fact]
    public async Task Should_not_read_a_pseudonymised_persons_spellings_with_a_searchs_rows()
    {
        // The rows are read by id here, as a search that found them by the pseudonym reads them: were the
        // real spellings read with them, "Sayragul" would be said to have matched one.
        async Task<List<RulingRow>> RowsAsync()
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
            var ids = await db.Rulings.Where(r => r.Person.Slug == "sairagul-sauytbay" || r.Person.Pseudonym == "Witness S").Select(r => r.Id).ToListAsync();
            return await RulingSearch.RowsAsync(db, ids, new RulingFilter { Q = "Sayragul" }, CancellationToken.None);
        }
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).MakePublic("sairagul-sauytbay"));
        var asPublic = await RowsAsync();
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).Pseudonymise("Witness S"));
        var asPseudonymised = await RowsAsync();

        Assert.NotEmpty(asPublic);
        Assert.All(asPublic, row => Assert.Equal("Sayragul Sauytbay", row.MatchedSpelling));
        Assert.Equal(asPublic.Count, asPseudonymised.Count);
        Assert.All(asPseudonymised, row => Assert.Equal(("Witness S", null), (row.PersonName, row.MatchedSpelling)));
    }

    private static void AssertNamesNowhere(string text)
    {
        foreach (var spelling in Spellings)
        {
            Assert.DoesNotContain(spelling, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
