using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>
/// A reader types a name in Cyrillic on the home page, picks the suggestion, lands on the person's page,
/// and copies a BibTeX citation and the timeline's embed snippet with the page's buttons.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReaderJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_find_a_person_by_a_cyrillic_name_and_copy_her_bibtex_citation_and_embed_snippet()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseAddress });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + "/");

        var search = page.GetByLabel("Search a name in any spelling or alphabet, a court, a charge");
        await search.PressSequentiallyAsync("Сайрагүл", new() { Delay = 30 });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#suggestions option')].some(o => o.value === 'Sairagul Sauytbay')");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("reader-1-cyrillic-suggestion") });
        // Picking an option of the list is a replacement of the text, as the browser reports it.
        await search.EvaluateAsync("(input, name) => { input.value = name; input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' })); }", "Sairagul Sauytbay");
        await page.WaitForURLAsync("**/persons/sairagul-sauytbay");
        Assert.Equal("Sairagul Sauytbay", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the BibTeX" }).ClickAsync();
        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("Copied.");
        var bibtex = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("@misc{casearchive-sairagul-sauytbay,", bibtex, StringComparison.Ordinal);
        Assert.Contains("title = {{Sairagul Sauytbay: a person's record of court cases}}", bibtex, StringComparison.Ordinal);
        Assert.Equal((await page.Locator("#cite-bibtex").InnerTextAsync()).Trim(), bibtex);

        var embed = page.Locator("section.embed");
        await embed.ScrollIntoViewIfNeededAsync();
        // The preview lists the slides of the same timeline.json the snippet embeds.
        await Assertions.Expect(embed.Locator("figure.embed-preview li").First).ToBeVisibleAsync();
        Assert.Contains("Sairagul Sauytbay", await embed.Locator("figure.embed-preview").InnerTextAsync(), StringComparison.Ordinal);
        await embed.GetByRole(AriaRole.Button, new() { Name = "Copy the embed code" }).ClickAsync();
        var snippet = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("<iframe src=\"", snippet, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(browser.BaseAddress + "/persons/sairagul-sauytbay/timeline.json"), snippet, StringComparison.Ordinal);
        await embed.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("reader-2-embed-copied") });
        await page.Locator("section.cite").ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("reader-3-bibtex-copied") });
    }
}
