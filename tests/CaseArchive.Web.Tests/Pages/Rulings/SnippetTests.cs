using CaseArchive.Web.Pages.Rulings;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>A text search shows, under each ruling, the passage of its text that holds the searched words, marked.</summary>
[Collection(WebCollection.Name)]
public sealed class SnippetTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<string> Snippets(string page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page, "<tr class=\"snippet\"><td[^>]*>(.*?)</td></tr>").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Should_show_the_searched_words_marked_in_a_passage_of_the_quote_that_holds_them()
    {
        var page = await factory.CreateClient().GetStringAsync("/rulings?q=testified");

        var snippet = Assert.Single(Snippets(page));
        Assert.Contains("Aqan <mark>testified</mark> at her trial", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_mark_a_word_written_in_another_alphabet_and_say_which_spelling_of_the_name_matched()
    {
        var page = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Сауытбай"));

        Assert.Contains(Snippets(page), s => s.Contains("<mark>Sauytbay</mark>", StringComparison.Ordinal));
        Assert.Contains("matched as", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_no_passage_without_a_search()
    {
        Assert.Empty(Snippets(await factory.CreateClient().GetStringAsync("/rulings")));
    }

    [Fact]
    public async Task Should_take_a_withheld_name_out_of_the_passage_before_marking_it()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva")).Withhold());

        var page = await factory.CreateClient().GetStringAsync("/rulings?q=suspended+or+Asubaeva+or+Elmira");

        var snippet = Assert.Single(Snippets(page));
        Assert.Contains("<mark>suspended</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("Asubaeva", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("Elmira", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>[", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_a_public_persons_full_name_whole_in_the_passage_when_a_hidden_person_shares_a_given_name()
    {
        await factory.ChangeAsync(async db =>
        {
            var namesake = new CaseArchive.Domain.Model.Person("Sairagul Nurlanovna", "sairagul-nurlanovna");
            namesake.Withhold();
            db.Persons.Add(namesake);
            await Task.CompletedTask;
        });

        var page = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Sairagul Sauytbay"));

        Assert.Contains(Snippets(page), s => s.Contains("<mark>Sairagul Sauytbay</mark>", StringComparison.Ordinal));
        Assert.DoesNotContain("withheld", string.Concat(Snippets(page)), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_out_excluded_words_and_the_or_of_a_web_search()
    {
        var (typed, _) = RulingSnippets.Terms("camp or \"border crossing\" -Almaty");

        Assert.Equal(["border", "camp", "crossing"], typed.Order());
    }
}
