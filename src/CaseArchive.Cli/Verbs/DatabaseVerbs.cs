using CaseArchive.Domain;
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

    /// <summary>
    /// seed-samples [DIR]: the sample articles (samples/articles of the repository, or DIR) through the
    /// importer, accepted. Running it again adds nothing: an article already imported is left as it is.
    /// </summary>
    public static async Task<int> SeedSamplesAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 1 || (args.Length == 1 && args[0].StartsWith('-')))
        {
            await stderr.WriteLineAsync("usage: scripts/casearchive seed-samples [DIR]");
            return 2;
        }
        var folder = args.Length == 1 ? args[0] : SamplesFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            await stderr.WriteLineAsync($"seed-samples: the sample articles were not found ({folder ?? "samples/articles"}); name their folder: seed-samples DIR.");
            return 2;
        }
        return await ImportVerb.RunAsync([folder, "--accept"], stdout, stderr);
    }

    /// <summary>samples/articles of the repository the command line was built in, or of the current folder.</summary>
    private static string? SamplesFolder()
    {
        var here = Path.Combine(Environment.CurrentDirectory, "samples", "articles");
        if (Directory.Exists(here))
        {
            return here;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
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
