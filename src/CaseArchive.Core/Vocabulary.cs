namespace CaseArchive.Core;

// The archive's vocabularies, one definition each: the extractor proposes in them, the archive stores them
// (as lower_snake_case names, the same words as the JSON contract of extraction-format.md).

/// <summary>What a person is in an article; the contract's "roles".</summary>
public enum PersonRole { Defendant, Applicant, Judge, Prosecutor, Lawyer, Witness, Official, Relative, Subject }

public enum Outcome
{
    NotDeported,
    Deported,
    ExtraditionRefused,
    Extradited,
    AsylumGranted,
    AsylumDenied,
    Unknown,
}

public enum Verdict
{
    Convicted,
    Acquitted,
    Dismissed,
}

public enum SentenceKind
{
    Suspended,
    Prison,
    Fine,
    RestrictedFreedom,
    LabourCamp,
}

public enum ClaimKind
{
    Detained,
    Threatened,
    RelativeDetained,
    WorkedInFacility,
    Persecution,
}

public enum EventKind
{
    Fled,
    BorderCrossing,
    Arrest,
    Detention,
    TrialOpened,
    Ruling,
    Release,
    AsylumGranted,
    AsylumDenied,
    Deportation,
    ExtraditionRequest,
    Other,
}
