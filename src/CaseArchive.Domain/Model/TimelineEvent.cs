namespace CaseArchive.Domain.Model;

/// <summary>One dated step on a person's timeline: fled, crossed the border, arrested, tried, released.</summary>
public class TimelineEvent : Entity
{
    public TimelineEvent(Person person, EventKind kind, PartialDate? date)
    {
        Person = person;
        Kind = kind;
        Date = date;
    }

    // For EF Core.
    private TimelineEvent() { }

    public int PersonId { get; private set; }
    public Person Person { get; private set; } = null!;

    /// <summary>The sources it rests on; public only once one is published.</summary>
    public List<Citation> Citations { get; } = [];

    /// <summary>Puts this under another person: merging duplicates, and undoing a merge.</summary>
    public void MoveTo(int personId) => PersonId = personId;
    public EventKind Kind { get; set; }
    public PartialDate? Date { get; set; }
    public string? Place { get; set; }
    public string? Description { get; set; }
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    public int? RulingId { get; set; }
    public Ruling? Ruling { get; set; }
}
