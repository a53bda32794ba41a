using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Imports;

[Collection(WebCollection.Name)]
public sealed partial class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_import_an_uploaded_article_and_open_its_review()
    {
        var editor = await factory.SignedInClientAsync();

        var response = await UploadAsync(editor, Encoding.UTF8.GetBytes(ReviewTests.Article), "nurzhanuly.txt");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(ReviewAddress(), response.Headers.Location!.OriginalString);
        var review = await editor.GetStringAsync(response.Headers.Location);
        Assert.Contains("Baqytali Nurzhanuly", review, StringComparison.Ordinal);
        var list = await editor.GetStringAsync("/editor/imports");
        Assert.Contains("Court in Zharkent lets ethnic Kazakh man stay after border trial", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_import_pasted_text_once_however_often_it_is_pasted()
    {
        var editor = await factory.SignedInClientAsync();

        // A pasted text has no title or outlet to read: the editor gives both.
        Dictionary<string, string> Pasted() => new()
        {
            ["Input.Text"] = ReviewTests.Article,
            ["Input.Title"] = "Court in Zharkent lets ethnic Kazakh man stay after border trial",
            ["Input.Outlet"] = "Example News",
        };
        var first = await editor.PostFormAsync("/editor/imports", Pasted());
        var second = await editor.PostFormAsync("/editor/imports", Pasted());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await factory.ChangeAsync(async db => Assert.Equal(1, await db.Imports.CountAsync(i => i.Source.Title.StartsWith("Court in Zharkent lets"))));
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_no_article_and_write_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var before = await CountsAsync();

        var response = await UploadAsync(editor, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], "photo.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is a binary file, not text: save the article as plain text or HTML.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Should_ask_for_a_file_or_text_and_a_real_date()
    {
        var editor = await factory.SignedInClientAsync();

        var response = await editor.PostFormAsync("/editor/imports", new() { ["Input.Text"] = " ", ["Input.Published"] = "2019-02-30" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a file or paste the article's text.", html, StringComparison.Ordinal);
        Assert.Contains("That is not a date of the calendar", html, StringComparison.Ordinal);
    }

    private async Task<(int Imports, int Sources)> CountsAsync()
    {
        var counts = (0, 0);
        await factory.ChangeAsync(async db => counts = (await db.Imports.CountAsync(), await db.Sources.CountAsync()));
        return counts;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient editor, byte[] content, string fileName)
    {
        var page = await editor.GetStringAsync("/editor/imports");
        var token = Form.Read(page, "/editor/imports").Value("__RequestVerificationToken")!;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Input.File", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await editor.PostAsync("/editor/imports", form);
    }

    [GeneratedRegex(@"^/editor/imports/\d+$")]
    private static partial Regex ReviewAddress();
}
