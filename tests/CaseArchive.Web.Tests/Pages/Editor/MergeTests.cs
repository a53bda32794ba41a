using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor;

[Collection(WebCollection.Name)]
public sealed class MergeTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_merge_a_duplicate_person_and_undo_the_merge_from_the_history()
    {
        var editor = await factory.SignedInClientAsync();
        int kept = 0, duplicate = 0, claim = 0;
        await factory.ChangeAsync(async db =>
        {
            var aqan = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
            kept = aqan.Id;
            var copy = new Person("Qaisha Akan", "qaisha-akan");
            copy.AddName("Kaisha Aqan");
            db.Persons.Add(copy);
            db.DetentionClaims.Add(new DetentionClaim(copy, ClaimKind.Threatened) { Facility = "internment camp" });
            await db.SaveChangesAsync();
            duplicate = copy.Id;
            claim = await db.DetentionClaims.Where(c => c.PersonId == copy.Id).Select(c => c.Id).SingleAsync();
        });

        var merged = await editor.PostFormAsync("/editor/persons/merge", new() { ["Keep"] = $"{kept}", ["Duplicate"] = $"{duplicate}" });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await factory.ChangeAsync(async db =>
        {
            Assert.Equal(kept, (await db.DetentionClaims.SingleAsync(c => c.Id == claim)).PersonId);
            var names = await db.PersonNames.Where(n => n.PersonId == kept).Select(n => n.Name).ToListAsync();
            Assert.Contains("Qaisha Akan", names);
            Assert.Contains("Kaisha Aqan", names);
            Assert.False(await db.Persons.AnyAsync(p => p.Id == duplicate));
        });
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/persons/qaisha-akan")).StatusCode);
        var history = await editor.GetStringAsync($"/editor/history/person/{kept}");
        Assert.Contains("Undo this merge", history, StringComparison.Ordinal);

        var merge = await factory.AuditEntryIdAsync("Person", kept, AuditAction.Merged);
        var undone = await editor.PostFormAsync($"/editor/history/person/{kept}", new() { ["entryId"] = $"{merge}" }, handler: "UndoMerge");

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        await factory.ChangeAsync(async db =>
        {
            Assert.Equal(duplicate, (await db.DetentionClaims.SingleAsync(c => c.Id == claim)).PersonId);
            Assert.DoesNotContain("Qaisha Akan", await db.PersonNames.Where(n => n.PersonId == kept).Select(n => n.Name).ToListAsync());
            Assert.True(await db.Persons.AnyAsync(p => p.Id == duplicate));
        });
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/persons/qaisha-akan")).StatusCode);
        Assert.DoesNotContain("Undo this merge", await editor.GetStringAsync($"/editor/history/person/{kept}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_merge_two_courts_moving_their_rulings()
    {
        var editor = await factory.SignedInClientAsync();
        int kept = 0, duplicate = 0;
        await factory.ChangeAsync(async db =>
        {
            var zharkent = await db.Courts.FirstAsync(c => c.Town == "Zharkent");
            kept = zharkent.Id;
            var copy = new Court("A court in Zharkent", "a-court-in-zharkent", zharkent.Country) { Town = "Zharkent" };
            db.Courts.Add(copy);
            await db.SaveChangesAsync();
            duplicate = copy.Id;
            foreach (var ruling in await db.Rulings.Where(r => r.CourtId == kept).ToListAsync())
            {
                ruling.CourtId = copy.Id;
            }
        });

        var merged = await editor.PostFormAsync("/editor/courts/merge", new() { ["Keep"] = $"{kept}", ["Duplicate"] = $"{duplicate}" });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await factory.ChangeAsync(async db =>
        {
            Assert.False(await db.Rulings.AnyAsync(r => r.CourtId == duplicate));
            Assert.False(await db.Courts.AnyAsync(c => c.Id == duplicate));
        });
    }

    [Fact]
    public async Task Should_refuse_to_merge_a_record_with_itself()
    {
        var editor = await factory.SignedInClientAsync();

        var response = await editor.PostFormAsync("/editor/persons/merge", new() { ["Keep"] = "1", ["Duplicate"] = "1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose two different records", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
