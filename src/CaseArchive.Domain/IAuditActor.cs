namespace CaseArchive.Domain;

/// <summary>Who is making the changes a save writes to the history: the signed-in editor, the command line.</summary>
public interface IAuditActor
{
    string Name { get; }
}

public sealed record NamedActor(string Name) : IAuditActor
{
    public static NamedActor System { get; } = new("system");
}
