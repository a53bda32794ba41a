using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>A search of the rulings shows, above them, the persons whose names it meets.</summary>
[Collection(WebCollection.Name)]
public sealed class PersonsFoundTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Persons(string page)
    {
        var start = page.IndexOf("<ul class=\"plain persons-found\"", StringComparison.Ordinal);
        return start < 0 ? "" : page[start..page.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Should_show_the_person_a_cyrillic_search_finds_above_the_rulings_with_the_spelling_matched()
    {
        var page = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Сауытбай"));

        Assert.Contains("<a href=\"/persons/sairagul-sauytbay\">Sairagul Sauytbay</a>", Persons(page), StringComparison.Ordinal);
        Assert.Contains("matched as “<span lang=\"kk\">Сайрагүл Сауытбай</span>”", Persons(page), StringComparison.Ordinal);
        Assert.True(page.IndexOf("persons-found", StringComparison.Ordinal) < page.IndexOf("id=\"result-count\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_show_a_person_who_has_no_rulings()
    {
        var page = await factory.CreateClient().GetStringAsync("/rulings?q=Asubaeva");

        Assert.Contains("<a href=\"/persons/elmira-asubaeva\">Elmira Asubaeva</a>", Persons(page), StringComparison.Ordinal);
        Assert.Contains("0 rulings", Persons(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_never_show_a_withheld_person_and_a_pseudonymised_one_only_by_the_pseudonym()
    {
        var client = factory.CreateClient();
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).Withhold());
        var withheld = Persons(await client.GetStringAsync("/rulings?q=Sauytbay")) + Persons(await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Сайрагүл")));

        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Pseudonymise("Witness Q"));
        var byName = Persons(await client.GetStringAsync("/rulings?q=Qaisha"));
        var byPseudonym = Persons(await client.GetStringAsync("/rulings?q=Witness"));

        Assert.Equal("", withheld);
        Assert.Equal("", byName);
        Assert.Contains(">Witness Q</a>", byPseudonym, StringComparison.Ordinal);
        Assert.DoesNotContain("Qaisha", byPseudonym, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_rank_the_person_who_bears_the_whole_name_first_among_many_similar_names()
    {
        // Similar names that sort before it and outnumber the list: by trigrams alone it would not be shown.
        string[] similar = ["Tursun", "Tursunaeva", "Tursunalieva", "Tursunbaeva", "Tursunbek", "Tursunbekova", "Tursundieva",
            "Tursungulova", "Tursunkulova", "Tursunaliev", "Tursunov", "Tursunbaeva Ali"];
        await factory.ChangeAsync(db =>
        {
            db.Persons.Add(new Person("Zarina Tursunova", "zarina-tursunova"));
            foreach (var surname in similar)
            {
                db.Persons.Add(new Person("Zarina " + surname, Slugs.From("Zarina " + surname)));
            }
            return Task.CompletedTask;
        });

        var found = Persons(await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Зарина Турсунова")));

        Assert.StartsWith("<ul class=\"plain persons-found\"", found, StringComparison.Ordinal);
        var first = found.IndexOf("<a href=", StringComparison.Ordinal);
        Assert.Equal(first, found.IndexOf("<a href=\"/persons/zarina-tursunova\">Zarina Tursunova</a>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_still_find_a_person_by_a_misspelt_name()
    {
        var page = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString("Sairagul Sautbai"));

        Assert.Contains("<a href=\"/persons/sairagul-sauytbay\">Sairagul Sauytbay</a>", Persons(page), StringComparison.Ordinal);
    }
    [Fact]
    public async Task Should_leave_out_a_deleted_person_and_count_only_rulings_not_deleted()
    {
        var client = factory.CreateClient();
        static int Rulings(string persons) =>
            int.Parse(System.Text.RegularExpressions.Regex.Match(persons, @"(\d+) rulings?").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var before = Rulings(Persons(await client.GetStringAsync("/rulings?q=Sauytbay")));
        await factory.ChangeAsync(async db => (await db.Rulings.FirstAsync(r => r.Person.Slug == "sairagul-sauytbay")).Delete());
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva")).Delete());

        var after = Rulings(Persons(await client.GetStringAsync("/rulings?q=Sauytbay")));
        var deleted = Persons(await client.GetStringAsync("/rulings?q=Asubaeva"));

        Assert.True(before >= 1);
        Assert.Equal(before - 1, after);
        Assert.DoesNotContain("Asubaeva", deleted, StringComparison.Ordinal);
    }
}
