using NpgsqlTypes;

namespace CaseArchive.Domain.Model;

/// <summary>
/// What a search matches, filters, counts and orders a ruling by, in one row: its full-text document,
/// whether the public may see it, its date key and year, outcome, verdict, court, the person's origin,
/// public ethnicity and kinds of detention claimed, its charges and judge. Database triggers write it from
/// the ruling, its person, court, claims and quotes (migrations PublicSearch, SearchFacts and
/// SearchVectorInFacts), so a search reads one row a match, found through the document's GIN index,
/// instead of the ruling, the person, the court and five lookups of claims.
/// </summary>
public class RulingSearchFacts
{
    // For EF Core: the database makes these rows.
    private RulingSearchFacts() { }

    public int RulingId { get; private set; }

    /// <summary>The ruling, its person and its court not deleted, and the person not withheld: <see cref="PublicQueries.RulingIsPublic"/>.</summary>
    public bool IsPublic { get; private set; }

    public DateOnly? DateKey { get; private set; }
    public int? DateYear { get; private set; }
    public Outcome Outcome { get; private set; }
    public Verdict? Verdict { get; private set; }
    public int CourtId { get; private set; }

    /// <summary>The ruling's judge, if any (whether the judge may be shown is read from the person: it can change without the ruling).</summary>
    public int? JudgeId { get; private set; }
    public string? OriginCountry { get; private set; }

    /// <summary>The person's ethnicity when the person is public (a pseudonymised person's is not shown).</summary>
    public string? Ethnicity { get; private set; }

    public List<string> Charges { get; private set; } = [];

    /// <summary>The kinds of the person's claims that are not deleted, as stored ("detained", "persecution").</summary>
    public List<string> ClaimKinds { get; private set; } = [];

    /// <summary>
    /// The full-text document: the person's public names and spellings, the court, charges, summary, claims
    /// and quotes, without any word of a hidden person's names (the function ruling_search_document).
    /// </summary>
    public NpgsqlTsVector SearchVector { get; private set; } = null!;
}
