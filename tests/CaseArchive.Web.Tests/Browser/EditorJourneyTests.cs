using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>An editor signs in, corrects a ruling's sentence, and the public page shows the correction.</summary>
[Collection(WebCollection.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_let_an_editor_correct_a_sentence_that_the_public_page_then_shows()
    {
        await browser.CreateUserAsync("amina@example.org");
        var rulingId = 0;
        await browser.ChangeAsync(async db => rulingId = await db.Rulings.Where(r => r.Person.Slug == "qaisha-aqan").Select(r => r.Id).SingleAsync());
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        // The editors' area sends a visitor to sign in first.
        await page.GotoAsync(browser.BaseAddress + "/editor");
        await page.WaitForURLAsync("**/account/sign-in**");
        await page.GetByLabel("E-mail address").FillAsync("amina@example.org");
        await page.GetByLabel("Password").FillAsync(Editors.Password);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("editor-1-sign-in") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/editor");

        // Rulings, then the Zharkent ruling.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Editors' area" }).GetByRole(AriaRole.Link, new() { Name = "Rulings" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Qaisha Aqan" }).ClickAsync();
        await page.WaitForURLAsync($"**/editor/rulings/edit/{rulingId}");
        Assert.Equal("6", await page.GetByLabel("Length in months").InputValueAsync());

        // The article said six months; say the appeal made it twelve, as an editor would correct it.
        await page.GetByLabel("Length in months").FillAsync("12");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("editor-2-edit-ruling"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByText("The ruling is saved.").WaitForAsync();

        // The history says who changed what.
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await page.WaitForURLAsync($"**/editor/history/ruling/{rulingId}");
        var history = await page.Locator("main").InnerTextAsync();
        Assert.Contains("amina@example.org", history, StringComparison.Ordinal);
        Assert.Contains("Sentence months", history, StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("editor-3-history"), FullPage = true });

        // The public page shows the correction.
        var rulingKey = "";
        await browser.ChangeAsync(async db => rulingKey = await db.Rulings.Where(r => r.Id == rulingId).Select(r => r.Key).SingleAsync());
        await page.GotoAsync(browser.BaseAddress + $"/rulings/{rulingKey}");
        Assert.Contains("12-month suspended sentence", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("editor-4-public-ruling"), FullPage = true });
    }
}
