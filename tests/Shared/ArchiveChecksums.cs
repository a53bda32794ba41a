using Npgsql;

namespace CaseArchive.Tests;

/// <summary>
/// Every table of the archive's database, each with its row count and a checksum of its content in a stable
/// order: equal before and after means nothing was written.
/// </summary>
public static class ArchiveChecksums
{
    public static async Task<string> OfAsync(string connectionString, params string[] leaveOut)
    {
        await using var connection = new NpgsqlConnection(connectionString);
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
        foreach (var table in tables.Except(leaveOut))
        {
            await using var sum = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            lines.Add($"{table}={await sum.ExecuteScalarAsync()}");
        }
        return string.Join("\n", lines);
    }
}

/// <summary>
/// Holds the history table (audit_entries) locked against writes, so that a save which has already written
/// its records waits, inside its transaction, at the point where it writes their history: a test can then
/// end the process that saves part-way through, at a moment it knows.
/// </summary>
public sealed class HistoryLock : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private HistoryLock(string connectionString, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connectionString = connectionString;
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<HistoryLock> TakeAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE audit_entries IN EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new HistoryLock(connectionString, connection, transaction);
    }

    /// <summary>
    /// Waits until a session with that application name is blocked on the lock in a transaction that has
    /// already written (it has a transaction id); returns its server process id.
    /// </summary>
    public async Task<int> WaitForWriterAsync(string applicationName, TimeSpan timeout)
    {
        // Another session: inside the lock's transaction, pg_stat_activity would stay as it was first read.
        await using var watcher = new NpgsqlConnection(_connectionString);
        await watcher.OpenAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = @name AND wait_event_type = 'Lock' AND backend_xid IS NOT NULL AND state = 'active'",
                watcher);
            command.Parameters.AddWithValue("name", applicationName);
            if (await command.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No session '{applicationName}' came to wait on the history lock with writes of its own within {timeout}.");
    }

    /// <summary>Waits until the server has ended that session (its client gone, its transaction rolled back).</summary>
    public static async Task WaitForSessionToEndAsync(string connectionString, int pid, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE pid = @pid", connection);
            command.Parameters.AddWithValue("pid", pid);
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The session {pid} did not end within {timeout}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
