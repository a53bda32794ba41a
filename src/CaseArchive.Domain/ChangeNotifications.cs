using Npgsql;

namespace CaseArchive.Domain;

/// <summary>
/// The PostgreSQL channel on which every write to the archive's records is announced, whoever made it:
/// an app server, the command line or plain SQL. Statement-level triggers on the record tables notify
/// it (migration ChangeNotifications), so every app server can drop what it cached at once.
/// </summary>
public static class ChangeNotifications
{
    public const string Channel = "archive_changed";

    /// <summary>
    /// Announces a change by hand, for writes that pass by the triggers: a bulk load with triggers off, a
    /// restore (whose rows are loaded before its triggers are made). Delivered when the transaction commits.
    /// </summary>
    public static async Task NotifyAsync(NpgsqlConnection connection, string what, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @what)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("what", what);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
