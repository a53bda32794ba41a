using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>
/// An editor signs in, imports the Zharkent article, corrects a proposed fact, publishes, and the
/// public ruling page shows the correction with the article as its source.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string CourtName = "Specialised inter-district criminal court of Zharkent";

    [Fact]
    public async Task Should_let_an_editor_import_correct_and_publish_an_article_that_the_public_ruling_page_then_cites()
    {
        await browser.Factory.EmptyAsync();
        await browser.CreateUserAsync("dana@example.org");
        var article = Path.Combine(BrowserFixture.RepositoryRoot!, "samples", "articles", "zharkent-2019-12-23.txt");
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });

        await page.GotoAsync(browser.BaseAddress + "/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("dana@example.org");
        await page.GetByLabel("Password").FillAsync(Editors.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/editor");

        // Imports: upload the saved article.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Editors' area" }).GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await page.GetByLabel("A saved article").SetInputFilesAsync(article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/editor/imports/*");
        await page.GetByText("Imported: review the proposals, then publish.").WaitForAsync();

        // The ruling about Qaisha Aqan, with its sentence marked in the article.
        var ruling = page.Locator("fieldset[id^=ruling-]").Filter(new() { Has = page.Locator("option[selected]", new() { HasTextString = "Qaisha Aqan" }) }).First;
        Assert.Equal("6", await ruling.GetByLabel("Length in months").InputValueAsync());
        var quote = await ruling.GetByLabel("The sentence it rests on").InputValueAsync();
        await ruling.GetByRole(AriaRole.Link, new() { Name = "show in the article" }).ClickAsync();
        Assert.Contains(quote, await page.Locator("mark:target").InnerTextAsync(), StringComparison.Ordinal);

        // The article says "the court in Zharkent"; the editor gives the court its full name.
        await ruling.GetByLabel("Court", new() { Exact = true }).FillAsync(CourtName);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("editor-5-import-review") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.GetByText("Published: the records below now cite the article.").WaitForAsync();

        // The public ruling page shows the correction, and the article with the sentence it rests on.
        await page.Locator("section.notice li", new() { HasTextString = "Ruling: Qaisha Aqan" }).GetByRole(AriaRole.Link, new() { Name = "public page" }).ClickAsync();
        await page.WaitForURLAsync("**/rulings/*");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains(CourtName, main, StringComparison.Ordinal);
        Assert.Contains("Zharkent court gives ethnic Kazakh woman suspended term", main, StringComparison.Ordinal);
        Assert.Contains(quote, main, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("editor-6-published-ruling"), FullPage = true });
    }
}
