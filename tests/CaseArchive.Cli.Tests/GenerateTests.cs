extern alias web;
using System.Net;
using System.Text.Json;
using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseArchive.Cli.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class GenerateTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);
        await database.ResetToSampleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Theory]
    [InlineData(new string[0], "say how many rulings")]
    [InlineData(new[] { "--rulings", "0" }, "from 1 to 5,000,000")]
    [InlineData(new[] { "--rulings", "many" }, "from 1 to 5,000,000")]
    [InlineData(new[] { "--rulings", "-5" }, "from 1 to 5,000,000")]
    [InlineData(new[] { "--rulings", "10", "--seed", "x" }, "--seed takes a whole number")]
    [InlineData(new[] { "--rulings", "10", "--persons", "3" }, "unexpected '--persons'")]
    public async Task Should_refuse_bad_arguments_with_a_message_and_write_nothing(string[] args, string message)
    {
        await using var db = database.CreateContext();
        var before = await db.Rulings.CountAsync();

        var status = await CommandLine.RunAsync(["generate", .. args], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains(message, _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Rulings.CountAsync());
    }

    [Fact]
    public async Task Should_generate_an_archive_whose_search_documents_are_what_the_database_computes()
    {
        await using var db = database.CreateContext();
        var sample = await db.Rulings.CountAsync();

        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--rulings", "2000", "--seed", "7"], _stdout, _stderr));

        Assert.Equal(sample + 2000, await db.Rulings.CountAsync());
        Assert.True(await db.Persons.CountAsync(p => p.Visibility == PersonVisibility.Withheld) > 20);
        Assert.True(await db.Persons.CountAsync(p => p.Visibility == PersonVisibility.Pseudonymised) > 20);
        Assert.True(await db.PersonNames.CountAsync(n => EF.Functions.Like(n.Name, "%а%")) > 100, "some spellings are in Cyrillic");
        Assert.True(await db.Courts.Select(c => c.Country).Distinct().CountAsync() >= 5);
        // Each document holds exactly the words, with the weights, that the triggers' function gives
        // (positions may differ with the order words were aggregated in).
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var documents = new NpgsqlCommand($"SELECT ({TestDatabase.StaleSearchDocumentsSql}), (SELECT count(*) FROM rulings)", connection))
        await using (var reader = await documents.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            Assert.Equal(0, reader.GetInt64(0));
            Assert.Equal(sample + 2000, reader.GetInt64(1));
        }
        // Each ruling's search facts, built with the documents, are what the triggers' view computes.
        await using (var facts = new NpgsqlCommand($"SELECT ({TestDatabase.StaleSearchFactsSql}), (SELECT count(*) FROM ruling_search_facts)", connection))
        await using (var factsReader = await facts.ExecuteReaderAsync())
        {
            await factsReader.ReadAsync();
            Assert.Equal(0, factsReader.GetInt64(0));
            Assert.Equal(sample + 2000, factsReader.GetInt64(1));
        }
        // Each person's count of rulings, set-based too, is what the triggers keep, and every person has one.
        await using (var counts = new NpgsqlCommand($"SELECT ({TestDatabase.StalePersonRulingCountsSql}), (SELECT count(*) FROM person_ruling_counts) = (SELECT count(*) FROM persons)", connection))
        await using (var countsReader = await counts.ExecuteReaderAsync())
        {
            await countsReader.ReadAsync();
            Assert.Equal(0, countsReader.GetInt64(0));
            Assert.True(countsReader.GetBoolean(1));
        }
        // Each spelling says whether its person is hidden, as the triggers would have written it, and
        // some do (the redaction's lookup reads only those).
        await using (var names = new NpgsqlCommand($"SELECT ({TestDatabase.StaleHiddenNamesSql}), (SELECT count(*) FROM person_names WHERE person_hidden)", connection))
        await using (var namesReader = await names.ExecuteReaderAsync())
        {
            await namesReader.ReadAsync();
            Assert.Equal(0, namesReader.GetInt64(0));
            Assert.True(namesReader.GetInt64(1) > 20, "some generated spellings are of hidden persons");
        }
        // The triggers, foreign keys and indexes set aside for the load are all back.
        await using var check = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'),
                   (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'rulings'::regclass),
                   (SELECT count(*) FROM pg_indexes WHERE tablename = 'ruling_search_facts' AND indexdef LIKE '%gin%')
            """, connection);
        await using var state = await check.ExecuteReaderAsync();
        await state.ReadAsync();
        Assert.Equal(0, state.GetInt64(0));
        Assert.Equal(5, state.GetInt64(1));
        Assert.Equal(1, state.GetInt64(2));
        Assert.Contains("rows/s", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_the_archive_and_its_indexes_as_they_were_when_the_load_fails_at_its_last_step()
    {
        // The facts and documents are written last, by the database: a check that refuses every new row of them
        // (NOT VALID, so the rows there stay) makes the load fail there.
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "ALTER TABLE ruling_search_facts ADD CONSTRAINT generate_test_obstacle CHECK (ruling_id < 0) NOT VALID");
        try
        {
            var before = await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString);
            var schema = await SchemaAsync(connection);

            var status = await CommandLine.RunAsync(["generate", "--rulings", "300"], _stdout, _stderr);

            Assert.Equal(1, status);
            Assert.Contains("nothing was written", _stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal(before, await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString));
            Assert.Equal(schema, await SchemaAsync(connection));
        }
        finally
        {
            await ExecuteAsync(connection, "ALTER TABLE ruling_search_facts DROP CONSTRAINT IF EXISTS generate_test_obstacle");
        }
    }

    /// <summary>Every index, constraint and trigger state of the archive's tables.</summary>
    private static async Task<string> SchemaAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT string_agg(line, E'\n' ORDER BY line) FROM (
                SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public'
                UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                UNION ALL SELECT tgrelid::regclass || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal) lines
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Should_generate_rulings_the_public_pages_and_the_api_show_and_hide_as_they_should()
    {
        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--rulings", "2000"], _stdout, _stderr));
        await using var db = database.CreateContext();
        var shown = await db.Rulings.Where(r => r.Person.Visibility == PersonVisibility.Public && r.Person.Names.Any())
            .OrderBy(r => r.Id).Select(r => new { r.Key, r.PersonId, r.Person.DisplayName, r.Person.Slug }).FirstAsync();
        var otherSpelling = await db.PersonNames.Where(n => n.PersonId == shown.PersonId).Select(n => n.Name).FirstAsync();
        var withheld = await db.Rulings.Where(r => r.Person.Visibility == PersonVisibility.Withheld)
            .OrderBy(r => r.Id).Select(r => new { r.Key, r.Person.DisplayName, r.Person.Slug }).FirstAsync();
        var pseudonymised = await db.Persons.Where(p => p.Visibility == PersonVisibility.Pseudonymised).OrderBy(p => p.Id)
            .Select(p => new { p.DisplayName, p.Pseudonym, p.Slug }).FirstAsync();

        await using var factory = new WebApplicationFactory<web::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Archive", TestDatabase.ConnectionString);
            builder.UseSetting("RateLimits:PublicSearchPerMinute", "100000");
            builder.UseSetting("RateLimits:PublicApiPerMinute", "100000");
            builder.UseSetting("RateLimits:PublicPagesPerMinute", "100000");
        });
        var client = factory.CreateClient();

        var list = await client.GetStringAsync("/rulings");
        Assert.Contains("rulings", list, StringComparison.Ordinal);
        Assert.Contains("Older rulings", list, StringComparison.Ordinal);
        var search = await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString(otherSpelling));
        Assert.Contains($"/rulings/{shown.Key}\"", search, StringComparison.Ordinal);
        var person = await client.GetStringAsync($"/persons/{shown.Slug}");
        Assert.Contains(shown.DisplayName, person, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rulings/{shown.Key}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/persons/{withheld.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rulings/{withheld.Key}")).StatusCode);
        Assert.True(OpaqueKeys.IsWellFormed(shown.Key), $"the generated key {shown.Key} is not an opaque key");
        Assert.True(OpaqueKeys.IsWellFormed(pseudonymised.Slug), $"the generated pseudonymised person's slug {pseudonymised.Slug} is not random");
        var pseudonymPage = await client.GetStringAsync($"/persons/{pseudonymised.Slug}");
        Assert.Contains(pseudonymised.Pseudonym!, pseudonymPage, StringComparison.Ordinal);
        Assert.DoesNotContain(pseudonymised.DisplayName, pseudonymPage, StringComparison.Ordinal);

        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?outcome=asylum_granted"));
        var results = api.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("asylum_granted", r.GetProperty("outcome").GetString()));
        Assert.DoesNotContain(withheld.DisplayName, api.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
