using System.Net;
using System.Text.Json;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Api;

/// <summary>/api/v1/rulings/{id}, /api/v1/persons/{slug} and /api/v1/courts/{slug}: one public record, or a 404 in problem details that says no more for a hidden person than for a missing one.</summary>
[Collection(WebCollection.Name)]
public sealed class SingleRecordApiTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_give_a_ruling_by_the_key_of_its_address()
    {
        var client = factory.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?outcome=not_deported"));
        var id = list.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;

        using var one = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings/" + id));

        Assert.Equal(id, one.RootElement.GetProperty("id").GetString());
        Assert.Equal("Qaisha Aqan", one.RootElement.GetProperty("person").GetString());
        Assert.EndsWith("/rulings/" + id, one.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_give_a_person_and_a_court_by_slug()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/api/v1/persons/qaisha-aqan");
        using var person = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var court = JsonDocument.Parse(await client.GetStringAsync("/api/v1/courts/zharkent-court"));

        Assert.Equal("Qaisha Aqan", person.RootElement.GetProperty("name").GetString());
        Assert.Equal("noindex, noarchive", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Contains("Қайша Ақан", person.RootElement.GetProperty("other_names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(1, person.RootElement.GetProperty("rulings").GetInt32());
        Assert.Equal("Zharkent court", court.RootElement.GetProperty("name").GetString());
        Assert.Equal(1, court.RootElement.GetProperty("rulings").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/rulings/nosuchkey0000")]
    [InlineData("/api/v1/persons/no-such-person")]
    [InlineData("/api/v1/courts/no-such-court")]
    public async Task Should_answer_a_missing_record_with_404_problem_details(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Not found", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_answer_a_withheld_person_and_their_ruling_as_missing()
    {
        var client = factory.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?outcome=not_deported"));
        var id = list.RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Withhold());
        await using var db = new TestDatabase().CreateContext();
        var newKey = await db.Rulings.Where(r => r.Person.Slug == "qaisha-aqan").Select(r => r.Key).SingleAsync();

        var person = await client.GetAsync("/api/v1/persons/qaisha-aqan");
        var missing = await client.GetAsync("/api/v1/persons/no-such-person");
        var ruling = await client.GetAsync("/api/v1/rulings/" + newKey);
        var oldRuling = await client.GetAsync("/api/v1/rulings/" + id);
        var court = await client.GetStringAsync("/api/v1/courts/zharkent-court");

        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        // The same answer, byte for byte, as for a person who never existed.
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await person.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, ruling.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oldRuling.StatusCode);
        Assert.DoesNotContain("Qaisha", await person.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        using var courtJson = JsonDocument.Parse(court);
        Assert.Equal(0, courtJson.RootElement.GetProperty("rulings").GetInt32());
    }

    [Fact]
    public async Task Should_give_a_pseudonymised_person_only_under_the_pseudonym()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Pseudonymise("Witness A"));
        await using var db = new TestDatabase().CreateContext();
        var slug = await db.Persons.Where(p => p.Pseudonym == "Witness A").Select(p => p.Slug).SingleAsync();
        var client = factory.CreateClient();

        var old = await client.GetAsync("/api/v1/persons/qaisha-aqan");
        var body = await client.GetStringAsync("/api/v1/persons/" + slug);
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal("Witness A", json.RootElement.GetProperty("name").GetString());
        Assert.Empty(json.RootElement.GetProperty("other_names").EnumerateArray());
        Assert.DoesNotContain("Qaisha", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Қайша", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Aqan", body, StringComparison.OrdinalIgnoreCase);
    }
}
