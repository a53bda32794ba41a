using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>A journalist finds Sairagul Sauytbay by typing another spelling of her name, and opens her timeline.</summary>
[Collection(WebCollection.Name)]
public sealed class JournalistTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_find_sairagul_sauytbay_by_typing_sayragul_and_open_her_timeline()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + "/");

        var search = page.GetByLabel("Search a name in any spelling or alphabet, a court, a charge");
        await search.PressSequentiallyAsync("Sayragul", new() { Delay = 30 });
        // The type-ahead (a small script) offers her under the name the archive shows.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#suggestions option')].some(o => o.value === 'Sairagul Sauytbay')");
        await search.PressAsync("Enter");
        await page.WaitForURLAsync("**/rulings?q=Sayragul");

        var results = page.Locator("section.results");
        Assert.Contains("matched as “Sayragul Sauytbay”", await results.InnerTextAsync(), StringComparison.Ordinal);
        // She is listed among the persons found, above her rulings: open her page from there.
        await results.GetByRole(AriaRole.List, new() { Name = "Persons" }).GetByRole(AriaRole.Link, new() { Name = "Sairagul Sauytbay" }).ClickAsync();
        await page.WaitForURLAsync("**/persons/sairagul-sauytbay");

        Assert.Equal("Sairagul Sauytbay", await page.Locator("h1").InnerTextAsync());
        var timeline = await page.Locator("ol.timeline").InnerTextAsync();
        Assert.Contains("April 2018", timeline, StringComparison.Ordinal);
        Assert.Contains("August 2018", timeline, StringComparison.Ordinal);
        Assert.Contains("Granted asylum in Sweden", timeline, StringComparison.Ordinal);
        Assert.True(timeline.IndexOf("April 2018", StringComparison.Ordinal) < timeline.IndexOf("August 2018", StringComparison.Ordinal));

        // The same timeline, for embedding with TimelineJS.
        var json = await page.APIRequest.GetAsync(browser.BaseAddress + "/persons/sairagul-sauytbay/timeline.json");
        Assert.True(json.Ok);
        Assert.Contains("\"headline\":\"Sairagul Sauytbay\"", await json.TextAsync(), StringComparison.Ordinal);
    }
}
