using System.Net;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor;

/// <summary>Charges and countries of origin come from one list each (ControlledLists): a spelling cannot split a facet.</summary>
[Collection(WebCollection.Name)]
public sealed class ControlledListTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_refuse_a_country_not_in_the_list_and_save_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await PersonIdAsync("murager-alimuly");

        var response = await editor.PostFormAsync($"/editor/persons/edit/{id}", await Persons.EditTests.FormAsync(editor, id, ("Input.OriginCountry", "Chinaa"), ("Input.Ethnicity", "Uyghur")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&quot;Chinaa&quot; is not in the list of country values", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == id);
            Assert.Equal(("China", "Kazakh"), (person.OriginCountry, person.Ethnicity));
        });
    }

    [Fact]
    public async Task Should_store_an_alias_or_another_case_as_the_list_entry_and_count_one_facet_value()
    {
        var editor = await factory.SignedInClientAsync();
        var aqan = await PersonIdAsync("qaisha-aqan");
        var sauytbay = await PersonIdAsync("sairagul-sauytbay");

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/editor/persons/edit/{aqan}", await Persons.EditTests.FormAsync(editor, aqan, ("Input.OriginCountry", "mongolia")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/editor/persons/edit/{sauytbay}", await Persons.EditTests.FormAsync(editor, sauytbay, ("Input.OriginCountry", "Монголия")))).StatusCode);

        await factory.ChangeAsync(async db =>
            Assert.Equal(["Mongolia", "Mongolia"], await db.Persons.Where(p => p.Id == aqan || p.Id == sauytbay).Select(p => p.OriginCountry).ToListAsync()));
        var html = await factory.CreateClient().GetStringAsync("/rulings");
        Assert.Contains(">Mongolia (2)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">mongolia (", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Монголия (", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_charge_not_in_the_list_and_save_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");

        var response = await editor.PostFormAsync($"/editor/rulings/edit/{id}", await Rulings.EditTests.EditFormAsync(editor, id, ("Input.Charges", "jaywalking"), ("Input.SentenceMonths", "12")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&quot;jaywalking&quot; is not in the list of charge values", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.SingleAsync(r => r.Id == id);
            Assert.Equal(["illegal_border_crossing"], ruling.Charges);
            Assert.NotEqual(12, ruling.SentenceMonths);
        });
    }

    [Fact]
    public async Task Should_store_a_charge_typed_as_its_label_as_the_list_code_and_offer_the_list()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");

        var form = await editor.GetStringAsync($"/editor/rulings/edit/{id}");
        Assert.Contains("<option selected=\"selected\" value=\"illegal_border_crossing\">Illegal border crossing</option>", form, StringComparison.Ordinal);
        var saved = await editor.PostFormAsync($"/editor/rulings/edit/{id}", await Rulings.EditTests.EditFormAsync(editor, id, ("Input.Charges", "Inciting Ethnic Discord")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await factory.ChangeAsync(async db => Assert.Equal(["inciting_discord"], (await db.Rulings.SingleAsync(r => r.Id == id)).Charges));
    }

    private async Task<int> PersonIdAsync(string slug)
    {
        var id = 0;
        await factory.ChangeAsync(async db => id = (await db.Persons.SingleAsync(p => p.Slug == slug)).Id);
        return id;
    }
}
