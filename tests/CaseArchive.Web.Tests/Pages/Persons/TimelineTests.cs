using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Persons;

[Collection(WebCollection.Name)]
public sealed class TimelineTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_give_the_timeline_in_timelinejs_format_with_sources()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan/timeline.json"));
        var root = json.RootElement;
        var events = root.GetProperty("events").EnumerateArray().ToList();

        Assert.Equal("Qaisha Aqan", root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal(3, events.Count);
        var crossing = events[0];
        Assert.Equal("2018", crossing.GetProperty("start_date").GetProperty("year").GetString());
        Assert.Equal("5", crossing.GetProperty("start_date").GetProperty("month").GetString());
        Assert.False(crossing.GetProperty("start_date").TryGetProperty("day", out _));
        Assert.Equal("Border crossing", crossing.GetProperty("text").GetProperty("headline").GetString());
        Assert.Contains("threatened to place her in an internment camp", crossing.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("RFE/RL", crossing.GetProperty("media").GetProperty("credit").GetString(), StringComparison.Ordinal);
        var ruling = events[2];
        Assert.Equal("23", ruling.GetProperty("start_date").GetProperty("day").GetString());
        Assert.Contains("/rulings/", ruling.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_undated_steps_as_undated_on_the_title_slide()
    {
        await factory.ChangeAsync(async db =>
        {
            var step = new CaseArchive.Domain.Model.TimelineEvent(
                await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan"), CaseArchive.Core.EventKind.Fled, null)
            { Description = "Left her village at night" };
            db.Events.Add(step);
            // Sourced, as every public step is.
            var source = await db.Sources.FirstAsync(s => s.Outlet != null);
            db.Citations.Add(new CaseArchive.Domain.Model.Citation { Source = source, Quote = source.Text[..Math.Min(40, source.Text.Length)], TimelineEvent = step });
        });

        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan/timeline.json"));

        var title = json.RootElement.GetProperty("title").GetProperty("text").GetProperty("text").GetString();
        Assert.Contains("(undated): Left her village at night", title, StringComparison.Ordinal);
        Assert.Equal(3, json.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Should_let_any_site_read_the_timeline_without_credentials()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/persons/qaisha-aqan/timeline.json");
        request.Headers.Add("Origin", "https://news.example.org");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Should_write_every_text_from_the_archive_as_encoded_text()
    {
        const string image = "<img src=x onerror=alert(1)>";
        const string link = "<a href=\"javascript:alert(2)\">read</a>";
        await factory.ChangeAsync(async db =>
        {
            await db.Sources.ForEachAsync(s => (s.Title, s.Outlet, s.Url) = ($"Title {image}", $"Outlet {link}", "javascript:alert(3)"));
            await db.Citations.ForEachAsync(c => c.Quote = $"Quote {image} {link}");
            await db.Events.ForEachAsync(e => e.Description = $"Event {image}");
            await db.Persons.Where(p => p.Slug == "qaisha-aqan").ForEachAsync(p => p.Summary = $"Summary {link}");
        });

        var body = await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan/timeline.json");

        using var json = JsonDocument.Parse(body);
        var texts = Strings(json.RootElement).ToList();
        Assert.Contains(texts, t => t.Contains("&lt;img src=x onerror=alert(1)&gt;", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("&lt;a href=&quot;javascript:alert(2)&quot;&gt;read&lt;/a&gt;", StringComparison.Ordinal));
        foreach (var text in texts)
        {
            // The app's own markup only: its paragraphs, quotes, notes and links to http(s) addresses.
            foreach (Match tag in Regex.Matches(text, "<[^>]*>"))
            {
                Assert.Matches("^(</?(p|blockquote|small|ul|li)>|<a href=\"https?://[^\"<>]*\">|</a>)$", tag.Value);
            }
            Assert.DoesNotContain("javascript:alert(3)", text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [Fact]
    public async Task Should_answer_not_found_for_an_unknown_person()
    {
        var response = await factory.CreateClient().GetAsync("/persons/nobody/timeline.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_show_related_persons_and_cases_on_the_person_page()
    {
        var html = await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan");

        Assert.Contains("<h2>Related persons</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Judge in the same case", html, StringComparison.Ordinal);
        Assert.Contains("Elmira Asubaeva", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Cases</h2>", html, StringComparison.Ordinal);
        Assert.Contains("/persons/qaisha-aqan/timeline.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_a_withheld_party_of_the_same_case_out_of_related_persons()
    {
        // The judge of Qaisha Aqan's case withheld: the parts of the case are read with the page's own in one
        // statement, and the judge's part must not come with them (not even as a redacted name).
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva")).Withhold());

        var html = await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan");

        Assert.Contains("Prosecutor in the same case", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Judge in the same case", html, StringComparison.Ordinal);
        Assert.DoesNotContain("elmira-asubaeva", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Asubaeva", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("as applicant, defendant", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_pseudonymised_party_of_the_same_case_under_the_pseudonym()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva")).Pseudonymise("Judge K."));

        var html = await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan");

        Assert.Contains("Judge K.", html, StringComparison.Ordinal);
        Assert.Contains("Judge in the same case", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Asubaeva", html, StringComparison.OrdinalIgnoreCase);
    }
}
