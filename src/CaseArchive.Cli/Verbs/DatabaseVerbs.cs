using CaseArchive.Domain;
using CaseArchive.Domain.Samples;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseArchive.Cli;

internal static class DatabaseVerbs
{
    public static async Task<int> MigrateAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0)
        {
            await stderr.WriteLineAsync("migrate takes no arguments.");
            return 2;
        }
        return await WithDatabaseAsync(stderr, async db =>
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            await db.Database.MigrateAsync();
            await stdout.WriteLineAsync(pending.Count == 0 ? "migrate: the database is up to date" : $"migrate: applied {string.Join(", ", pending)}");
            return 0;
        });
    }

    public static async Task<int> SeedSamplesAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0)
        {
            await stderr.WriteLineAsync("seed-samples takes no arguments.");
            return 2;
        }
        return await WithDatabaseAsync(stderr, async db =>
        {
            var loaded = await ZharkentSample.LoadAsync(db);
            await stdout.WriteLineAsync(loaded ? "seed-samples: loaded the Zharkent case" : "seed-samples: the sample cases are already loaded");
            return 0;
        });
    }

    internal static ArchiveDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContext.Configure(options, ConnectionString);
        return new ArchiveDbContext(options.Options, new NamedActor("command line"));
    }

    internal static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Archive") is { Length: > 0 } configured
            ? configured
            : ArchiveDbContextFactory.LocalConnectionString;

    private static async Task<int> WithDatabaseAsync(TextWriter stderr, Func<ArchiveDbContext, Task<int>> work)
    {
        try
        {
            await using var db = CreateContext();
            return await work(db);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            await stderr.WriteLineAsync($"casearchive: the database could not be reached or refused the change: {e.GetBaseException().Message}");
            await stderr.WriteLineAsync("Is it running? 'scripts/db start' starts the project's own cluster; ConnectionStrings__Archive points elsewhere.");
            return 1;
        }
    }
}
