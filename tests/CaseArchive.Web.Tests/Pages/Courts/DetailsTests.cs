using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Courts;

[Collection(WebCollection.Name)]
public sealed class DetailsTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_show_the_courts_rulings_by_outcome_and_year_and_its_judges()
    {
        var html = await factory.CreateClient().GetStringAsync("/courts/zharkent-court");

        Assert.Contains("<h1>Zharkent court</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Almaty Region, Kazakhstan", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2019</th>", html, StringComparison.Ordinal);
        Assert.Contains("/rulings?court=zharkent-court&amp;outcome=not_deported&amp;year_from=2019&amp;year_to=2019", html, StringComparison.Ordinal);
        Assert.Contains("Elmira Asubaeva", html, StringComparison.Ordinal);
        Assert.Contains("Qaisha Aqan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_out_a_withheld_judge()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva")).Withhold());

        var html = await factory.CreateClient().GetStringAsync("/courts/zharkent-court");

        Assert.DoesNotContain("Asubaeva", html, StringComparison.Ordinal);
        Assert.Contains("No judge of this court is named", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_count_a_judges_rulings_without_those_of_a_withheld_defendant()
    {
        await factory.ChangeAsync(async db =>
        {
            var judge = await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva");
            foreach (var name in new[] { "Aidos Nurlan", "Bekzat Maqsatuly" })
            {
                var ruling = await Samples.AddRulingAsync(db, name, Outcome.Deported, PartialDate.OfYear(2021));
                ruling.Judge = judge;
                if (name == "Bekzat Maqsatuly")
                {
                    ruling.Person.Withhold();
                }
            }
        });

        var html = await factory.CreateClient().GetStringAsync("/courts/zharkent-court");

        Assert.Contains("Elmira Asubaeva</a> <span class=\"source\">— 2 rulings</span>", html, StringComparison.Ordinal);
        Assert.Contains("/rulings?court=zharkent-court&amp;outcome=deported&amp;year_from=2021&amp;year_to=2021\">1<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Maqsatuly", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_not_found_for_an_unknown_court()
    {
        var response = await factory.CreateClient().GetAsync("/courts/no-such-court");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
