using CaseArchive.Domain;
using CaseArchive.Domain.Privacy;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CaseArchive.Domain.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class RedactionTests(TestDatabase database) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetToSampleAsync();
        await using var db = database.CreateContext();
        var sauytbay = await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay");
        sauytbay.Withhold();
        var aqan = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
        aqan.Pseudonymise("Q. A.");
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_hide_the_names_of_withheld_and_pseudonymised_persons_under_any_spelling()
    {
        await using var db = database.CreateContext();
        var hidden = await HiddenNamesStore.LoadAsync(db);

        Assert.DoesNotContain("Sauytbay", hidden.Redact(ZharkentSample.Quotes[7]), StringComparison.Ordinal);
        Assert.Contains(HiddenNames.Marker, hidden.Redact(ZharkentSample.Quotes[7]), StringComparison.Ordinal);
        Assert.Equal($"Judge Elmira Asubaeva handed a suspended 6-months prison sentence to {HiddenNames.Marker} and allowed her to stay in Kazakhstan as she is married to a Kazakh national.", hidden.Redact(ZharkentSample.Quotes[2]));
        Assert.Equal($"{HiddenNames.Marker} spoke; so did {HiddenNames.Marker}.", hidden.Redact("Сайрагүл Сауытбай spoke; so did Kaisha Akan."));
    }

    [Fact]
    public async Task Should_load_the_hidden_names_again_once_who_is_hidden_has_changed()
    {
        using var store = new HiddenNamesStore();
        await using var db = database.CreateContext();
        var before = await store.CurrentAsync(db);
        Assert.Same(before, await store.CurrentAsync(db));
        Assert.Equal("Qaster Musakhanuly spoke.", before.Redact("Qaster Musakhanuly spoke."));

        // A change by SQL, as the command line or another server would make it.
        await TestDatabase.ScalarAsync("WITH w AS (UPDATE persons SET visibility = 'withheld' WHERE slug = 'qaster-musakhanuly' RETURNING 1) SELECT count(*) FROM w");

        var after = await store.CurrentAsync(db);
        Assert.NotSame(before, after);
        Assert.Equal($"{HiddenNames.Marker} spoke.", after.Redact("Qaster Musakhanuly spoke."));
    }

    [Fact]
    public async Task Should_mark_a_spelling_hidden_exactly_while_its_person_is_hidden()
    {
        // Sauytbay was withheld and Aqan pseudonymised (as Q. A.) after their spellings were written.
        Assert.Equal(0, await TestDatabase.ScalarAsync(TestDatabase.StaleHiddenNamesSql));
        Assert.Equal(2, await HiddenSpellingsAsync("sairagul-sauytbay"));
        Assert.Equal(0, await HiddenSpellingsAsync("qaster-musakhanuly"));

        await using (var db = database.CreateContext())
        {
            var aqan = await db.Persons.Include(p => p.Names).SingleAsync(p => p.Pseudonym == "Q. A.");
            aqan.AddName("Qaysha Aqanqyzy");
            (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).MakePublic("sairagul-sauytbay");
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await TestDatabase.ScalarAsync(TestDatabase.StaleHiddenNamesSql));
        Assert.Equal(3, await HiddenSpellingsOfPseudonymAsync("Q. A."));
        Assert.Equal(0, await HiddenSpellingsAsync("sairagul-sauytbay"));

        // A spelling given to another person, as a merge gives them, takes that person's visibility.
        await TestDatabase.ScalarAsync("""
            WITH moved AS (UPDATE person_names SET person_id = (SELECT id FROM persons WHERE pseudonym = 'Q. A.')
                           WHERE name = 'Kaster Musakhanuly' RETURNING 1) SELECT count(*) FROM moved
            """);
        Assert.Equal(0, await TestDatabase.ScalarAsync(TestDatabase.StaleHiddenNamesSql));
        Assert.Equal(4, await HiddenSpellingsOfPseudonymAsync("Q. A."));

        await using (var db = database.CreateContext())
        {
            (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).Pseudonymise("S. S.");
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await TestDatabase.ScalarAsync(TestDatabase.StaleHiddenNamesSql));
        Assert.Equal(2, await HiddenSpellingsOfPseudonymAsync("S. S."));
    }

    [Fact]
    public async Task Should_hide_a_spelling_added_to_a_hidden_person_in_every_text_that_holds_it()
    {
        await using (var db = database.CreateContext())
        {
            var aqan = await db.Persons.Include(p => p.Names).SingleAsync(p => p.Pseudonym == "Q. A.");
            aqan.AddName("Qaysha Aqanqyzy");
            await db.SaveChangesAsync();
        }
        await using var check = database.CreateContext();
        var hidden = await HiddenNamesStore.LoadAsync(check);

        Assert.Equal($"{HiddenNames.Marker} spoke.", hidden.Redact("Qaysha Aqanqyzy spoke."));
    }

    [Fact]
    public async Task Should_mark_a_spelling_written_while_its_person_is_being_withheld_once_that_is_committed()
    {
        var musakhanuly = await TestDatabase.ScalarAsync("SELECT id FROM persons WHERE slug = 'qaster-musakhanuly'");
        await using var withholding = new NpgsqlConnection(TestDatabase.ConnectionString);
        await withholding.OpenAsync();
        await using var transaction = await withholding.BeginTransactionAsync();
        await using (var withhold = new NpgsqlCommand($"UPDATE persons SET visibility = 'withheld' WHERE id = {musakhanuly}", withholding, transaction))
        {
            await withhold.ExecuteNonQueryAsync();
        }

        // The spelling's trigger waits for the person's row, then reads it as committed.
        var adding = TestDatabase.ScalarAsync($"WITH added AS (INSERT INTO person_names (person_id, name, folded_name) VALUES ({musakhanuly}, 'Qaster Musaqanuly', 'qaster musaqanuly') RETURNING 1) SELECT count(*) FROM added");
        for (var i = 0; i < 100 && await TestDatabase.ScalarAsync("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO person_names%'") == 0; i++)
        {
            await Task.Delay(50);
        }
        Assert.False(adding.IsCompleted, "the spelling waited for the person's row");
        await transaction.CommitAsync();
        Assert.Equal(1, await adding);

        Assert.Equal(0, await TestDatabase.ScalarAsync(TestDatabase.StaleHiddenNamesSql));
        Assert.Equal(2, await HiddenSpellingsAsync("qaster-musakhanuly"));
    }

    private Task<long> HiddenSpellingsAsync(string slug) =>
        TestDatabase.ScalarAsync($"SELECT count(*) FROM person_names n JOIN persons p ON p.id = n.person_id WHERE p.slug = '{slug}' AND n.person_hidden");

    // A pseudonymised person's slug is random (OpaqueKeys): found by the pseudonym.
    private Task<long> HiddenSpellingsOfPseudonymAsync(string pseudonym) =>
        TestDatabase.ScalarAsync($"SELECT count(*) FROM person_names n JOIN persons p ON p.id = n.person_id WHERE p.pseudonym = '{pseudonym}' AND n.person_hidden");
}
