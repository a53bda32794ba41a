using System.Net;
using CaseArchive.Domain.Model;

namespace CaseArchive.Web.Tests.Pages.Statistics;

[Collection(WebCollection.Name)]
public sealed class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_draw_outcomes_by_year_and_country_with_the_same_figures_in_tables()
    {
        await factory.ChangeAsync(async db =>
        {
            await Samples.AddRulingAsync(db, "Bekzat Maqsatuly", Outcome.Deported, PartialDate.OfYear(2019), courtSlug: "bishkek-court", country: "Kyrgyzstan");
            await Samples.AddRulingAsync(db, "Aidos Nurlan", Outcome.Deported, PartialDate.OfYear(2019), courtSlug: "bishkek-court", country: "Kyrgyzstan");
        });

        var html = await factory.CreateClient().GetStringAsync("/statistics");

        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html.Replace("<script src=\"/js/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<title>2019: Deported, 2</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Kyrgyzstan: Deported, 2</title>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Outcomes by year</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Kyrgyzstan</th>", html, StringComparison.Ordinal);
        Assert.Contains("Outcomes of 4 rulings", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_count_only_what_the_filters_select()
    {
        var html = await factory.CreateClient().GetStringAsync("/statistics?year_from=2019");

        Assert.Contains("Outcomes of 1 ruling", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Extradition refused", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_bad_filters_with_400_and_a_message()
    {
        var response = await factory.CreateClient().GetAsync("/statistics?year_from=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("year_from must be a year", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
