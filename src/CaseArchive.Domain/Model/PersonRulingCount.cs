namespace CaseArchive.Domain.Model;

/// <summary>
/// How many rulings (not deleted) a person has, kept by database triggers (migration
/// PersonRulingCounts) in a table of its own, so the list of persons can be ordered by it without
/// counting every person's rulings, and without rewriting the person's row (and the version an
/// editor's save is checked against) whenever a ruling is added.
/// </summary>
public class PersonRulingCount
{
    // For EF Core: the database makes these rows.
    private PersonRulingCount() { }

    public int PersonId { get; private set; }

    public int Rulings { get; private set; }
}
