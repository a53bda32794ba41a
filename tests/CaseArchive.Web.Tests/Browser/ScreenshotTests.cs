using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>Saves screenshots of the main pages (docs/screenshots/, shown in the README), checking each page shows what it should.</summary>
[Collection(WebCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_show_the_main_pages_and_save_their_screenshots()
    {
        await browser.Factory.ResetAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });

        await ShootAsync(page, "/", "home", "Court cases of people who fled across a border");
        await ShootAsync(page, "/rulings?q=Sayragul", "rulings", "matched as");
        await ShootAsync(page, "/persons/qaisha-aqan", "person", "Timeline");
        await page.GotoAsync(browser.BaseAddress + "/rulings");
        await page.GetByRole(AriaRole.Link, new() { Name = "23 December 2019" }).ClickAsync();
        // The ruling page is read once its document is in: the screenshot does not need every subresource loaded.
        await page.WaitForURLAsync("**/rulings/*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ShootAsync(page, null, "ruling", "Cite this");
        await ShootAsync(page, "/statistics", "statistics", "Outcomes by year");

        var phone = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        await ShootAsync(phone, "/rulings", "rulings-phone", "Rulings");
        // On a phone the list is one card per ruling, not a table wider than the screen.
        var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width}px wide on a 390px screen");
    }

    private async Task ShootAsync(IPage page, string? path, string file, string expected)
    {
        if (path is not null)
        {
            var response = await page.GotoAsync(browser.BaseAddress + path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
        }
        Assert.Contains(expected, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath(file), FullPage = true });
    }
}
