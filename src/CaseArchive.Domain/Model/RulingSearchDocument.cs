using NpgsqlTypes;

namespace CaseArchive.Domain.Model;

/// <summary>
/// A ruling's full-text document: its person's public names and spellings, court, charges, summary,
/// claims and quotes, without any word of a hidden person's names. Database triggers write it.
/// </summary>
public class RulingSearchDocument
{
    // For EF Core: the database makes these rows.
    private RulingSearchDocument() { }

    public int RulingId { get; private set; }
    public NpgsqlTsVector SearchVector { get; private set; } = null!;
}
