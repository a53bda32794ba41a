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
        var id = await RulingIdOf("qaisha-aqan");

        var html = await factory.CreateClient().GetStringAsync($"/rulings/{id}");

        Assert.Contains("Qaisha Aqan", html, StringComparison.Ordinal);
        Assert.Contains("Zharkent court", html, StringComparison.Ordinal);
        Assert.Contains("Elmira Asubaeva", html, StringComparison.Ordinal);
        Assert.Contains("Arzygul Imyarova", html, StringComparison.Ordinal);
        Assert.Contains("6-month suspended sentence", html, StringComparison.Ordinal);
        Assert.Contains("Illegal border crossing", html, StringComparison.Ordinal);
        Assert.Contains("handed a suspended 6-months prison sentence to Qaisha Aqan", html, StringComparison.Ordinal);
        Assert.Contains("RFE/RL", html, StringComparison.Ordinal);
        Assert.Contains($"/rulings/{id}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_not_found_for_a_ruling_that_does_not_exist()
    {
        var response = await factory.CreateClient().GetAsync("/rulings/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is nothing at this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_show_the_ruling_of_a_withheld_person()
    {
        var id = await RulingIdOf("qaisha-aqan");
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Withhold());

        var client = factory.CreateClient();
        var ruling = await client.GetAsync($"/rulings/{id}");
        var home = await client.GetStringAsync("/");
        var list = await client.GetStringAsync("/rulings");

        Assert.Equal(HttpStatusCode.NotFound, ruling.StatusCode);
        Assert.DoesNotContain("Aqan", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Aqan", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_pseudonymised_person_only_under_the_pseudonym()
    {
        var id = await RulingIdOf("qaisha-aqan");
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Pseudonymise("Defendant Q", "defendant-q"));

        var html = await factory.CreateClient().GetStringAsync($"/rulings/{id}");

        Assert.Contains("Defendant Q", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aqan", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Qaisha", html, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<int> RulingIdOf(string slug)
    {
        var id = 0;
        await factory.ChangeAsync(async db => id = await db.Rulings.Where(r => r.Person.Slug == slug).Select(r => r.Id).SingleAsync());
        return id;
    }
}
