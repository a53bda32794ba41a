namespace CaseArchive.Domain.Model;

/// <summary>What every record has: an identity and when it was made and last changed.</summary>
public abstract class Entity
{
    public int Id { get; private set; }
    public DateTimeOffset CreatedAt { get; internal set; }
    public DateTimeOffset UpdatedAt { get; internal set; }
}
