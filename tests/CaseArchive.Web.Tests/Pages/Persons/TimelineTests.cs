using System.Net;
using System.Text.Json;

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
}
