using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CaseArchive.Domain.Model;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>
/// judge= is one condition of RulingFilter: every surface that reads the filter keeps the judge's rulings
/// (named in another alphabet, as the name search folds it), and a withheld judge's name finds nothing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class JudgeFilterTests(ArchiveFactory factory) : IAsyncLifetime
{
    /// <summary>Elmira Asubaeva's surname in Cyrillic: she judged Qaisha Aqan (the sample) and Nurlan Bekov.</summary>
    private const string Judge = "judge=%D0%90%D1%81%D1%83%D0%B1%D0%B0%D0%B5%D0%B2%D0%B0";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db =>
        {
            var asubaeva = db.Persons.Single(p => p.Slug == "elmira-asubaeva");
            (await Samples.AddRulingAsync(db, "Nurlan Bekov", Outcome.Deported, PartialDate.OfYear(2020), courtSlug: "bishkek-court", country: "Kyrgyzstan")).Judge = asubaeva;
            var other = db.Persons.Add(new Person("Marat Zhaksylykov", "marat-zhaksylykov")).Entity;
            (await Samples.AddRulingAsync(db, "Dana Serikova", Outcome.Deported, PartialDate.OfYear(2020))).Judge = other;
            await Samples.AddRulingAsync(db, "Aibek Omarov", Outcome.Deported, PartialDate.OfYear(2021));
            var withheld = db.Persons.Add(new Person("Gulmira Secretova", "gulmira-secretova")).Entity;
            withheld.Withhold();
            (await Samples.AddRulingAsync(db, "Yerlan Tasov", Outcome.AsylumDenied, PartialDate.OfYear(2021))).Judge = withheld;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_list_the_judges_rulings_on_the_page()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/rulings?" + Judge);
        var search = await client.GetStringAsync("/rulings?q=Nurlan%20Bekov&" + Judge);
        var otherSearch = await client.GetStringAsync("/rulings?q=Dana%20Serikova&" + Judge);

        Assert.Contains("2 rulings", html, StringComparison.Ordinal);
        Assert.Contains("Qaisha Aqan", html, StringComparison.Ordinal);
        Assert.Contains("Nurlan Bekov", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana Serikova", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aibek Omarov", html, StringComparison.Ordinal);
        Assert.Contains("judge “Асубаева”", html, StringComparison.Ordinal);
        Assert.Contains("1 ruling", search, StringComparison.Ordinal);
        Assert.Contains("0 rulings", otherSearch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_count_the_facets_among_the_judges_rulings()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/rulings?" + Judge);
        // A text search's facets are counted in memory from its matches: the same conditions.
        var search = await client.GetStringAsync("/rulings?q=court&" + Judge);

        // Without the judge, three public rulings are deported; with her, one (and one not deported).
        Assert.Contains(">Deported (1)</option>", html, StringComparison.Ordinal);
        Assert.Contains(">Not deported (1)</option>", html, StringComparison.Ordinal);
        Assert.Contains(">Kyrgyzstan (1)</option>", html, StringComparison.Ordinal);
        Assert.Contains("2 rulings", search, StringComparison.Ordinal);
        Assert.Contains(">Deported (1)</option>", search, StringComparison.Ordinal);
        Assert.Contains(">Not deported (1)</option>", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_count_only_the_judges_rulings_in_the_statistics()
    {
        var html = await factory.CreateClient().GetStringAsync("/statistics?" + Judge);

        Assert.Contains("Outcomes of 2 rulings", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_export_only_the_judges_rulings()
    {
        var client = factory.CreateClient();
        var csv = await client.GetStringAsync("/rulings/export.csv?" + Judge);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/rulings/export.json?" + Judge));

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("Nurlan Bekov", StringComparison.Ordinal));
        Assert.Equal(["Nurlan Bekov", "Qaisha Aqan"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("person").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_give_only_the_judges_rulings_in_the_feed()
    {
        var feed = XDocument.Parse(await factory.CreateClient().GetStringAsync("/feeds/rulings.atom?" + Judge));

        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, titles.Count);
        Assert.StartsWith("Nurlan Bekov", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("Qaisha Aqan", titles[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_filter_the_api_by_judge()
    {
        var client = factory.CreateClient();
        using var rulings = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?" + Judge));
        using var searched = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?q=Bekov&" + Judge));
        using var persons = JsonDocument.Parse(await client.GetStringAsync("/api/v1/persons?" + Judge));
        using var courts = JsonDocument.Parse(await client.GetStringAsync("/api/v1/courts?" + Judge));

        Assert.Equal(2, rulings.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(["Nurlan Bekov", "Qaisha Aqan"], rulings.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("person").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(1, searched.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(["Nurlan Bekov", "Qaisha Aqan"], persons.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["bishkek-court", "zharkent-court"], courts.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        Assert.All(courts.RootElement.GetProperty("results").EnumerateArray(), c => Assert.Equal(1, c.GetProperty("rulings").GetInt32()));
    }

    [Fact]
    public async Task Should_find_nothing_by_a_withheld_judges_name()
    {
        var client = factory.CreateClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?judge=Gulmira%20Secretova"));
        var page = await client.GetAsync("/rulings?judge=Gulmira%20Secretova");

        Assert.Equal(0, api.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("0 rulings", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Yerlan Tasov", html, StringComparison.Ordinal);
    }
}
