namespace CaseArchive.Domain.Model;

public enum ImportStatus
{
    /// <summary>Extracted and waiting for an editor.</summary>
    Pending,
    Accepted,
    Rejected,
}

public enum MatchKind
{
    Person,
    Court,
}

/// <summary>
/// One article brought in by the importer: its source, what the extractor proposed
/// (the extraction JSON), and which existing records the proposals matched and why.
/// </summary>
public class ArticleImport : Entity
{
    public ArticleImport(Source source, string extractionJson, string? fileName)
    {
        Source = source;
        ExtractionJson = extractionJson;
        FileName = fileName;
    }

    // For EF Core.
    private ArticleImport()
    {
        ExtractionJson = string.Empty;
    }

    public int SourceId { get; private set; }
    public Source Source { get; private set; } = null!;

    /// <summary>The extraction, in the JSON of docs/extraction-format.md.</summary>
    public string ExtractionJson { get; private set; }

    public string? FileName { get; private set; }
    public ImportStatus Status { get; private set; } = ImportStatus.Pending;
    public DateTimeOffset? DecidedAt { get; private set; }
    public List<ImportMatch> Matches { get; } = [];

    public void Accept()
    {
        if (Status != ImportStatus.Pending)
        {
            throw new InvalidOperationException($"This import is already {VocabularyText.ToWords(Status)}.");
        }
        Status = ImportStatus.Accepted;
        DecidedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>
    /// An editor's review (Importing.ImportReview as JSON): the proposals kept, as corrected, and those rejected.
    /// Null until an editor saves one; the extractor's own proposal (<see cref="ExtractionJson"/>) is never changed.
    /// </summary>
    public string? ReviewJson { get; private set; }

    public void SaveReview(string reviewJson)
    {
        if (Status != ImportStatus.Pending)
        {
            throw new InvalidOperationException($"This import is already {VocabularyText.ToWords(Status)}.");
        }
        ReviewJson = reviewJson;
    }

    /// <summary>Takes a rejection back: the article is pending review again.</summary>
    public void Reopen()
    {
        if (Status != ImportStatus.Rejected)
        {
            throw new InvalidOperationException($"Only a rejected import can be reopened; this one is {VocabularyText.ToWords(Status)}.");
        }
        Status = ImportStatus.Pending;
        DecidedAt = null;
    }

    public void Reject()
    {
        if (Status != ImportStatus.Pending)
        {
            throw new InvalidOperationException($"This import is already {VocabularyText.ToWords(Status)}.");
        }
        Status = ImportStatus.Rejected;
        DecidedAt = DateTimeOffset.UtcNow;
    }
}

/// <summary>A proposed person or court that matched an existing record, and the reason, for the editor.</summary>
public class ImportMatch
{
    public int Id { get; private set; }
    public int ArticleImportId { get; set; }
    public MatchKind Kind { get; set; }

    /// <summary>The name as the article spells it.</summary>
    public string ProposedName { get; set; } = string.Empty;

    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? CourtId { get; set; }
    public Court? Court { get; set; }

    /// <summary>Why they are taken for one: "the same name once spellings are folded (sairagul sauitbai)".</summary>
    public string Reason { get; set; } = string.Empty;
}
