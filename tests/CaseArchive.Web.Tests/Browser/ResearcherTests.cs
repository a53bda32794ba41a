using CaseArchive.Domain.Model;
using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>A researcher filters the rulings by outcome and year, and exports exactly what the screen shows.</summary>
[Collection(WebCollection.Name)]
public sealed class ResearcherTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_filter_not_deported_in_2019_and_export_exactly_those_rows_as_csv()
    {
        await browser.Factory.ResetAsync();
        await browser.Factory.ChangeAsync(async db =>
        {
            await Samples.AddRulingAsync(db, "Aidos Nurlan", Outcome.NotDeported, PartialDate.OfMonth(2019, 3), courtSlug: "taldykorgan-court");
            await Samples.AddRulingAsync(db, "Bekzat Maqsatuly", Outcome.Deported, PartialDate.OfMonth(2019, 6));
            await Samples.AddRulingAsync(db, "Gulnar Omirbek", Outcome.NotDeported, PartialDate.OfYear(2020));
        });
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + "/rulings");

        await page.GetByLabel("Outcome").SelectOptionAsync("not_deported");
        await page.GetByLabel("From year").FillAsync("2019");
        await page.GetByLabel("To year").FillAsync("2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show rulings" }).ClickAsync();
        await page.WaitForURLAsync("**/rulings?*outcome=not_deported*");

        var onScreen = await RowsAsync(page.Locator("section.results table.rulings tbody tr"));
        Assert.Equal(2, onScreen.Count);
        Assert.Contains(onScreen, r => r.Person == "Qaisha Aqan");
        Assert.Contains(onScreen, r => r.Person == "Aidos Nurlan");

        var href = await page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).GetAttributeAsync("href");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).ToList();

        Assert.Contains("outcome=not_deported", href, StringComparison.Ordinal);
        // The file is named for its filters.
        Assert.Matches(@"^rulings_outcome-notdeported_from-2019_to-2019\.csv$", download.SuggestedFilename);
        var exported = lines.Skip(1).Select(l => l.Split(',')).Select(f => (Id: f[0], Person: f[2])).ToList();
        Assert.Equal(onScreen.Select(r => (r.Id, r.Person)), exported);
    }

    private static async Task<List<(string Id, string Person)>> RowsAsync(ILocator rows)
    {
        var result = new List<(string, string)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            var link = await row.Locator("td").Nth(0).Locator("a").GetAttributeAsync("href");
            var person = await row.Locator("td").Nth(1).Locator("a").InnerTextAsync();
            result.Add((link!.Split('/')[^1], person));
        }
        return result;
    }
}
