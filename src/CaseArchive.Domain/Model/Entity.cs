namespace CaseArchive.Domain.Model;

/// <summary>What every record has: an identity, when it was made and last changed, its version, and whether it is deleted.</summary>
public abstract class Entity
{
    public int Id { get; private set; }
    public DateTimeOffset CreatedAt { get; internal set; }
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>PostgreSQL's xmin: changes with every write, so a save over someone else's newer save is refused.</summary>
    public uint Version { get; private set; }

    /// <summary>Set when an editor deletes the record: it is hidden everywhere but kept, with its history, to be restored.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public void Delete() => DeletedAt ??= DateTimeOffset.UtcNow;

    public void Undelete() => DeletedAt = null;
}
