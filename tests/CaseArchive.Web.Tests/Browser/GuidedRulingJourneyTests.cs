using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>
/// An editor enters a ruling for a new person at a new court in one form; the public sees it while it is
/// cited and not without its citation; going Back and sending the form again makes no second ruling.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class GuidedRulingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Quote = "The Taraz city court refused on March 3 to extradite Erkin Tursunov to China.";

    [Fact]
    public async Task Should_enter_a_ruling_for_a_new_person_at_a_new_court_in_one_flow_public_only_while_cited()
    {
        await browser.CreateUserAsync("dana@example.org");
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(browser.BaseAddress + "/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("dana@example.org");
        await page.GetByLabel("Password").FillAsync(Editors.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/editor");

        await page.GotoAsync(browser.BaseAddress + "/editor/rulings");
        await page.GetByRole(AriaRole.Link, new() { Name = "New ruling (guided)" }).ClickAsync();
        await page.WaitForURLAsync("**/editor/rulings/new");
        await page.GetByLabel("Web address").FillAsync("https://example.org/a/taraz-extradition");
        await page.GetByLabel("Outlet (e.g. RFE/RL)").FillAsync("Example News");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Taraz court refuses to extradite Erkin Tursunov");
        await page.GetByLabel("The sentence that reports the ruling, verbatim").FillAsync(Quote);
        await page.GetByLabel("Or a new person's name").FillAsync("Erkin Tursunov");
        await page.GetByLabel("Or a new court's name").FillAsync("Taraz city court");
        await page.GetByLabel("Its town").FillAsync("Taraz");
        await page.GetByLabel("Its country").FillAsync("Kazakhstan");
        await page.GetByLabel("Kind of case").SelectOptionAsync("Extradition");
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("2021");
        await page.GetByLabel("Outcome for the person's presence").SelectOptionAsync("ExtraditionRefused");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("guided-ruling-1-form"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the ruling" }).ClickAsync();
        await page.GetByText("The ruling is saved with its source.").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("guided-ruling-2-saved"), FullPage = true });

        // Back to the filled form, and send it again: still one ruling, one person, one court. Back fetches the
        // form afresh (a new form token; the browser refills the typed fields), so what stops the second ruling
        // here is the warning about the person and court just made, not the token (CreateOnceTests guard that).
        await page.GoBackAsync();
        await page.WaitForURLAsync("**/editor/rulings/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the ruling" }).ClickAsync();
        await page.GetByText("This person may be in the archive already: Erkin Tursunov").WaitForAsync();
        var (rulingId, key, counts) = (0, "", (0, 0, 0));
        await browser.ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.SingleAsync(r => r.Person.DisplayName == "Erkin Tursunov");
            (rulingId, key) = (ruling.Id, ruling.Key);
            counts = (await db.Rulings.CountAsync(r => r.Person.DisplayName == "Erkin Tursunov"),
                await db.Persons.CountAsync(p => p.DisplayName == "Erkin Tursunov"), await db.Courts.CountAsync(c => c.Name == "Taraz city court"));
            var created = await db.AuditEntries.Where(a => a.Action == Domain.Model.AuditAction.Created && a.Actor == "dana@example.org").Select(a => a.EntityType).ToListAsync();
            Assert.Equal(["Case", "Court", "Person", "Ruling", "Source"], created.Order(StringComparer.Ordinal));
        });
        Assert.Equal((1, 1, 1), counts);

        // Public while cited.
        // The public: a visitor who is not signed in, a new one each time (a browser may keep a public page a minute).
        var ruling = await browser.Browser.NewPageAsync();
        Assert.Equal(200, (await ruling.GotoAsync(browser.BaseAddress + $"/rulings/{key}"))!.Status);
        Assert.Contains("Erkin Tursunov", await ruling.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await ruling.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("guided-ruling-3-public"), FullPage = true });

        // Without its citation the public sees nothing; the editor sees it marked.
        await page.GotoAsync(browser.BaseAddress + $"/editor/citations/ruling/{rulingId}");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove this citation" }).ClickAsync();
        await page.GetByText("No source is cited").WaitForAsync();
        ruling = await browser.Browser.NewPageAsync();
        Assert.Equal(404, (await ruling.GotoAsync(browser.BaseAddress + $"/rulings/{key}"))!.Status);
        await page.GotoAsync(browser.BaseAddress + "/editor/rulings");
        Assert.Contains("not public: unsourced", await page.Locator("tr", new() { HasText = "Erkin Tursunov" }).InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("guided-ruling-4-unsourced-marked"), FullPage = true });

        // Cited again (the source picked by typing part of its title), public again.
        await page.GotoAsync(browser.BaseAddress + $"/editor/citations/ruling/{rulingId}");
        await page.GetByLabel("Source").FillAsync("Taraz court refuses to extradite Erkin Tursunov");
        await page.GetByLabel("The sentence, word for word").FillAsync(Quote);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cite", Exact = true }).ClickAsync();
        await page.Locator("blockquote", new() { HasText = "Taraz city court refused" }).WaitForAsync();
        ruling = await browser.Browser.NewPageAsync();
        Assert.Equal(200, (await ruling.GotoAsync(browser.BaseAddress + $"/rulings/{key}"))!.Status);
    }
}
