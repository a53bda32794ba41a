using CaseArchive.Domain;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseArchive.Cli.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class BackupTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casearchive-backup-").FullName;
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
        Directory.Delete(_folder, recursive: true);
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Fact]
    public async Task Should_restore_every_table_as_it_was_backed_up()
    {
        var file = Path.Combine(_folder, "archive.dump");
        var before = await TableChecksumsAsync();

        Assert.Equal(0, await CommandLine.RunAsync(["backup", file], _stdout, _stderr));
        await using (var db = database.CreateContext())
        {
            await db.Citations.ExecuteDeleteAsync();
            await db.Events.ExecuteDeleteAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE persons SET display_name = 'Changed'");
        }
        Assert.NotEqual(before, await TableChecksumsAsync());

        Assert.Equal(0, await CommandLine.RunAsync(["restore", file], _stdout, _stderr));

        Assert.Equal(before, await TableChecksumsAsync());
    }

    [Fact]
    public async Task Should_tell_every_app_server_that_the_archive_was_restored()
    {
        var file = Path.Combine(_folder, "archive.dump");
        Assert.Equal(0, await CommandLine.RunAsync(["backup", file], _stdout, _stderr));
        await using var listener = new NpgsqlConnection(TestDatabase.ConnectionString);
        await listener.OpenAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeNotifications.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await CommandLine.RunAsync(["restore", file], _stdout, _stderr));

        // The restored rows were loaded before their tables' triggers were made: the command says so itself.
        while (!heard.Contains("restore") && await listener.WaitAsync(TimeSpan.FromSeconds(5)))
        {
        }
        Assert.Contains("restore", heard);
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_not_a_backup_and_change_nothing()
    {
        var file = Path.Combine(_folder, "not-a-dump.txt");
        await File.WriteAllTextAsync(file, "DROP TABLE persons;");
        var before = await TableChecksumsAsync();

        var status = await CommandLine.RunAsync(["restore", file], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains("is not a backup", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await TableChecksumsAsync());
    }

    [Fact]
    public async Task Should_refuse_a_missing_file()
    {
        var status = await CommandLine.RunAsync(["restore", Path.Combine(_folder, "nope.dump")], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains("does not exist", _stderr.ToString(), StringComparison.Ordinal);
    }

    private static Task<string> TableChecksumsAsync() => ArchiveChecksums.OfAsync(TestDatabase.ConnectionString);
}
