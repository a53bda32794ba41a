using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Importing;
using CaseArchive.Web.Tests.Pages.Editor.Imports;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Sources;

[Collection(WebCollection.Name)]
public sealed class EditTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> NotWebAddresses =>
        ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/a", "/relative/path", "//evil.example/a"];

    [Theory]
    [MemberData(nameof(NotWebAddresses))]
    public async Task Should_refuse_an_address_that_is_not_http_or_https_beside_the_field_and_save_nothing(string address)
    {
        var editor = await factory.SignedInClientAsync();
        var (id, before) = await FirstSourceAsync();
        var html = await editor.GetStringAsync($"/editor/sources/edit/{id}");

        var changed = await editor.PostFormAsync($"/editor/sources/edit/{id}", new()
        {
            ["Input.Version"] = Editors.FieldValue(html, "Input.Version"),
            ["Input.Title"] = Editors.FieldValue(html, "Input.Title"),
            // A source needs an outlet to be saved: keep the one it has.
            ["Input.Outlet"] = Editors.FieldValue(html, "Input.Outlet") is { Length: > 0 } outlet ? outlet : "Azattyq",
            ["Input.Url"] = address,
        });
        var added = await editor.PostFormAsync("/editor/sources/edit", new()
        {
            ["Input.Title"] = "A new article",
            ["Input.Outlet"] = "Azattyq",
            ["Input.Url"] = address,
            ["Input.Text"] = "A court in Taraz ruled on Monday.",
        });

        foreach (var response in new[] { changed, added })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Matches("<span class=\"field-error[^\"]*\"[^>]*data-valmsg-for=\"Input.Url\"[^>]*>Only a web address starting with http:// or https:// can be saved here.</span>", await response.Content.ReadAsStringAsync());
        }
        await factory.ChangeAsync(async db =>
        {
            Assert.Equal(before, (await db.Sources.SingleAsync(s => s.Id == id)).Url);
            Assert.False(await db.Sources.AnyAsync(s => s.Title == "A new article"));
        });
    }

    [Fact]
    public async Task Should_save_an_https_address()
    {
        var editor = await factory.SignedInClientAsync();
        var (id, _) = await FirstSourceAsync();
        var html = await editor.GetStringAsync($"/editor/sources/edit/{id}");

        var response = await editor.PostFormAsync($"/editor/sources/edit/{id}", new()
        {
            ["Input.Version"] = Editors.FieldValue(html, "Input.Version"),
            ["Input.Title"] = Editors.FieldValue(html, "Input.Title"),
            // A source needs an outlet to be saved: keep the one it has.
            ["Input.Outlet"] = Editors.FieldValue(html, "Input.Outlet") is { Length: > 0 } outlet ? outlet : "Azattyq",
            ["Input.Url"] = " https://steppe.example/a ",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.ChangeAsync(async db => Assert.Equal("https://steppe.example/a", (await db.Sources.SingleAsync(s => s.Id == id)).Url));
    }

    [Fact]
    public async Task Should_show_a_stored_address_that_is_not_http_as_text_and_never_as_a_link()
    {
        // Rows written before the forms and the importer refused such addresses.
        var importId = 0;
        await factory.ChangeAsync(async db =>
            importId = (await new ArticleImporter(db, ArticleExtractor.Instance).ImportAsync(Encoding.UTF8.GetBytes(ReviewTests.Article), "nurzhanuly.txt")).Import.Id);
        await factory.ChangeAsync(async db => await db.Sources.ForEachAsync(s => s.Url = " JaVaScRiPt:alert(document.cookie)"));
        var ruling = await factory.RulingAddressAsync(await factory.RulingIdOfAsync("qaisha-aqan"));
        var editor = await factory.SignedInClientAsync();

        foreach (var (client, page) in new[] { (factory.CreateClient(), ruling), (factory.CreateClient(), "/persons/qaisha-aqan"), (editor, $"/editor/imports/{importId}") })
        {
            var html = await client.GetStringAsync(page);
            Assert.Contains(page.StartsWith("/editor", StringComparison.Ordinal) ? "JaVaScRiPt:alert(document.cookie)" : "Court Rules That Ethnic Kazakh Will Not Be Deported To China", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex("href=\"\\s*javascript:", RegexOptions.IgnoreCase), html);
        }
    }

    private async Task<(int Id, string? Url)> FirstSourceAsync()
    {
        (int, string?) found = default;
        await factory.ChangeAsync(async db => found = await db.Sources.OrderBy(s => s.Id).Select(s => new ValueTuple<int, string?>(s.Id, s.Url)).FirstAsync());
        return found;
    }
}
