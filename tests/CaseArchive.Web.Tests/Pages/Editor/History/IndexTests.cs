using System.Net;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Tests.Pages.Editor.Rulings;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.History;

[Collection(WebCollection.Name)]
public sealed class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_restore_an_earlier_version_of_a_ruling_as_a_new_change()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditTests.EditFormAsync(editor, id, ("Input.SentenceMonths", "12")));
        await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditTests.EditFormAsync(editor, id, ("Input.SentenceMonths", "18")));
        var twelve = await UpdateEntryIdAsync(id, "\"SentenceMonths\": 12");

        var restored = await editor.PostFormAsync($"/editor/history/ruling/{id}",
            new() { ["entryId"] = twelve.ToString(System.Globalization.CultureInfo.InvariantCulture), ["before"] = "false", ["version"] = await CurrentVersionAsync(editor, id) },
            handler: "Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("12-month suspended sentence", await factory.CreateClient().GetStringAsync(await factory.RulingAddressAsync(id)), StringComparison.Ordinal);
        var history = await editor.GetStringAsync($"/editor/history/ruling/{id}");
        Assert.Contains("Restored", history, StringComparison.Ordinal);
        Assert.Contains("restored the version after the change of", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_hide_a_deleted_ruling_and_bring_it_back_from_its_history()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var form = await EditTests.EditFormAsync(editor, id);

        var deleted = await editor.PostFormAsync($"/editor/rulings/edit/{id}", new(form) { ["DeleteConfirmed"] = "true" }, handler: "Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(await factory.RulingAddressAsync(id))).StatusCode);
        Assert.DoesNotContain("Qaisha Aqan", await factory.CreateClient().GetStringAsync("/rulings"), StringComparison.Ordinal);
        Assert.Contains($"/editor/history/ruling/{id}", await editor.GetStringAsync("/editor/deleted"), StringComparison.Ordinal);

        var deletion = await factory.AuditEntryIdAsync("Ruling", id, AuditAction.Deleted);
        var restored = await editor.PostFormAsync($"/editor/history/ruling/{id}",
            new() { ["entryId"] = deletion.ToString(System.Globalization.CultureInfo.InvariantCulture), ["before"] = "true", ["version"] = Editors.FieldValue(await editor.GetStringAsync($"/editor/history/ruling/{id}"), "version") },
            handler: "Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("6-month suspended sentence", await factory.CreateClient().GetStringAsync(await factory.RulingAddressAsync(id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_restore_when_the_record_changed_after_the_history_was_opened()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditTests.EditFormAsync(editor, id, ("Input.SentenceMonths", "12")));
        await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditTests.EditFormAsync(editor, id, ("Input.SentenceMonths", "18")));
        var staleVersion = await CurrentVersionAsync(editor, id);
        await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditTests.EditFormAsync(editor, id, ("Input.SentenceMonths", "24")));
        var twelve = await UpdateEntryIdAsync(id, "\"SentenceMonths\": 12");

        var response = await editor.PostFormAsync($"/editor/history/ruling/{id}",
            new() { ["entryId"] = twelve.ToString(System.Globalization.CultureInfo.InvariantCulture), ["before"] = "false", ["version"] = staleVersion },
            handler: "Restore");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone changed this record after you opened its history", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.Equal(24, (await db.Rulings.SingleAsync(r => r.Id == id)).SentenceMonths));
    }

    [Fact]
    public async Task Should_show_who_changed_what_in_words()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditTests.EditFormAsync(editor, id, ("Input.Outcome", "Deported"), ("Input.Date.Day", "")));

        var history = await editor.GetStringAsync($"/editor/history/ruling/{id}");

        Assert.Contains("amina@example.org", history, StringComparison.Ordinal);
        Assert.Contains("<th>Outcome</th><td class=\"before\">not deported</td><td class=\"after\">deported</td>", history, StringComparison.Ordinal);
        Assert.Contains("<th>Date</th><td class=\"before\">23 December 2019 (inferred)</td><td class=\"after\">December 2019 (inferred)</td>", history, StringComparison.Ordinal);
    }

    private static async Task<string> CurrentVersionAsync(HttpClient editor, int id) =>
        Editors.FieldValue(await editor.GetStringAsync($"/editor/rulings/edit/{id}"), "Input.Version");

    private async Task<long> UpdateEntryIdAsync(int rulingId, string afterContains)
    {
        long id = 0;
        await factory.ChangeAsync(async db => id = (await db.AuditEntries
            .Where(a => a.EntityType == "Ruling" && a.EntityId == rulingId && a.Action == AuditAction.Updated)
            .ToListAsync()).First(a => a.After!.Contains(afterContains, StringComparison.Ordinal)).Id);
        return id;
    }
}
