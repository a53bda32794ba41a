using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Persons;

[Collection(WebCollection.Name)]
public sealed class DetailsTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_show_the_timeline_in_date_order_with_partial_dates()
    {
        var html = await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan");

        var dates = Regex.Matches(html, "<span class=\"when\">([^<]*)</span>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["May 2018", "November 2019", "23 December 2019", "Date not reported"], dates);
        Assert.Contains("threatened to place her in an internment camp", html, StringComparison.Ordinal);
        Assert.Contains("not a court finding", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_link_a_ruling_on_the_timeline_to_its_page()
    {
        var html = await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan");

        var timeline = html[html.IndexOf("<ol class=\"timeline\">", StringComparison.Ordinal)..];
        Assert.Matches("<a href=\"/rulings/[a-z0-9]+\"", timeline);
        Assert.DoesNotContain("href=\"~", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_other_spellings_in_their_own_script()
    {
        var html = await factory.CreateClient().GetStringAsync("/persons/sairagul-sauytbay");

        Assert.Contains("Сайрагүл Сауытбай", html, StringComparison.Ordinal);
        Assert.Contains("Sayragul Sauytbay", html, StringComparison.Ordinal);
        Assert.Contains("Extradition refused", html, StringComparison.Ordinal);
        Assert.Contains("granted asylum in Sweden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_show_a_withheld_person_or_name_them_in_others_quotes()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaster-musakhanuly")).Withhold());

        var client = factory.CreateClient();
        var page = await client.GetAsync("/persons/qaster-musakhanuly");
        var other = await client.GetStringAsync("/persons/murager-alimuly");
        var list = await client.GetStringAsync("/persons");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Musakhanuly", other, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[name withheld]", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Musakhanuly", list, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/persons/%20")]
    [InlineData("/courts/%20")]
    [InlineData("/persons/%20/timeline.json")]
    public async Task Should_answer_not_found_for_a_blank_address(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
