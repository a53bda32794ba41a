using System.Net;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Rulings;

[Collection(WebCollection.Name)]
public sealed partial class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_list_every_public_ruling_newest_first()
    {
        var html = await factory.CreateClient().GetStringAsync("/rulings");

        Assert.Contains("2 rulings", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Qaisha Aqan", StringComparison.Ordinal) < html.IndexOf("Sairagul Sauytbay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_filter_by_outcome_and_show_counts_beside_each_value()
    {
        var html = await factory.CreateClient().GetStringAsync("/rulings?outcome=not_deported");

        Assert.Contains("Qaisha Aqan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sairagul Sauytbay", Results(html), StringComparison.Ordinal);
        Assert.Contains("1 ruling", html, StringComparison.Ordinal);
        // The outcome facet counts the other filters' result, so both outcomes still show their counts.
        Assert.Contains(">Not deported (1)</option>", html, StringComparison.Ordinal);
        Assert.Contains(">Extradition refused (1)</option>", html, StringComparison.Ordinal);
        Assert.Contains(">Deported (0)</option>", html, StringComparison.Ordinal);
        // Other facets count within the current result.
        Assert.Contains(">Zharkent court (1)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Almaty court (1)</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_the_chosen_values_selected_in_the_form()
    {
        var html = await factory.CreateClient().GetStringAsync("/rulings?outcome=not_deported&outcome=deported&sort=date&q=Aqan");

        // The filters' <option>s are plain HTML (no tag helper): the page itself marks what was chosen.
        Assert.Matches("<select id=\"f-outcome\" name=\"outcome\" multiple=\"multiple\">", html);
        Assert.Contains("<option value=\"not_deported\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"deported\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"extradited\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"date\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"relevance\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sayragul Sauytbai")]
    [InlineData("Сауытбай")]
    [InlineData("sairagul")]
    [InlineData("Sauytbay")]
    public async Task Should_find_sairagul_sauytbay_under_any_spelling(string q)
    {
        var html = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString(q));

        Assert.Contains("Sairagul Sauytbay", Results(html), StringComparison.Ordinal);
        Assert.DoesNotContain("Qaisha Aqan", Results(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_which_spelling_matched()
    {
        var cyrillic = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Сауытбай"));
        var latin = await factory.CreateClient().GetStringAsync("/rulings?q=Sayragul");

        // The Kazakh spelling is marked as such on the English page (docs/architecture.md, Languages).
        Assert.Contains("matched as “<span lang=\"kk\">Сайрагүл Сауытбай</span>”", cyrillic, StringComparison.Ordinal);
        Assert.Contains("matched as “Sayragul Sauytbay”", latin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_search_courts_charges_and_quotes()
    {
        var client = factory.CreateClient();

        Assert.Contains("Qaisha Aqan", Results(await client.GetStringAsync("/rulings?q=zharkent")), StringComparison.Ordinal);
        Assert.Contains("Sairagul Sauytbay", Results(await client.GetStringAsync("/rulings?q=instructors")), StringComparison.Ordinal);
        Assert.Contains("Qaisha Aqan", Results(await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString("internment camp"))), StringComparison.Ordinal);
        Assert.Contains("2 rulings", await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString("illegal border")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_a_person_under_a_spelling_added_later()
    {
        await factory.ChangeAsync(async db => (await db.Persons.Include(p => p.Names).SingleAsync(p => p.Slug == "qaisha-aqan")).AddName("Kayşa Aqanqyzy"));

        var html = await factory.CreateClient().GetStringAsync("/rulings?q=Aqanqyzy");

        Assert.Contains("Qaisha Aqan", Results(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_rulings_by_a_courts_new_name_and_not_its_old_one()
    {
        await factory.ChangeAsync(async db => (await db.Courts.SingleAsync(c => c.Slug == "zharkent-court")).Rename("Panfilov district court"));
        var client = factory.CreateClient();
        var byFirst = Results(await client.GetStringAsync("/rulings?q=Panfilov"));

        await factory.ChangeAsync(async db => (await db.Courts.SingleAsync(c => c.Slug == "zharkent-court")).Rename("Specialised inter-district criminal court"));
        var byOld = Results(await client.GetStringAsync("/rulings?q=Panfilov"));
        var byNew = Results(await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString("inter-district")));

        Assert.Contains("Qaisha Aqan", byFirst, StringComparison.Ordinal);
        Assert.Contains("No rulings match", byOld, StringComparison.Ordinal);
        Assert.Contains("Qaisha Aqan", byNew, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_a_person_again_once_shown_after_being_withheld()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).Withhold());
        var client = factory.CreateClient();
        var hidden = Results(await client.GetStringAsync("/rulings?q=Sauytbay"));

        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).MakePublic("sairagul-sauytbay"));
        var shown = Results(await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Сауытбай")));

        Assert.Contains("No rulings match", hidden, StringComparison.Ordinal);
        Assert.Contains("Sairagul Sauytbay", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_filter_by_every_filter_of_the_query_string()
    {
        await factory.ChangeAsync(async db =>
        {
            await Samples.AddRulingAsync(db, "Bekzat Maqsatuly", Outcome.Deported, PartialDate.OfYear(2020), courtSlug: "bishkek-court", country: "Kyrgyzstan",
                ethnicity: "Kyrgyz", charges: ["forged_documents"], verdict: Verdict.Acquitted, claim: ClaimKind.Detained);
        });
        var client = factory.CreateClient();

        async Task<string> Only(string query) => Results(await client.GetStringAsync("/rulings?" + query));

        Assert.Contains("Bekzat Maqsatuly", await Only("country=Kyrgyzstan"));
        Assert.DoesNotContain("Qaisha Aqan", await Only("country=Kyrgyzstan"));
        Assert.Contains("Bekzat Maqsatuly", await Only("court=bishkek-court"));
        Assert.Contains("Bekzat Maqsatuly", await Only("verdict=acquitted"));
        Assert.Contains("Bekzat Maqsatuly", await Only("charge=forged_documents"));
        Assert.Contains("Bekzat Maqsatuly", await Only("ethnicity=Kyrgyz"));
        Assert.DoesNotContain("Qaisha Aqan", await Only("ethnicity=Kyrgyz"));
        Assert.Contains("Bekzat Maqsatuly", await Only("claim=detained"));
        Assert.DoesNotContain("Qaisha Aqan", await Only("claim=detained"));
        Assert.Contains("Qaisha Aqan", await Only("claim=threatened"));
        Assert.Contains("Bekzat Maqsatuly", await Only("origin=China&year_from=2020"));
        Assert.DoesNotContain("Qaisha Aqan", await Only("year_from=2020"));
        Assert.Contains("Sairagul Sauytbay", await Only("year_to=2018"));
        Assert.DoesNotContain("Qaisha Aqan", await Only("year_to=2018"));
        Assert.Contains("Qaisha Aqan", await Only("year_from=2019&year_to=2019"));
        Assert.DoesNotContain("Bekzat", await Only("year_from=2019&year_to=2019"));
        Assert.Contains("Bekzat Maqsatuly", await Only("outcome=deported&outcome=not_deported"));
        Assert.Contains("Qaisha Aqan", await Only("outcome=deported&outcome=not_deported"));
    }

    [Fact]
    public async Task Should_page_with_a_cursor_without_repeating_or_losing_rows()
    {
        await factory.ChangeAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
            {
                await Samples.AddRulingAsync(db, $"Person Number{i:D2}", Outcome.NotDeported, i % 7 == 0 ? null : PartialDate.OfMonth(2015 + (i % 5), 1 + (i % 12)));
            }
        });
        var client = factory.CreateClient();
        var seen = new List<string>();
        var url = "/rulings";
        var pages = 0;
        while (url is not null && pages++ < 10)
        {
            var html = await client.GetStringAsync(url);
            seen.AddRange(RulingLinks().Matches(Results(html)).Select(m => m.Groups[1].Value));
            var next = NextLink().Match(html);
            url = next.Success ? WebUtility.HtmlDecode(next.Groups[1].Value) : null!;
        }

        Assert.Equal(2, pages);
        Assert.Equal(62, seen.Count);
        Assert.Equal(62, seen.Distinct().Count());
    }

    [Fact]
    public async Task Should_say_what_to_try_when_nothing_matches()
    {
        var html = await factory.CreateClient().GetStringAsync("/rulings?q=nobodyknowsthisname&outcome=deported");

        Assert.Contains("No rulings match", html, StringComparison.Ordinal);
        Assert.Contains("another spelling", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/rulings?outcome=deported\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/rulings?q=nobodyknowsthisname\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year_from=abc", "year_from must be a year")]
    [InlineData("outcome=sent_home", "outcome \"sent_home\" is not known")]
    [InlineData("sort=random", "sort must be")]
    [InlineData("year_from=2020&year_to=2019", "is after year_to")]
    [InlineData("court=Not%20A%20Slug", "is not a court code")]
    [InlineData("after=garbage", "after is not a place in this list")]
    [InlineData("p=-5", "page number")]
    public async Task Should_answer_bad_values_with_400_and_a_message(string query, string message)
    {
        var response = await factory.CreateClient().GetAsync("/rulings?" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_very_long_search_with_a_message()
    {
        var response = await factory.CreateClient().GetAsync("/rulings?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10000 characters long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_ignore_a_valid_page_number_and_say_so()
    {
        var response = await factory.CreateClient().GetAsync("/rulings?page=2");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The page number (page) was ignored", html, StringComparison.Ordinal);
        Assert.Contains("Qaisha Aqan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_count_exactly_when_small_and_estimate_when_large()
    {
        await using var db = new TestDatabase().CreateContext();
        var rulings = db.Rulings.AsQueryable();

        var exact = await RulingSearch.CountAsync(db, rulings, CancellationToken.None);
        var estimated = await RulingSearch.CountAsync(db, rulings, CancellationToken.None, exactUpTo: 1);

        Assert.Equal(new ResultCount(2, false), exact);
        Assert.True(estimated.IsEstimate);
        Assert.True(estimated.Value >= 2);
        Assert.StartsWith("about ", estimated.Words("rulings"), StringComparison.Ordinal);
    }

    /// <summary>The part of the page holding the results (the filters list every court and name too).</summary>
    internal static string Results(string html)
    {
        var start = html.IndexOf("<section class=\"results\"", StringComparison.Ordinal);
        return start < 0 ? string.Empty : html[start..];
    }

    [GeneratedRegex("<a href=\"/rulings/([a-z2-7]{12})\">")]
    private static partial Regex RulingLinks();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();
}
