using System.Diagnostics;
using CaseArchive.Domain;
using CaseArchive.Domain.Migrations;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CaseArchive.Domain.Tests;

/// <summary>
/// The baseline migration against the chains it replaced, each as its own SQL (tests/CaseArchive.Domain.Tests/Data:
/// baseline-chain.sql, the first baseline and the six migrations after it; old-chain.sql, the chain before the
/// first baseline): a new database migrated by the baseline has exactly the schema the chain left (pg_dump
/// --schema-only, the history table aside), and a database the chain migrated to any point of it is carried
/// over to that same schema, with its history replaced. Each test works on databases of its own, dropped after.
/// </summary>
public sealed class BaselineMigrationTests : IAsyncLifetime
{
    private static readonly string AdminConnectionString =
        Environment.GetEnvironmentVariable("CASEARCHIVE_ADMIN_CONNECTION") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=55432;Database=postgres;Username=postgres_admin;Password=casearchive";

    private readonly List<string> _databases = [];

    [Fact]
    public async Task Should_give_a_new_database_exactly_the_schema_the_replaced_chain_left()
    {
        var old = await CreateDatabaseAsync("chain");
        await RunScriptAsync(old, ChainScript(ChainLength));
        var baseline = await CreateDatabaseAsync("baseline");
        await MigrateAsync(baseline, Baseline.Id);

        var expected = await DumpAsync(old, "--schema-only");
        Assert.Contains("CREATE FUNCTION public.ruling_search_documents", expected, StringComparison.Ordinal);
        Assert.Contains("ix_persons_folded_name_words", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await DumpAsync(baseline, "--schema-only"));
        // The rows a new archive starts with, too (the version of who is hidden is random).
        Assert.Equal(await DumpAsync(old, "--data-only", "--exclude-table=hidden_names_version"), await DumpAsync(baseline, "--data-only", "--exclude-table=hidden_names_version"));
        Assert.Equal(1, await ScalarAsync(baseline, "SELECT count(*) FROM hidden_names_version"));
        Assert.Equal([Baseline.Id], await HistoryAsync(baseline));
    }

    /// <summary>The history of a database migrated to the latest: the baseline, then each migration written after it.</summary>
    private static readonly List<string> Latest = [Baseline.Id, OutcomeYearCounts.Id];

