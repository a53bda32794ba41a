using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Persons;

[Collection(WebCollection.Name)]
public sealed class EditTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_pseudonymise_a_person_so_the_public_sees_only_the_pseudonym()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await PersonIdAsync("qaisha-aqan");
        var rulingId = await factory.RulingIdOfAsync("qaisha-aqan");

        var saved = await editor.PostFormAsync($"/editor/persons/edit/{id}", await FormAsync(editor, id, ("Input.Visibility", "Pseudonymised"), ("Input.Pseudonym", "Defendant Q")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ruling = await factory.CreateClient().GetStringAsync(await factory.RulingAddressAsync(rulingId));
        Assert.Contains("Defendant Q", ruling, StringComparison.Ordinal);
        Assert.DoesNotContain("Qaisha", ruling, StringComparison.Ordinal);
        var slug = "";
        await factory.ChangeAsync(async db => slug = (await db.Persons.SingleAsync(p => p.Id == id)).Slug);
        Assert.True(OpaqueKeys.IsWellFormed(slug), $"the pseudonymised person's slug {slug} is not random");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/persons/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/persons/qaisha-aqan")).StatusCode);
    }

    [Fact]
    public async Task Should_show_under_a_pseudonym_only_the_facts_the_editor_marks_safe_and_keep_the_marks_in_the_history()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await PersonIdAsync("qaisha-aqan");
        var form = await editor.GetStringAsync($"/editor/persons/edit/{id}");
        Assert.Contains("name=\"Input.ShownFacts\" value=\"Citizenship\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.ShownFacts\" value=\"Citizenship\" checked", form, StringComparison.Ordinal);

        var saved = await editor.PostFormAsync($"/editor/persons/edit/{id}", await FormAsync(editor, id,
            ("Input.Visibility", "Pseudonymised"), ("Input.Pseudonym", "Defendant Q"), ("Input.Ethnicity", "Xibe"), ("Input.Citizenship", "Kyrgyzstan"),
            ("Input.ShownFacts", "Citizenship")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var slug = "";
        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == id);
            Assert.Equal([PersonFact.Citizenship], person.FactsShownUnderPseudonym);
            slug = person.Slug;
            var change = await db.AuditEntries.Where(a => a.EntityType == "Person" && a.EntityId == id).OrderBy(a => a.Id).LastAsync();
            Assert.Equal("[\"citizenship\"]", System.Text.Json.Nodes.JsonNode.Parse(change.After!)!["FactsShownUnderPseudonym"]!.ToJsonString());
        });
        var page = await factory.CreateClient().GetStringAsync($"/persons/{slug}");
        Assert.Contains("Kyrgyzstan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Xibe", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.ShownFacts\" value=\"Citizenship\" checked", await editor.GetStringAsync($"/editor/persons/edit/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_ask_for_a_pseudonym_beside_the_field_and_save_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await PersonIdAsync("qaisha-aqan");

        var response = await editor.PostFormAsync($"/editor/persons/edit/{id}", await FormAsync(editor, id, ("Input.Visibility", "Pseudonymised"), ("Input.Pseudonym", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A pseudonymised person needs the pseudonym the public will see", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.Equal(PersonVisibility.Public, (await db.Persons.SingleAsync(p => p.Id == id)).Visibility));
    }

    [Fact]
    public async Task Should_keep_a_change_of_spellings_in_the_history()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await PersonIdAsync("qaisha-aqan");

        await editor.PostFormAsync($"/editor/persons/edit/{id}", await FormAsync(editor, id, ("Input.OtherNames", "Kaisha Akan\nҚайша Ақан\nQaysha Aqan")));

        var history = await editor.GetStringAsync($"/editor/history/person/{id}");
        Assert.Contains("Qaysha Aqan", history, StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.Equal(3, await db.PersonNames.CountAsync(n => n.PersonId == id)));
    }

    [Fact]
    public async Task Should_refuse_to_delete_a_person_who_has_rulings()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await PersonIdAsync("qaisha-aqan");

        var response = await editor.PostFormAsync($"/editor/persons/edit/{id}", new(await FormAsync(editor, id)) { ["DeleteConfirmed"] = "true" }, handler: "Delete");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot be deleted while records are about them", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.False((await db.Persons.SingleAsync(p => p.Id == id)).IsDeleted));
    }

    private async Task<int> PersonIdAsync(string slug)
    {
        var id = 0;
        await factory.ChangeAsync(async db => id = await db.Persons.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
        return id;
    }

    internal static async Task<Dictionary<string, string>> FormAsync(HttpClient editor, int id, params (string Name, string Value)[] changes)
    {
        var html = await editor.GetStringAsync($"/editor/persons/edit/{id}");
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = Editors.FieldValue(html, "Input.Version"),
            ["Input.DisplayName"] = Editors.FieldValue(html, "Input.DisplayName"),
            ["Input.OtherNames"] = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<textarea[^>]*name=\"Input.OtherNames\"[^>]*>\\s*([^<]*)</textarea>").Groups[1].Value),
            ["Input.Visibility"] = Editors.SelectedValue(html, "Input.Visibility"),
            ["Input.Pseudonym"] = Editors.FieldValue(html, "Input.Pseudonym"),
            ["Input.Ethnicity"] = Editors.FieldValue(html, "Input.Ethnicity"),
            ["Input.Citizenship"] = Editors.FieldValue(html, "Input.Citizenship"),
            ["Input.Gender"] = Editors.SelectedValue(html, "Input.Gender"),
        };
        foreach (var (name, value) in changes)
        {
            form[name] = value;
        }
        return form;
    }
}
