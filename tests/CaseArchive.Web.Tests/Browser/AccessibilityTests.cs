using CaseArchive.Web.Tests.Localization;
using Deque.AxeCore.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>axe-core in Chromium on every public page, in English, Russian and Kazakh.</summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_find_no_accessibility_violation_on_any_public_page_in_any_language()
    {
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseAddress) };
        var pages = await LocalizationTests.PublicPagesAsync(client);
        var page = await browser.Browser.NewPageAsync();
        var violations = new List<string>();

        foreach (var prefix in new[] { "", "/ru", "/kk" })
        {
            foreach (var address in pages)
            {
                await page.GotoAsync(browser.BaseAddress + prefix + address);
                var result = await page.RunAxe();
                violations.AddRange(result.Violations.Select(v =>
                    $"{prefix}{address}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}"));
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