    /// <summary>The migrations of baseline-chain.sql: the first baseline and the six after it.</summary>
    private const int ChainLength = 7;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(ChainLength)]
    public async Task Should_carry_over_a_database_at_any_point_of_the_replaced_chain_to_the_schema_of_a_new_one(int migrations)
    {
        var carried = await CreateDatabaseAsync($"at{migrations}");
        await RunScriptAsync(carried, ChainScript(migrations));
        Assert.Equal(migrations, (await HistoryAsync(carried)).Count);
        var fresh = await CreateDatabaseAsync($"fresh{migrations}");
        await MigrateAsync(fresh);

        await MigrateAsync(carried);

        Assert.Equal(Latest, await HistoryAsync(carried));
        Assert.Equal(await DumpAsync(fresh, "--schema-only"), await DumpAsync(carried, "--schema-only"));
        Assert.Equal(await DumpAsync(fresh, "--data-only", "--exclude-table=hidden_names_version"), await DumpAsync(carried, "--data-only", "--exclude-table=hidden_names_version"));
        await using var db = CreateContext(carried);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Should_carry_over_records_from_the_first_baseline_with_their_search_facts_and_documents_rebuilt()
    {
        var carried = await CreateDatabaseAsync("records");
        await RunScriptAsync(carried, ChainScript(1));
        await LoadSampleAsync(carried);
        // A ruling cited by an unpublished source only (no outlet): public under the first baseline, not since.
        await ScalarAsync(carried, "UPDATE sources SET outlet = NULL WHERE id IN (SELECT source_id FROM citations WHERE ruling_id = (SELECT min(ruling_id) FROM citations)); SELECT 0");
        const string IsPublic = "SELECT count(*) FROM ruling_search_facts WHERE is_public AND ruling_id = (SELECT min(ruling_id) FROM citations)";
        Assert.Equal(1, await ScalarAsync(carried, IsPublic));

        await MigrateAsync(carried);

        Assert.Equal(Latest, await HistoryAsync(carried));
        Assert.Equal(0, await ScalarAsync(carried, IsPublic));
        Assert.Equal(0, await ScalarAsync(carried, TestDatabase.StaleSearchFactsSql));
        Assert.Equal(0, await ScalarAsync(carried, TestDatabase.StaleSearchDocumentsSql));
    }

    [Fact]
    public async Task Should_carry_over_a_database_the_chain_before_the_first_baseline_migrated()
    {
        var old = await CreateDatabaseAsync("carried");
        await RunScriptAsync(old, OldChainScript());
        await LoadSampleAsync(old);
        // A hidden person, whose names the documents leave out (the quotes name her, declined too).
        await ScalarAsync(old, "UPDATE persons SET visibility = 'pseudonymised', pseudonym = 'S. S.' WHERE display_name = 'Sairagul Sauytbay'");
        Assert.Equal(17, (await HistoryAsync(old)).Count);
        var fresh = await CreateDatabaseAsync("fresh");
        await MigrateAsync(fresh);

        await MigrateAsync(old);

        Assert.Equal(Latest, await HistoryAsync(old));
        Assert.Equal(await DumpAsync(fresh, "--schema-only"), await DumpAsync(old, "--schema-only"));
        var documents = await TextAsync(old, DocumentsSql);
        Assert.Contains("'almaty'", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("sauytbay", documents, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await ScalarAsync(old, TestDatabase.StaleSearchDocumentsSql));
        Assert.Equal(0, await ScalarAsync(old, TestDatabase.StaleSearchFactsSql));
    }

    /// <summary>Every ruling's document as stored and as ruling_search_document makes it, words, weights and positions.</summary>
    private const string DocumentsSql = """
        SELECT string_agg(r.id || ' ' || f.search_vector::text || ' / ' || ruling_search_document(r)::text, E'\n' ORDER BY r.id)
        FROM rulings r JOIN ruling_search_facts f ON f.ruling_id = r.id
        """;

    [Fact]
    public async Task Should_refuse_a_database_part_way_through_the_chain_before_the_first_baseline_and_change_nothing()
    {
        var partial = await CreateDatabaseAsync("partial");
        // The chain without its last migration (each migration is one transaction of the script).
        var script = OldChainScript();
        await RunScriptAsync(partial, script[..script.LastIndexOf("START TRANSACTION;", StringComparison.Ordinal)]);
        var history = await HistoryAsync(partial);
        var schema = await DumpAsync(partial, "--schema-only");

        var error = await Assert.ThrowsAsync<PostgresException>(() => MigrateAsync(partial));

        Assert.Contains("part-way", error.MessageText, StringComparison.Ordinal);
        Assert.Contains(Baseline.ReplacedChainLast, error.MessageText, StringComparison.Ordinal);
        Assert.Equal(history, await HistoryAsync(partial));
        Assert.Equal(schema, await DumpAsync(partial, "--schema-only"));
    }

    /// <summary>
    /// The Zharkent sample, written by today's model into a database of an older schema: the columns today's
    /// model writes that the schema lacks are there while it loads, and gone after.
    /// </summary>
    private static async Task LoadSampleAsync(string connectionString)
    {
        var added = await AddLaterColumnsAsync(connectionString);
        await using (var db = CreateContext(connectionString))
        {
            await ZharkentSample.LoadAsync(db);
        }
        foreach (var (table, column) in added)
        {
            await ScalarAsync(connectionString, $"ALTER TABLE {table} DROP COLUMN {column}; SELECT 0");
        }
    }

    /// <summary>baseline-chain.sql up to its first <paramref name="migrations"/> migrations (each one transaction).</summary>
    private static string ChainScript(int migrations)
    {
        var script = File.ReadAllText(Path.Combine(TestDatabase.RepositoryRoot(), "tests", "CaseArchive.Domain.Tests", "Data", "baseline-chain.sql"));
        var at = 0;
        for (var i = 0; i <= migrations && at >= 0; i++)
        {
            at = script.IndexOf("START TRANSACTION;", at + 1, StringComparison.Ordinal);
        }
        return at < 0 ? script : script[..at];
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var database in _databases)
        {
            await AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static string OldChainScript() =>
        File.ReadAllText(Path.Combine(TestDatabase.RepositoryRoot(), "tests", "CaseArchive.Domain.Tests", "Data", "old-chain.sql"));

    private async Task<string> CreateDatabaseAsync(string purpose)
    {
        var test = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        var name = $"{test.Database}_{purpose}_{Environment.ProcessId}";
        _databases.Add(name);
        await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await AdminAsync($"CREATE DATABASE \"{name}\" OWNER \"{test.Username}\"");
        test.Database = name;
        return test.ConnectionString;
    }

    /// <summary>Adds, nullable, every column today's model maps that the database lacks; returns them.</summary>
    private static async Task<List<(string Table, string Column)>> AddLaterColumnsAsync(string connectionString)
    {
        await using var db = CreateContext(connectionString);
        var added = new List<(string, string)>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
        {
            var table = entity.GetTableName()!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store);
                // xmin is PostgreSQL's own row version (the concurrency token), never a column to add.
                if (column is null or "xmin" || added.Contains((table, column))
                    || await ScalarAsync(connectionString, $"SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' AND column_name = '{column}'") > 0)
                {
                    continue;
                }
                await ScalarAsync(connectionString, $"ALTER TABLE {table} ADD COLUMN {column} {property.GetColumnType()}; SELECT 0");
                added.Add((table, column));
            }
        }
        return added;
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static ArchiveDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContext.Configure(options, connectionString);
        return new ArchiveDbContext(options.Options);
    }

    private static async Task MigrateAsync(string connectionString, string? target = null)
    {
        await using var db = CreateContext(connectionString);
        await db.GetService<IMigrator>().MigrateAsync(target);
    }

    private static async Task<string> TextAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> HistoryAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT migration_id FROM __migrations ORDER BY migration_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a script with psql, as an operator would, stopping at the first error.</summary>
    private static async Task RunScriptAsync(string connectionString, string script)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, script);
            await RunAsync("psql", connectionString, ["-v", "ON_ERROR_STOP=1", "-q", "-f", file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>pg_dump of the database without the history table, owners and privileges (and pg_dump's random \restrict key).</summary>
    private static async Task<string> DumpAsync(string connectionString, params string[] options)
    {
        var dump = await RunAsync("pg_dump", connectionString, [.. options, "--no-owner", "--no-privileges", "--exclude-table=__migrations"]);
        return string.Join('\n', dump.Split('\n').Where(line => !line.StartsWith("\\restrict ", StringComparison.Ordinal) && !line.StartsWith("\\unrestrict ", StringComparison.Ordinal)));
    }

    private static async Task<string> RunAsync(string program, string connectionString, IEnumerable<string> arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Concat(["-h", connection.Host!, "-p", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", connection.Username!, "-d", connection.Database!]))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }
}
