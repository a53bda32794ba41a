namespace CaseArchive.Domain.Model;

/// <summary>
/// What a person says happened to them or their relatives in the country they fled.
/// Kept apart from court findings: a claim is reported until corroborated or disputed.
/// </summary>
public class DetentionClaim : Entity
{
    public DetentionClaim(Person person, ClaimKind kind)
    {
        Person = person;
        Kind = kind;
    }

    // For EF Core.
    private DetentionClaim() { }

    public int PersonId { get; private set; }
    public Person Person { get; private set; } = null!;

    /// <summary>The sources it rests on; public only once one is published.</summary>
    public List<Citation> Citations { get; } = [];

    /// <summary>Puts this under another person: merging duplicates, and undoing a merge.</summary>
    public void MoveTo(int personId) => PersonId = personId;
    public ClaimKind Kind { get; set; }

    /// <summary>"reeducation camp", "internment camp", "prison".</summary>
    public string? Facility { get; set; }
    public string? Place { get; set; }

    /// <summary>As reported: "several years", "2017-2018".</summary>
    public string? Period { get; set; }

    public VerificationStatus Status { get; private set; } = VerificationStatus.Reported;
    public string? StatusNote { get; private set; }

    /// <summary>A claim's status changes only with a reason an editor can show.</summary>
    public void SetStatus(VerificationStatus status, string? note)
    {
        if (status != VerificationStatus.Reported && string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException("Say what corroborates or disputes the claim.", nameof(note));
        }
        Status = status;
        StatusNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
