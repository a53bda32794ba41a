using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Cases;

[Collection(WebCollection.Name)]
public sealed class EditTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_add_and_remove_a_person_in_a_case_with_both_in_its_history()
    {
        var editor = await factory.SignedInClientAsync();
        int caseId = 0, lawyer = 0;
        await factory.ChangeAsync(async db =>
        {
            caseId = await db.Rulings.Where(r => r.Person.Slug == "qaisha-aqan").Select(r => r.CaseId).SingleAsync();
            var person = new Person("Aiman Umarova", "aiman-umarova");
            db.Persons.Add(person);
            await db.SaveChangesAsync();
            lawyer = person.Id;
        });

        var added = await editor.PostFormAsync($"/editor/cases/edit/{caseId}", new() { ["personId"] = $"{lawyer}", ["role"] = "Lawyer" }, handler: "AddParty");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var partyId = 0;
        await factory.ChangeAsync(async db => partyId = (await db.CaseParties.SingleAsync(p => p.CaseId == caseId && p.PersonId == lawyer && p.Role == PartyRole.Lawyer)).Id);

        var removed = await editor.PostFormAsync($"/editor/cases/edit/{caseId}", new() { ["partyId"] = $"{partyId}" }, handler: "RemoveParty");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await factory.ChangeAsync(async db => Assert.False(await db.CaseParties.AnyAsync(p => p.PersonId == lawyer)));
        var history = await editor.GetStringAsync($"/editor/history/case/{caseId}");
        Assert.Contains($"added Aiman Umarova (#{lawyer}) as lawyer", history, StringComparison.Ordinal);
        Assert.Contains($"removed Aiman Umarova (#{lawyer}) as lawyer", history, StringComparison.Ordinal);
    }
}
