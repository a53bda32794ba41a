using System.Net;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// The app with ConnectionStrings:ArchiveReadOnly set, as a replica would be given: here a role that may only
/// read, reached through Npgsql's multi-host form (two hosts, prefer-standby), so that a write through it fails.
/// </summary>
public sealed class ReadOnlyFactory : ArchiveFactory
{
    public const string Reader = "casearchive_reader";
    public const string ReaderPassword = "casearchive_reader";

    public static string ReadOnlyConnectionString
    {
        get
        {
            var primary = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
            return $"Host={primary.Host}:{primary.Port},{primary.Host}:{primary.Port};Database={primary.Database};Username={Reader};Password={ReaderPassword};Target Session Attributes=prefer-standby;Load Balance Hosts=true;Application Name=casearchive-public";
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:ArchiveReadOnly", ReadOnlyConnectionString);
    }

    /// <summary>The role, with SELECT on every table of the test database and nothing more.</summary>
    public static async Task GrantReaderAsync()
    {
        var admin = Environment.GetEnvironmentVariable("CASEARCHIVE_ADMIN_CONNECTION") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=55432;Database=postgres;Username=postgres_admin;Password=casearchive";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Reader}') THEN
                    CREATE ROLE {Reader} LOGIN PASSWORD '{ReaderPassword}';
                  END IF;
                END $$;
                """, connection);
            await create.ExecuteNonQueryAsync();
        }
        await using (var owner = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await owner.OpenAsync();
            var database = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString).Database;
            await using var grant = new NpgsqlCommand($"""
                GRANT CONNECT ON DATABASE "{database}" TO {Reader};
                GRANT USAGE ON SCHEMA public TO {Reader};
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO {Reader};
                """, owner);
            await grant.ExecuteNonQueryAsync();
        }
    }
}

[Collection(WebCollection.Name)]
public sealed class ReadOnlyDatabaseTests(ArchiveFactory primaryOnly) : IAsyncLifetime, IDisposable
{
    private readonly ReadOnlyFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.ResetAsync();
        await ReadOnlyFactory.GrantReaderAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Should_serve_the_public_pages_through_the_read_only_connection_and_save_edits_on_the_primary()
    {
        var visitor = _factory.CreateClient();
        foreach (var page in new[] { "/", "/rulings?q=Aqan", "/persons/qaisha-aqan", "/api/v1/rulings", "/rulings/export.csv", "/feeds/rulings.atom" })
        {
            var response = await visitor.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
            Assert.True((await response.Content.ReadAsStringAsync()).Contains("Qaisha Aqan", StringComparison.Ordinal), $"{page} does not show Qaisha Aqan");
        }
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/health/ready")).StatusCode);
        Assert.True(await ReaderSessionsAsync() > 0, "no session of the read-only role: the public pages did not read through it");

        var editor = await _factory.SignedInClientAsync("amina@example.org");
        var id = await _factory.RulingIdOfAsync("qaisha-aqan");
        var edit = await editor.GetStringAsync($"/editor/rulings/edit/{id}");
        var form = HtmlForms.PostForms($"/editor/rulings/edit/{id}", edit).First(f => f.Action == $"/editor/rulings/edit/{id}");
        var fields = form.Values();
        fields["Input.SentenceMonths"] = "8";
        using var content = new FormUrlEncodedContent(fields);
        var saved = await editor.PostAsync(form.Action, content);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("8-month suspended sentence", await visitor.GetStringAsync(await _factory.RulingAddressAsync(id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_write_through_the_read_only_connection()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();

        var denied = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE persons SET display_name = 'Changed'"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        db.Persons.Attach(await db.Persons.FirstAsync()).Entity.Rename("Changed");
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Should_read_public_pages_on_the_primary_when_no_read_only_connection_is_set()
    {
        await using var scope = primaryOnly.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();

        Assert.Equal(
            new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString).Username,
            new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Username);
        Assert.Equal(HttpStatusCode.OK, (await primaryOnly.CreateClient().GetAsync("/persons/qaisha-aqan")).StatusCode);
    }

    [Fact]
    public async Task Should_answer_many_public_requests_at_once_on_at_most_the_public_reads_connections()
    {
        var visitor = _factory.CreateClient();
        var pages = new[] { "/rulings?q=Aqan", "/persons/qaisha-aqan", "/api/v1/rulings", "/rulings?q=Aqan&outcome=not_deported" };

        // Six times as many requests at once as the pool has connections: they wait their turn, none fails.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6 * ArchiveSetup.PublicReadConnections)
            .Select(i => visitor.GetAsync(pages[i % pages.Length])));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        // Npgsql keeps a pool per host of a multi-host connection string: this one names two.
        var sessions = await ReaderSessionsAsync();
        Assert.InRange(sessions, 1, 2 * ArchiveSetup.PublicReadConnections);
    }

    private static async Task<long> ReaderSessionsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE usename = @reader AND application_name = 'casearchive-public'", connection);
        command.Parameters.AddWithValue("reader", ReadOnlyFactory.Reader);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

public sealed class PublicReadConnectionTests
{
    [Fact]
    public void Should_skip_the_reset_and_prepare_statements_for_public_reads()
    {
        var builder = new NpgsqlConnectionStringBuilder(ArchiveSetup.PublicReadConnectionString("Host=db;Database=archive"));

        Assert.True(builder.NoResetOnClose);
        Assert.True(builder.MaxAutoPrepare > 0);
        Assert.Equal("-c max_parallel_workers_per_gather=0", builder.Options);
        Assert.Equal(ArchiveSetup.PublicReadConnections, builder.MaxPoolSize);
        Assert.InRange(ArchiveSetup.PublicReadConnections, 4, 2 * Environment.ProcessorCount + 4);
        Assert.Equal("db", builder.Host);
    }

    [Fact]
    public void Should_keep_what_the_connection_string_says_itself()
    {
        var builder = new NpgsqlConnectionStringBuilder(ArchiveSetup.PublicReadConnectionString("Host=db;Max Auto Prepare=0;No Reset On Close=false;Options=-c work_mem=8MB"));

        Assert.False(builder.NoResetOnClose);
        Assert.Equal(0, builder.MaxAutoPrepare);
        Assert.Equal("-c work_mem=8MB -c max_parallel_workers_per_gather=0", builder.Options);
        Assert.Equal("-c max_parallel_workers_per_gather=2",
            new NpgsqlConnectionStringBuilder(ArchiveSetup.PublicReadConnectionString("Host=db;Options=-c max_parallel_workers_per_gather=2")).Options);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=40")]
    [InlineData("Host=db;MaxPoolSize=40")]
    [InlineData("Host=db;maximum pool size=40")]
    public void Should_keep_the_pool_size_the_connection_string_gives_in_any_of_its_spellings(string connectionString) =>
        Assert.Equal(40, new NpgsqlConnectionStringBuilder(ArchiveSetup.PublicReadConnectionString(connectionString)).MaxPoolSize);
}
