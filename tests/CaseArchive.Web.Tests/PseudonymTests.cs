using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests;

/// <summary>
/// A pseudonym that does not identify: a pseudonymised person shows the pseudonym and only the facts an
/// editor marked safe, and no public address is a database id (nothing ties an earlier copy, or a gap
/// between two ids, to a name or a hidden record).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PseudonymTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Facts no sample person has, so that finding one anywhere can only be this person's.</summary>
    private static readonly string[] Unmarked = ["Xibe", "Qapqal", "Mongolia", "A herder from the Ili valley"];

    private async Task<string> PseudonymiseWithFactsAsync(params PersonFact[] safe)
    {
        var slug = "";
        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
            person.Ethnicity = "Xibe";
            person.Citizenship = "Kyrgyzstan";
            person.Gender = Gender.Female;
            person.PlaceOfOrigin = "Qapqal";
            person.OriginCountry = "Mongolia";
            person.Summary = "A herder from the Ili valley.";
            person.Pseudonymise("Defendant Q");
            person.ShowUnderPseudonym(safe);
            slug = person.Slug;
        });
        return slug;
    }

    [Fact]
    public async Task Should_show_a_pseudonymised_person_none_of_the_facts_left_unmarked_on_any_public_address()
    {
        var slug = await PseudonymiseWithFactsAsync(PersonFact.Citizenship);
        var client = factory.CreateClient();

        var page = await client.GetStringAsync($"/persons/{slug}");
        var everywhere = page
            + await client.GetStringAsync($"/persons/{slug}/timeline.json")
            + await client.GetStringAsync("/persons")
            + await client.GetStringAsync("/persons?q=" + Uri.EscapeDataString("Defendant Q"))
            + await client.GetStringAsync("/api/v1/persons")
            + await client.GetStringAsync("/api/v1/persons?q=" + Uri.EscapeDataString("Defendant Q"))
            + await client.GetStringAsync("/rulings")
            + await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Defendant Q"))
            + await client.GetStringAsync("/api/v1/rulings")
            + await client.GetStringAsync("/rulings/export.csv")
            + await client.GetStringAsync("/rulings/export.json")
            + await client.GetStringAsync("/feeds/rulings.atom")
            + await client.GetStringAsync("/statistics");

        Assert.Contains("Defendant Q", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Citizenship</dt><dd>Kyrgyzstan</dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Gender</dt>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Fled from</dt>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>In the courts as</dt>", page, StringComparison.Ordinal);
        Assert.All(Unmarked, fact => Assert.DoesNotContain(fact, everywhere, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A filter or a count by an unmarked fact would tell it as surely as the page: both leave the person out.</summary>
    [Fact]
    public async Task Should_not_filter_or_count_a_pseudonymised_persons_unmarked_ethnicity_or_origin()
    {
        await PseudonymiseWithFactsAsync(PersonFact.Citizenship);
        var client = factory.CreateClient();

        foreach (var query in new[] { "ethnicity=Xibe", "origin=Mongolia", "q=Defendant+Q&ethnicity=Xibe", "q=Defendant+Q&origin=Mongolia" })
        {
            using var rulings = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?" + query));
            using var persons = JsonDocument.Parse(await client.GetStringAsync("/api/v1/persons?" + query));
            Assert.Equal(0, rulings.RootElement.GetProperty("count").GetInt32());
            Assert.Equal(0, persons.RootElement.GetProperty("count").GetInt32());
        }
        await using (var db = new TestDatabase().CreateContext())
        {
            Assert.False(await db.Set<RulingSearchFacts>().AnyAsync(f => f.Ethnicity == "Xibe" || f.OriginCountry == "Mongolia"));
        }

        // Marked safe, they are shown, filtered and counted like a public person's.
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Pseudonym == "Defendant Q")).ShowUnderPseudonym([PersonFact.Ethnicity, PersonFact.OriginCountry]));
        using var marked = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?ethnicity=Xibe&origin=Mongolia"));
        Assert.Equal(1, marked.RootElement.GetProperty("count").GetInt32());
        Assert.Contains("Xibe (1)", await client.GetStringAsync("/rulings?q=Defendant+Q"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_give_a_pseudonymised_person_a_random_address_and_answer_not_found_at_the_old_one()
    {
        var slug = await PseudonymiseWithFactsAsync();
        var client = factory.CreateClient();

        Assert.True(OpaqueKeys.IsWellFormed(slug), $"{slug} is not a random key");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/persons/qaisha-aqan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/persons/qaisha-aqan/timeline.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/persons/{slug}")).StatusCode);

        // A new pseudonym, a new address again: the two pseudonyms are not tied either.
        var renamed = "";
        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Slug == slug);
            person.Pseudonymise("Defendant R");
            renamed = person.Slug;
        });
        Assert.NotEqual(slug, renamed);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/persons/{slug}")).StatusCode);
    }

    /// <summary>Every link to a ruling and every ruling id the public is given is a key, none a database id.</summary>
    [Fact]
    public async Task Should_give_rulings_no_database_id_in_any_public_output()
    {
        var slug = await PseudonymiseWithFactsAsync();
        var ids = new HashSet<string>();
        var keys = new HashSet<string>();
        await factory.ChangeAsync(async db =>
        {
            foreach (var r in await db.Rulings.Select(r => new { r.Id, r.Key }).ToListAsync())
            {
                ids.Add(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                keys.Add(r.Key);
            }
        });
        var client = factory.CreateClient();
        var outputs = new List<string>();
        foreach (var address in new[]
        {
            "/", "/rulings", "/rulings?q=Defendant+Q", "/rulings/export.csv", "/rulings/export.json", "/feeds/rulings.atom",
            "/api/v1/rulings", "/persons/qaster-musakhanuly", $"/persons/{slug}", $"/persons/{slug}/timeline.json",
        })
        {
            outputs.Add(await client.GetStringAsync(address));
        }
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings"));
        var apiIds = api.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        var exportIds = (await client.GetStringAsync("/rulings/export.csv")).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',')]).ToList();

        var linked = outputs.SelectMany(o => RulingAddress().Matches(o).Select(m => m.Groups[1].Value)).Where(a => a is not ("export.csv" or "export.json" or "export.xlsx")).ToList();
        Assert.NotEmpty(linked);
        Assert.NotEmpty(apiIds);
        Assert.NotEmpty(exportIds);
        Assert.All(linked.Concat(apiIds).Concat(exportIds), id =>
        {
            Assert.DoesNotContain(id, ids);
            Assert.True(keys.Contains(id), $"{id} is no ruling's key");
        });
    }

    /// <summary>A person's id in a `next` link would tie the person's earlier public record to the pseudonym.</summary>
    [Fact]
    public async Task Should_page_persons_in_the_api_by_slug_not_by_database_id()
    {
        await PseudonymiseWithFactsAsync();
        var client = factory.CreateClient();
        var slugs = new List<string>();
        string? url = "/api/v1/persons?limit=1";
        while (url is not null)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(url));
            var slug = json.RootElement.GetProperty("results")[0].GetProperty("slug").GetString()!;
            slugs.Add(slug);
            url = json.RootElement.GetProperty("next").GetString();
            Assert.True(url is null || url.Contains("after=" + Uri.EscapeDataString(slug), StringComparison.Ordinal), $"{url} does not start after {slug}");
        }

        Assert.Equal(6, slugs.Distinct().Count());
    }

    [GeneratedRegex(@"/rulings/([A-Za-z0-9._-]+)")]
    private static partial Regex RulingAddress();
}
