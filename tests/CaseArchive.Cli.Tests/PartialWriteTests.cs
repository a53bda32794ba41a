using System.Diagnostics;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Cli.Tests;

/// <summary>
/// An import is one transaction: the command line killed (kill -9) while it accepts an article, after it has
/// written records and before it commits, leaves the archive exactly as it was, and the import still pending.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class PartialWriteTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    private const string ApplicationName = "casearchive-killed-import";
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Fact]
    public async Task Should_leave_the_archive_as_it_was_when_the_import_is_killed_part_way()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);
        var article = Path.Combine(TestDatabase.RepositoryRoot(), "samples", "articles", "zharkent-2019-12-23.txt");
        // Stored for review first, so that the killed run is the acceptance: the many records in one go.
        Assert.Equal(0, await CommandLine.RunAsync(["import", article], _stdout, _stderr));
        var before = await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString);

        int session;
        await using (var history = await HistoryLock.TakeAsync(TestDatabase.ConnectionString))
        {
            using var import = StartCommandLine(["import", article, "--accept"], $"{TestDatabase.ConnectionString};Application Name={ApplicationName}");
            try
            {
                session = await history.WaitForWriterAsync(ApplicationName, TimeSpan.FromSeconds(60));
            }
            finally
            {
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync();
            }
        }
        await HistoryLock.WaitForSessionToEndAsync(TestDatabase.ConnectionString, session, TimeSpan.FromSeconds(30));

        Assert.Equal(before, await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString));
        await using var db = database.CreateContext();
        Assert.Equal(ImportStatus.Pending, (await db.Imports.SingleAsync()).Status);
        Assert.Equal(0, await db.Rulings.CountAsync());

        // The same import accepted again, uninterrupted, goes through whole.
        Assert.Equal(0, await CommandLine.RunAsync(["import", article, "--accept"], _stdout, _stderr));
        Assert.Equal(1, await db.Rulings.CountAsync());
    }

    /// <summary>The command line's own build (src/CaseArchive.Cli/bin/CONFIGURATION/net10.0) as a process of its own.</summary>
    private static Process StartCommandLine(string[] arguments, string connectionString)
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(TestDatabase.RepositoryRoot(), "src", "CaseArchive.Cli", "bin", testFolder.Parent!.Name, testFolder.Name, "casearchive.dll");
        Assert.True(File.Exists(dll), $"the command line is not built at {dll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ConnectionStrings__Archive"] = connectionString;
        return Process.Start(start)!;
    }
}
