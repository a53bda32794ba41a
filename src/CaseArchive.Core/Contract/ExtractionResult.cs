namespace CaseArchive.Core.Contract;

// The records mirror the JSON contract in /shared/docs/extraction-format.md one to one.

public sealed record ExtractionResult(
    SourceInfo Source,
    IReadOnlyList<PersonRecord> Persons,
    IReadOnlyList<CourtRecord> Courts,
    IReadOnlyList<RulingRecord> Rulings,
    IReadOnlyList<DetentionClaimRecord> DetentionClaims,
    IReadOnlyList<EventRecord> Events);

public sealed record SourceInfo(string? Title, string? Outlet, string? Url, DateOnly? PublishedOn, string? Language);

public sealed record PersonRecord(
    string Name,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<PersonRole> Roles,
    string? Ethnicity,
    string? Citizenship,
    string? Gender);

public sealed record CourtRecord(string? Name, string? City, string? Country);

public sealed record SentenceRecord(SentenceKind? Kind, int? Months);

public sealed record RulingRecord(
    string Person,
    string? Court,
    string? City,
    string? Country,
    PartialDate? Date,
    bool DateInferred,
    string? Judge,
    string? Prosecutor,
    IReadOnlyList<string> Charges,
    Verdict? Verdict,
    SentenceRecord? Sentence,
    Outcome? Outcome,
    string? Quote);

public sealed record DetentionClaimRecord(string Person, ClaimKind Kind, string? Facility, string? Place, string? Period, string? Quote);

public sealed record EventRecord(string Person, EventKind Kind, PartialDate? Date, bool DateInferred, string? Place, string? Quote);
