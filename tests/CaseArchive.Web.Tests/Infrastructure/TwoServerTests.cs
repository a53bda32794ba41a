using System.Net;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// Two app servers on two ports against one database, as behind a load balancer: an editor who signed in on
/// one is signed in on the other, and a form opened on one is accepted by the other (cookie and antiforgery
/// token alike), because the Data Protection keys that sign them are kept in the database, not on either server.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TwoServerTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_accept_on_the_second_server_the_sign_in_and_form_of_the_first()
    {
        await factory.CreateUserAsync("amina@example.org");
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var servers = await Task.WhenAll(AppProcess.StartAsync(TestDatabase.ConnectionString), AppProcess.StartAsync(TestDatabase.ConnectionString));
        await using var first = servers[0];
        await using var second = servers[1];
        using var browser = new CookieSession();

        await browser.SignInAsync(first.Address, "amina@example.org", Editors.Password);
        var editorOnSecond = await browser.GetAsync(second.Address, "/editor");
        var formOnFirst = await browser.GetAsync(first.Address, $"/editor/rulings/edit/{id}");
        var form = HtmlForms.PostForms($"/editor/rulings/edit/{id}", await formOnFirst.Content.ReadAsStringAsync()).First(f => f.Action == $"/editor/rulings/edit/{id}");
        var fields = form.Values();
        fields["Input.SentenceMonths"] = "9";
        var saveOnSecond = await browser.PostFormAsync(second.Address, form.Action, fields);

        Assert.Equal(HttpStatusCode.OK, editorOnSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saveOnSecond.StatusCode);
        Assert.Equal($"/editor/rulings/edit/{id}", saveOnSecond.Headers.Location?.OriginalString);
        await factory.ChangeAsync(async db =>
        {
            Assert.Equal(9, (await db.Rulings.SingleAsync(r => r.Id == id)).SentenceMonths);
            Assert.Equal("amina@example.org", (await db.AuditEntries.OrderBy(a => a.Id).LastAsync(a => a.EntityType == "Ruling" && a.EntityId == id)).Actor);
            Assert.True(await db.DataProtectionKeys.AnyAsync(), "no Data Protection key was kept in the database");
        });
        var publicPage = await new HttpClient().GetStringAsync(new Uri(first.Address, await factory.RulingAddressAsync(id)));
        Assert.Contains("9-month suspended sentence", publicPage, StringComparison.Ordinal);
    }
}
