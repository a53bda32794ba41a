using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Rulings;

[Collection(WebCollection.Name)]
public sealed class DetailsTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_show_the_zharkent_ruling_with_its_facts_and_source()
    {
        var key = await RulingKeyOf("qaisha-aqan");

        var html = await factory.CreateClient().GetStringAsync($"/rulings/{key}");

        Assert.Contains("Qaisha Aqan", html, StringComparison.Ordinal);
        Assert.Contains("Zharkent court", html, StringComparison.Ordinal);
        Assert.Contains("Elmira Asubaeva", html, StringComparison.Ordinal);
        Assert.Contains("Arzygul Imyarova", html, StringComparison.Ordinal);
        Assert.Contains("6-month suspended sentence", html, StringComparison.Ordinal);
        Assert.Contains("Illegal border crossing", html, StringComparison.Ordinal);
        Assert.Contains("handed a suspended 6-months prison sentence to Qaisha Aqan", html, StringComparison.Ordinal);
        Assert.Contains("RFE/RL", html, StringComparison.Ordinal);
        Assert.Contains($"/rulings/{key}", html, StringComparison.Ordinal);
        Assert.Contains($"/rulings/{key} (accessed ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_not_found_for_a_ruling_that_does_not_exist()
    {
        var response = await factory.CreateClient().GetAsync("/rulings/aaaaaaaaaaaa");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is nothing at this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A ruling's database id is no address: it would show how many records lie between two, hidden ones too.</summary>
    [Fact]
    public async Task Should_answer_not_found_at_a_rulings_database_id()
    {
        var id = 0;
        await factory.ChangeAsync(async db => id = await db.Rulings.Where(r => r.Person.Slug == "qaisha-aqan").Select(r => r.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/rulings/{id}")).StatusCode);
    }

    /// <summary>
    /// An earlier copy of the page (the name beside its address) must not tie the name to the pseudonym:
    /// the old address answers 404, and the new one has nothing of the old.
    /// </summary>
    [Fact]
    public async Task Should_move_a_ruling_to_a_new_unrelated_address_when_its_person_is_pseudonymised_or_made_public_again()
    {
        var client = factory.CreateClient();
        var named = await RulingKeyOf("qaisha-aqan");
        Assert.Contains("Qaisha Aqan", await client.GetStringAsync($"/rulings/{named}"), StringComparison.Ordinal);

        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Pseudonymise("Defendant Q"));
        var pseudonymised = await RulingKeyOfPseudonym("Defendant Q");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rulings/{named}")).StatusCode);
        Assert.True(OpaqueKeys.IsWellFormed(pseudonymised));
        Assert.NotEqual(named, pseudonymised);
        Assert.Contains("Defendant Q", await client.GetStringAsync($"/rulings/{pseudonymised}"), StringComparison.Ordinal);

        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Pseudonym == "Defendant Q")).MakePublic("qaisha-aqan"));
        var namedAgain = await RulingKeyOf("qaisha-aqan");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rulings/{pseudonymised}")).StatusCode);
        Assert.DoesNotContain(namedAgain, new[] { named, pseudonymised });
        Assert.Contains("Qaisha Aqan", await client.GetStringAsync($"/rulings/{namedAgain}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_show_the_ruling_of_a_withheld_person()
    {
        var key = await RulingKeyOf("qaisha-aqan");
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Withhold());

        var client = factory.CreateClient();
        var ruling = await client.GetAsync($"/rulings/{key}");
        var home = await client.GetStringAsync("/");
        var list = await client.GetStringAsync("/rulings");

        Assert.Equal(HttpStatusCode.NotFound, ruling.StatusCode);
        Assert.DoesNotContain("Aqan", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Aqan", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_pseudonymised_person_only_under_the_pseudonym()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Pseudonymise("Defendant Q"));

        var html = await factory.CreateClient().GetStringAsync($"/rulings/{await RulingKeyOfPseudonym("Defendant Q")}");

        Assert.Contains("Defendant Q", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aqan", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Qaisha", html, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> RulingKeyOf(string slug)
    {
        var key = "";
        await factory.ChangeAsync(async db => key = await db.Rulings.Where(r => r.Person.Slug == slug).Select(r => r.Key).SingleAsync());
        return key;
    }

    private async Task<string> RulingKeyOfPseudonym(string pseudonym)
    {
        var key = "";
        await factory.ChangeAsync(async db => key = await db.Rulings.Where(r => r.Person.Pseudonym == pseudonym).Select(r => r.Key).SingleAsync());
        return key;
    }
}
