using System.Net;
using CaseArchive.Web.Infrastructure;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>On real Kestrel: a request body over the limit, or a form field too long, is refused with a 4xx and changes nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class RequestLimitTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_refuse_bodies_and_fields_over_the_limits_and_change_nothing()
    {
        await factory.CreateUserAsync("amina@example.org");
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        await using var server = await AppProcess.StartAsync(TestDatabase.ConnectionString);
        using var browser = new CookieSession();
        await browser.SignInAsync(server.Address, "amina@example.org", Editors.Password);
        var page = await browser.GetAsync(server.Address, $"/editor/rulings/edit/{id}");
        var form = HtmlForms.PostForms($"/editor/rulings/edit/{id}", await page.Content.ReadAsStringAsync()).First(f => f.Action == $"/editor/rulings/edit/{id}");
        var before = await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString, "data_protection_keys");

        var tooBig = form.Values();
        tooBig["Input.Summary"] = new string('a', (int)ArchiveSetup.MaxRequestBodyBytes + 1);
        // As browsers and proxies may, the client waits for the server's go-ahead: the server answers before the body is sent.
        using var tooBigRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, form.Action)) { Content = new FormUrlEncodedContent(tooBig) };
        tooBigRequest.Headers.ExpectContinue = true;
        var bodyTooBig = await browser.SendAsync(tooBigRequest);
        var tooLong = form.Values();
        tooLong["Input.Summary"] = new string('a', ArchiveSetup.MaxFormValueLength + 1);
        var fieldTooLong = await browser.PostFormAsync(server.Address, form.Action, tooLong);
        using var upload = new ByteArrayContent(new byte[ArchiveSetup.MaxRequestBodyBytes + 1]);
        using var apiRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "/api/v1/rulings")) { Content = upload };
        apiRequest.Headers.ExpectContinue = true;
        var apiTooBig = await browser.SendAsync(apiRequest);

        // 413 from Kestrel, or 400 where the antiforgery check reads the form first and is refused the body.
        Assert.True(bodyTooBig.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"a body too big answered {(int)bodyTooBig.StatusCode}");
        Assert.True((int)fieldTooLong.StatusCode is >= 400 and < 500, $"a field too long answered {(int)fieldTooLong.StatusCode}");
        Assert.True((int)apiTooBig.StatusCode is >= 400 and < 500, $"a body too big for the API answered {(int)apiTooBig.StatusCode}");
        Assert.Equal(before, await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString, "data_protection_keys"));
        // Within the limits, the same form saves.
        var fine = form.Values();
        fine["Input.SentenceMonths"] = "7";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(server.Address, form.Action, fine)).StatusCode);
    }
}
