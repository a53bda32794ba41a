using System.Net;
using System.Text.Json;
using CaseArchive.Domain.Model;

namespace CaseArchive.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class RulingsApiTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_answer_rulings_with_their_facts_in_snake_case()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/rulings?outcome=not_deported"));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("count").GetInt32());
        Assert.False(root.GetProperty("count_is_estimate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("next").ValueKind);
        var ruling = root.GetProperty("results")[0];
        Assert.Equal("Qaisha Aqan", ruling.GetProperty("person").GetString());
        Assert.Equal("2019-12-23", ruling.GetProperty("date").GetString());
        Assert.Equal("day", ruling.GetProperty("date_precision").GetString());
        Assert.Equal("not_deported", ruling.GetProperty("outcome").GetString());
        Assert.Equal("suspended", ruling.GetProperty("sentence_kind").GetString());
        Assert.Equal(6, ruling.GetProperty("sentence_months").GetInt32());
        Assert.Equal("illegal_border_crossing", ruling.GetProperty("charges")[0].GetString());
        Assert.Contains("rferl.org", ruling.GetProperty("sources")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_page_with_next_links_until_every_ruling_is_seen()
    {
        await factory.ChangeAsync(async db =>
        {
            for (var i = 0; i < 7; i++)
            {
                await Samples.AddRulingAsync(db, $"Paged Person{i}", Outcome.Deported, PartialDate.OfYear(2016 + (i % 3)));
            }
        });
        var client = factory.CreateClient();
        var ids = new List<string>();
        string? url = "/api/v1/rulings?limit=3";
        while (url is not null)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(url));
            ids.AddRange(json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
            url = json.RootElement.GetProperty("next").GetString();
        }

        Assert.Equal(9, ids.Count);
        Assert.Equal(9, ids.Distinct().Count());
    }

    [Fact]
    public async Task Should_page_by_relevance_too()
    {
        await factory.ChangeAsync(async db =>
        {
            for (var i = 0; i < 5; i++)
            {
                await Samples.AddRulingAsync(db, $"Zharkent Person{i}", Outcome.Deported, PartialDate.OfYear(2017));
            }
        });
        var client = factory.CreateClient();
        var ids = new List<string>();
        string? url = "/api/v1/rulings?q=zharkent&limit=2";
        while (url is not null)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(url));
            ids.AddRange(json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
            url = json.RootElement.GetProperty("next").GetString();
        }

        Assert.Equal(6, ids.Count);
        Assert.Equal(6, ids.Distinct().Count());
    }

    [Fact]
    public async Task Should_give_a_records_public_claims_once_each_in_the_vocabularys_order_and_its_sources_once()
    {
        await factory.ChangeAsync(async db =>
        {
            var ruling = await Samples.AddRulingAsync(db, "Claimed Person", Outcome.Deported, PartialDate.OfYear(2021), claim: ClaimKind.Persecution);
            var source = new Source("Second dispatch", "Second dispatch.") { Outlet = "Sample Wire", Url = "https://example.org/second" };
            db.Sources.Add(source);
            // Cited twice from one source: one address. Threatened comes before persecution in the vocabulary, after it as text.
            source.Citations.Add(new Citation { Source = source, Ruling = ruling, Quote = "Second dispatch." });
            source.Citations.Add(new Citation { Source = source, Ruling = ruling, Quote = "Second dispatch, again." });
            var threatened = new DetentionClaim(ruling.Person, ClaimKind.Threatened);
            var again = new DetentionClaim(ruling.Person, ClaimKind.Threatened);
            // Not cited by any source: not public, so not given.
            var unsourced = new DetentionClaim(ruling.Person, ClaimKind.WorkedInFacility);
            db.DetentionClaims.AddRange(threatened, again, unsourced);
            source.Citations.Add(new Citation { Source = source, DetentionClaim = threatened, Quote = "Second dispatch." });
            source.Citations.Add(new Citation { Source = source, DetentionClaim = again, Quote = "Second dispatch." });
        });
        var client = factory.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?claim=persecution"));
        var ruling = Assert.Single(list.RootElement.GetProperty("results").EnumerateArray());
        using var single = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/rulings/{ruling.GetProperty("id").GetString()}"));

        foreach (var record in new[] { ruling, single.RootElement })
        {
            Assert.Equal(["threatened", "persecution"], record.GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal(["https://example.org/second"], record.GetProperty("sources").EnumerateArray().Select(c => c.GetString()));
        }
    }

    [Theory]
    [InlineData("year_from=abc")]
    [InlineData("outcome=unknown_thing")]
    [InlineData("limit=0")]
    [InlineData("limit=abc")]
    [InlineData("after=nonsense")]
    public async Task Should_answer_bad_values_with_a_problem_saying_what_was_wrong(string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/rulings?" + query);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Should_describe_the_api_in_an_openapi_document()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/rulings", out _));
        Assert.True(paths.TryGetProperty("/api/v1/persons", out _));
        Assert.True(paths.TryGetProperty("/api/v1/courts", out _));
        Assert.True(paths.TryGetProperty("/api/v1/suggest", out _));
        var parameters = paths.GetProperty("/api/v1/rulings").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("year_from", parameters);
        Assert.Contains("outcome", parameters);
        Assert.Contains("after", parameters);
    }

    [Fact]
    public async Task Should_explain_the_api_on_a_readable_page()
    {
        var html = await factory.CreateClient().GetStringAsync("/api");

        Assert.Contains("/openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Contains("year_from", html, StringComparison.Ordinal);
        Assert.Contains("/feeds/rulings.atom", html, StringComparison.Ordinal);
    }
}
