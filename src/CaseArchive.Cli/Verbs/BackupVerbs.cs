using System.Diagnostics;
using CaseArchive.Domain;
using Npgsql;

namespace CaseArchive.Cli;

/// <summary>backup FILE and restore FILE: pg_dump and pg_restore in custom format.</summary>
internal static class BackupVerbs
{
    public static async Task<int> BackupAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            await stderr.WriteLineAsync("usage: scripts/casearchive backup FILE");
            return 2;
        }
        var file = Path.GetFullPath(args[0]);
        if (!Directory.Exists(Path.GetDirectoryName(file)))
        {
            await stderr.WriteLineAsync($"backup: the folder of {file} does not exist.");
            return 2;
        }
        // Write beside the target and rename at the end, so a failed backup never leaves a partial file behind.
        var partial = file + ".partial";
        var status = await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", $"--file={partial}"], stderr);
        if (status != 0)
        {
            File.Delete(partial);
            await stderr.WriteLineAsync("backup: pg_dump failed; nothing was written.");
            return 1;
        }
        File.Move(partial, file, overwrite: true);
        await stdout.WriteLineAsync($"backup: wrote {file} ({new FileInfo(file).Length:N0} bytes)");
        return 0;
    }

    public static async Task<int> RestoreAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            await stderr.WriteLineAsync("usage: scripts/casearchive restore FILE");
            return 2;
        }
        var file = Path.GetFullPath(args[0]);
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"restore: {file} does not exist.");
            return 2;
        }
        if (!await IsCustomDumpAsync(file))
        {
            await stderr.WriteLineAsync($"restore: {file} is not a backup made by 'scripts/casearchive backup' (pg_dump custom format); nothing was changed.");
            return 2;
        }
        // One transaction: a restore that fails part-way leaves the archive as it was.
        var status = await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", file], stderr);
        if (status != 0)
        {
            await stderr.WriteLineAsync("restore: pg_restore failed; the archive is unchanged.");
            return 1;
        }
        // The rows were loaded before the tables' triggers were made: every app server is told here to drop what it cached.
        await using (var connection = new NpgsqlConnection(DatabaseVerbs.ConnectionString))
        {
            await connection.OpenAsync();
            await ChangeNotifications.NotifyAsync(connection, "restore", CancellationToken.None);
        }
        await stdout.WriteLineAsync($"restore: restored {file}");
        return 0;
    }

    private static async Task<bool> IsCustomDumpAsync(string file)
    {
        var magic = new byte[5];
        await using var stream = File.OpenRead(file);
        return await stream.ReadAsync(magic) == 5 && magic.SequenceEqual("PGDMP"u8.ToArray());
    }

    /// <summary>Runs a PostgreSQL client tool against the archive's database (ConnectionStrings__Archive).</summary>
    private static async Task<int> RunAsync(string tool, string[] arguments, TextWriter stderr)
    {
        var connection = new NpgsqlConnectionStringBuilder(DatabaseVerbs.ConnectionString);
        var start = new ProcessStartInfo(FindTool(tool)) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add($"--dbname={connection.Database}");
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        try
        {
            using var process = Process.Start(start)!;
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (errors.Length > 0)
            {
                await stderr.WriteAsync(errors);
            }
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            await stderr.WriteLineAsync($"{tool} could not be started ({e.Message}): install PostgreSQL's client tools (scripts/run does).");
            return 1;
        }
    }

    /// <summary>The newest installed version's tool (Debian keeps them under /usr/lib/postgresql/N/bin), else PATH.</summary>
    private static string FindTool(string tool)
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin", tool))
                .Where(File.Exists)
                .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return installed ?? tool;
    }
}
