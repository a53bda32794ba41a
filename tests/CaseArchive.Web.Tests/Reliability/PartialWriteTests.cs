using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Reliability;

/// <summary>
/// An editor's save is one transaction: the app server killed (kill -9) while it saves, after it has written
/// the record and before it has written the record's history and committed, leaves the archive as it was.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PartialWriteTests(ArchiveFactory factory) : IAsyncLifetime
{
    private const string ApplicationName = "casearchive-killed-save";

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_leave_the_archive_as_it_was_when_the_server_is_killed_during_an_editors_save()
    {
        await factory.CreateUserAsync("amina@example.org");
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        await using var server = await AppProcess.StartAsync($"{TestDatabase.ConnectionString};Application Name={ApplicationName}");
        using var browser = new CookieSession();
        await browser.SignInAsync(server.Address, "amina@example.org", Editors.Password);
        var page = await browser.GetAsync(server.Address, $"/editor/rulings/edit/{id}");
        var form = HtmlForms.PostForms($"/editor/rulings/edit/{id}", await page.Content.ReadAsStringAsync()).First(f => f.Action == $"/editor/rulings/edit/{id}");
        var fields = form.Values();
        fields["Input.SentenceMonths"] = "30";
        fields["Input.Summary"] = "A summary that must never be half saved.";
        var before = await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString);

        int session;
        await using (var history = await HistoryLock.TakeAsync(TestDatabase.ConnectionString))
        {
            var save = browser.PostFormAsync(server.Address, form.Action, fields);
            try
            {
                session = await history.WaitForWriterAsync(ApplicationName, TimeSpan.FromSeconds(60));
            }
            finally
            {
                server.Kill();
            }
            await Assert.ThrowsAnyAsync<Exception>(() => save);
        }
        await HistoryLock.WaitForSessionToEndAsync(TestDatabase.ConnectionString, session, TimeSpan.FromSeconds(30));

        Assert.Equal(before, await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString));
        await factory.ChangeAsync(async db => Assert.Equal(6, (await db.Rulings.SingleAsync(r => r.Id == id)).SentenceMonths));
    }
}
