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
        await database.ResetAsync();
        await using var db = database.CreateContext();
        await ZharkentSample.LoadAsync(db);
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

    /// <summary>Each table's row count and a checksum of its content, in a stable order.</summary>
    private static async Task<string> TableChecksumsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var lines = new List<string>();
        foreach (var table in tables)
        {
            await using var sum = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            lines.Add($"{table}={await sum.ExecuteScalarAsync()}");
        }
        return string.Join("\n", lines);
    }
}
