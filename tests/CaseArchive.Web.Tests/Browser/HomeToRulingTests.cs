namespace CaseArchive.Web.Tests.Browser;

[Collection(WebCollection.Name)]
public sealed class HomeToRulingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_follow_the_latest_ruling_from_the_home_page_to_its_page()
    {
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(browser.BaseAddress + "/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "23 December 2019" }).ClickAsync();
        await page.WaitForURLAsync("**/rulings/*");

        Assert.Contains("Qaisha Aqan", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Elmira Asubaeva", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("RFE/RL", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
