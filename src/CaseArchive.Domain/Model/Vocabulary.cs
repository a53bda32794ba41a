namespace CaseArchive.Domain.Model;

// The archive's vocabularies. Each is stored as its lower_snake_case name
// ("not_deported"), the words the extraction format and researchers use.

public enum PersonVisibility
{
    /// <summary>Named in the press: shown.</summary>
    Public,
    /// <summary>Shown under a stable pseudonym; the real name only to editors.</summary>
    Pseudonymised,
    /// <summary>Not shown to the public at all.</summary>
    Withheld,
}

/// <summary>A fact the public pages show of a person, that an editor may mark safe to show while the person is pseudonymised.</summary>
public enum PersonFact
{
    Ethnicity,
    Citizenship,
    Gender,
    PlaceOfOrigin,
    OriginCountry,
    Summary,
}

public enum Gender
{
    Female,
    Male,
}

public enum CourtLevel
{
    District,
    Regional,
    Appeal,
    Supreme,
    Other,
}

public enum CaseKind
{
    CriminalTrial,
    Extradition,
    Deportation,
    Asylum,
    Appeal,
}

public enum CaseStatus
{
    Open,
    Decided,
    Appealed,
    Closed,
}

public enum PartyRole
{
    Defendant,
    Applicant,
    Judge,
    Prosecutor,
    Lawyer,
    Witness,
    Official,
    Relative,
    Subject,
}

public enum VerificationStatus
{
    Reported,
    Corroborated,
    Disputed,
}

