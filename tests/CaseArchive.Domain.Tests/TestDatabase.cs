using CaseArchive.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;

namespace CaseArchive.Domain.Tests;

/// <summary>
/// The real PostgreSQL database of the test run (scripts/test creates it and sets
/// ConnectionStrings__Archive), migrated once and emptied before each test.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string FallbackConnectionString = "Host=127.0.0.1;Port=55432;Database=casearchive_test;Username=casearchive;Password=casearchive";

    private Respawner? _respawner;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Archive") is { Length: > 0 } configured ? configured : FallbackConnectionString;

    public ArchiveDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContext.Configure(options, ConnectionString);
        return new ArchiveDbContext(options.Options);
    }

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__migrations"],
        });
        await _respawner.ResetAsync(connection);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<TestDatabase>
{
    public const string Name = "database";
}
