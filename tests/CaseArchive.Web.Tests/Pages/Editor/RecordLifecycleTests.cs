using System.Net;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor;

/// <summary>Every kind of record can be created, edited, deleted and restored from its history, through the editors' pages.</summary>
[Collection(WebCollection.Name)]
public sealed class RecordLifecycleTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string> Kinds => new()
    {
        // kind, the field the edit changes, its new value
        { "person", "Input.PlaceOfOrigin", "Ili prefecture" },
        { "court", "Input.Town", "Almaty" },
        { "case", "Input.Status", "Decided" },
        { "ruling", "Input.ProsecutorSought", "two years in prison" },
        { "claim", "Input.Facility", "reeducation camp" },
        { "event", "Input.Place", "Khorgos" },
        { "source", "Input.Outlet", "Azattyq" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Should_create_edit_delete_and_restore_a_record(string kind, string field, string value)
    {
        var editor = await factory.SignedInClientAsync();
        var fields = await NewRecordFieldsAsync(kind);

        var created = await editor.PostFormAsync($"/editor/{kind}s/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        fields[field] = value;
        fields["Input.Version"] = Editors.FieldValue(await editor.GetStringAsync($"/editor/{kind}s/edit/{id}"), "Input.Version");
        var edited = await editor.PostFormAsync($"/editor/{kind}s/edit/{id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        fields["Input.Version"] = Editors.FieldValue(await editor.GetStringAsync($"/editor/{kind}s/edit/{id}"), "Input.Version");
        // The first press only asks: the record's page again, with the question and the button that deletes.
        var asked = await editor.PostFormAsync($"/editor/{kind}s/edit/{id}", fields, handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal($"/editor/{kind}s/edit/{id}?delete=confirm", asked.Headers.Location?.OriginalString);
        Assert.False((await RecordAsync(kind, id)).IsDeleted);
        var question = await editor.GetStringAsync(asked.Headers.Location!.OriginalString);
        Assert.Contains("Delete this record?", question, StringComparison.Ordinal);
        Assert.Contains("Yes, delete it", question, StringComparison.Ordinal);
        var deleted = await editor.PostFormAsync($"/editor/{kind}s/edit/{id}", new(fields) { ["DeleteConfirmed"] = "true" }, handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.True((await RecordAsync(kind, id)).IsDeleted);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/editor/{kind}s/edit/{id}")).StatusCode);

        var typeName = RecordKinds.TypeOf(kind)!.Name;
        var deletion = await factory.AuditEntryIdAsync(typeName, id, AuditAction.Deleted);
        var history = await editor.GetStringAsync($"/editor/history/{kind}/{id}");
        var restored = await editor.PostFormAsync($"/editor/history/{kind}/{id}",
            new() { ["entryId"] = $"{deletion}", ["before"] = "true", ["version"] = Editors.FieldValue(history, "version") }, handler: "Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.False((await RecordAsync(kind, id)).IsDeleted);
        Assert.Contains(value, await editor.GetStringAsync($"/editor/{kind}s/edit/{id}"), StringComparison.Ordinal);
        var actions = new List<AuditAction>();
        await factory.ChangeAsync(async db => actions = await db.AuditEntries.Where(a => a.EntityType == typeName && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted, AuditAction.Restored], actions);
    }

    private async Task<Entity> RecordAsync(string kind, int id)
    {
        Entity? record = null;
        await factory.ChangeAsync(async db => record = await Restoring.LoadAsync(db, RecordKinds.TypeOf(kind)!.Name, id));
        return record!;
    }

    private async Task<Dictionary<string, string>> NewRecordFieldsAsync(string kind)
    {
        int person = 0, court = 0, @case = 0;
        await factory.ChangeAsync(async db =>
        {
            person = await db.Persons.Where(p => p.Slug == "qaisha-aqan").Select(p => p.Id).SingleAsync();
            court = await db.Courts.Select(c => c.Id).FirstAsync();
            @case = await db.Cases.Select(c => c.Id).FirstAsync();
        });
        return kind switch
        {
            "person" => new() { ["Input.DisplayName"] = "Erlan Test", ["Input.Visibility"] = "Public" },
            "court" => new() { ["Input.Name"] = "Almaty City Court", ["Input.Country"] = "Kazakhstan", ["Input.Level"] = "Regional" },
            "case" => new() { ["Input.Title"] = "Extradition of Erlan Test", ["Input.Kind"] = "Extradition", ["Input.Status"] = "Open" },
            "ruling" => new() { ["Input.CaseId"] = $"{@case}", ["Input.CourtId"] = $"{court}", ["Input.PersonId"] = $"{person}", ["Input.Outcome"] = "Deported", ["Input.Date.Year"] = "2020" },
            "claim" => new() { ["Input.PersonId"] = $"{person}", ["Input.Kind"] = "Detained", ["Input.Status"] = "Reported" },
            "event" => new() { ["Input.PersonId"] = $"{person}", ["Input.Kind"] = "Arrest", ["Input.Date.Year"] = "2019", ["Input.Date.Month"] = "10" },
            "source" => new() { ["Input.Title"] = "Another article", ["Input.Outlet"] = "Example News", ["Input.Text"] = "A court in Almaty heard the case." },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
