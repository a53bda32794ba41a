namespace CaseArchive.Domain.Model;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Restored,
    Merged,
    MergeUndone,
}

/// <summary>
/// One change to one record: who, when, and the record's values before and after (JSON),
/// written by <see cref="ArchiveDbContext"/> on every save. The history the archive can restore from.
/// </summary>
public class AuditEntry
{
    public AuditEntry(string entityType, int entityId, AuditAction action, string actor, string? before, string? after, string? note = null)
    {
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Actor = actor;
        Before = before;
        After = after;
        Note = note;
        At = DateTimeOffset.UtcNow;
    }

    public long Id { get; private set; }

    /// <summary>The entity's class name: "Ruling", "Person".</summary>
    public string EntityType { get; private set; }

    public int EntityId { get; private set; }
    public AuditAction Action { get; private set; }

    /// <summary>The editor's e-mail address, or "command line" / "system".</summary>
    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The record's values before the change (null when it was created).</summary>
    public string? Before { get; private set; }

    /// <summary>The record's values after the change; for a merge, what was moved.</summary>
    public string? After { get; private set; }

    /// <summary>Why, in words: "restored the version of 28 November 2026 12:51", "merged with Kaisha Akan (#7)".</summary>
    public string? Note { get; private set; }

    /// <summary>
    /// On the creation of the record a form made: the form's one-time token (unique), so that the same
    /// form sent again (a double click, Back and send) finds the record instead of making another.
    /// </summary>
    public Guid? FormToken { get; set; }
}
