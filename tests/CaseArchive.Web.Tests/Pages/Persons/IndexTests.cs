using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Persons;

[Collection(WebCollection.Name)]
public sealed class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Kaisha Akan")]
    [InlineData("Қайша")]
    [InlineData("aqan")]
    [InlineData("Qaisha Aqanx")] // no word of any name: found by trigrams, the words' pass having found nobody
    public async Task Should_find_a_person_by_any_spelling(string q)
    {
        var html = await factory.CreateClient().GetStringAsync("/persons?q=" + Uri.EscapeDataString(q));
        var table = html[html.IndexOf("<table", StringComparison.Ordinal)..];

        Assert.Contains("Qaisha Aqan", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Sairagul Sauytbay", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_what_to_try_when_no_one_is_named_so()
    {
        var html = await factory.CreateClient().GetStringAsync("/persons?q=Nobodyknown");

        Assert.Contains("No one in the archive is named like", html, StringComparison.Ordinal);
    }

    /// <summary>A name is matched by three lookups (name, spellings, pseudonym): a pseudonymised person's own name and spellings must find nothing.</summary>
    [Fact]
    public async Task Should_find_a_pseudonymised_person_by_the_pseudonym_only()
    {
        var slug = "";
        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay");
            person.Pseudonymise("Witness Serikbol");
            slug = person.Slug;
        });
        var client = factory.CreateClient();

        foreach (var q in new[] { "Sairagul Sauytbay", "Сайрагүл Сауытбай", "Sayragul" })
        {
            var html = await client.GetStringAsync("/persons?q=" + Uri.EscapeDataString(q));
            Assert.DoesNotContain($"/persons/{slug}", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/persons/sairagul-sauytbay", html, StringComparison.Ordinal);
        }
        var byPseudonym = await client.GetStringAsync("/persons?q=" + Uri.EscapeDataString("Witness Serikbol"));
        Assert.Contains($"<a href=\"/persons/{slug}\">Witness Serikbol</a>", byPseudonym, StringComparison.Ordinal);
        Assert.DoesNotContain("Sauytbay", byPseudonym, StringComparison.Ordinal);
    }

    /// <summary>
    /// The list is ordered by the counts the database keeps (person_ruling_counts): every way a ruling
    /// comes, goes or changes hands must leave each person's count equal to their rulings.
    /// </summary>
    [Fact]
    public async Task Should_list_persons_by_their_rulings_as_rulings_come_go_and_change_hands()
    {
        int first = 0, second = 0;
        await ChangeAsync(async db =>
        {
            Person? person = null;
            for (var i = 0; i < 4; i++)
            {
                var ruling = await Samples.AddRulingAsync(db, $"Yerbol Countuly {i}", Outcome.Deported, PartialDate.OfYear(2020 + i));
                person ??= ruling.Person;
                ruling.Person = person;
            }
        });
        await ChangeAsync(async db =>
        {
            var rulings = await db.Rulings.Where(r => r.Person.DisplayName == "Yerbol Countuly 0").OrderBy(r => r.Id).ToListAsync();
            (first, second) = (rulings[0].Id, rulings[1].Id);
        });
        Assert.Equal("Yerbol Countuly 0 Kazakh China 4", await FirstRowAsync());

        await ChangeAsync(async db => (await db.Rulings.SingleAsync(r => r.Id == first)).Delete());
        await ChangeAsync(async db => (await db.Rulings.SingleAsync(r => r.Id == second)).Person = await db.Persons.SingleAsync(p => p.DisplayName == "Yerbol Countuly 3"));
        // Back to a person made earlier (the two rows taken the other way round).
        await ChangeAsync(async db => (await db.Rulings.SingleAsync(r => r.Id == second)).Person = await db.Persons.SingleAsync(p => p.DisplayName == "Yerbol Countuly 2"));
        await ChangeAsync(async db => db.Rulings.Remove(await db.Rulings.IgnoreQueryFilters().SingleAsync(r => r.Id == first)));
        await ChangeAsync(async db => (await db.Rulings.SingleAsync(r => r.Id == second)).Delete());
        await ChangeAsync(async db => (await db.Rulings.IgnoreQueryFilters().SingleAsync(r => r.Id == second)).Undelete());

        // Two rulings left with the first person, one with the third, none with the second (and it is still listed).
        var html = await factory.CreateClient().GetStringAsync("/persons?q=Countuly");
        foreach (var (person, rulings) in new[] { (0, 2), (2, 1), (1, 0) })
        {
            Assert.Matches($@"Yerbol Countuly {person}</a></td>\s*<td>Kazakh</td>\s*<td>China</td>\s*<td>{rulings}</td>", html);
        }
    }

    private async Task ChangeAsync(Func<ArchiveDbContext, Task> change)
    {
        await factory.ChangeAsync(change);
        await using var db = new TestDatabase().CreateContext();
        Assert.Equal(0, await db.Database.SqlQueryRaw<long>($"SELECT ({TestDatabase.StalePersonRulingCountsSql}) AS \"Value\"").SingleAsync());
    }

    /// <summary>The list's first row, as text: the name and the count of rulings.</summary>
    private async Task<string> FirstRowAsync()
    {
        var html = await factory.CreateClient().GetStringAsync("/persons");
        var row = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(row, "<[^>]+>", " "), "\\s+", " ").Trim();
    }
}
