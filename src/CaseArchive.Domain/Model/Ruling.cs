namespace CaseArchive.Domain.Model;

/// <summary>A court's decision in a case, and what it means for the person's presence in the country.</summary>
public class Ruling : Entity
{
    public Ruling(Case @case, Court court, Person person, Outcome outcome)
    {
        Case = @case;
        Court = court;
        Person = person;
        Outcome = outcome;
        Key = OpaqueKeys.New();
    }

    // For EF Core.
    private Ruling()
    {
        Key = string.Empty;
    }

    /// <summary>
    /// The ruling's public address, /rulings/{key} (<see cref="OpaqueKeys"/>), never its id: a new one is
    /// issued whenever its person's visibility changes, so an earlier copy of the page ties nothing to it.
    /// </summary>
    public string Key { get; private set; }

    /// <summary>Gives the ruling a new address; the old one answers 404 from then on.</summary>
    public void IssueNewKey() => Key = OpaqueKeys.New();

    public int CaseId { get; private set; }
    public Case Case { get; private set; } = null!;
    public int CourtId { get; set; }
    public Court Court { get; set; } = null!;

    /// <summary>The person whose presence the outcome decides.</summary>
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;

    public PartialDate? Date { get; set; }
    public Outcome Outcome { get; set; }
    public Verdict? Verdict { get; set; }

    public int? JudgeId { get; set; }
    public Person? Judge { get; set; }
    public int? ProsecutorId { get; set; }
    public Person? Prosecutor { get; set; }

    /// <summary>What the prosecutor asked for, in words: "a six-month suspended sentence".</summary>
    public string? ProsecutorSought { get; set; }

    public SentenceKind? SentenceKind { get; private set; }
    public int? SentenceMonths { get; private set; }

    /// <summary>A fine's amount with its currency, as reported: "25,000 tenge".</summary>
    public string? FineAmount { get; private set; }

    /// <summary>A fine's amount as a number, in <see cref="FineCurrency"/> (both or neither; <see cref="SetFine"/>).</summary>
    public decimal? FineValue { get; private set; }

    /// <summary>The ISO 4217 code of <see cref="FineValue"/>, one of <see cref="Currencies.Codes"/>.</summary>
    public string? FineCurrency { get; private set; }

    public List<string> Charges { get; set; } = [];

    /// <summary>The sources it rests on; public only once one is published (<see cref="PublicQueries.RulingIsPublic"/>).</summary>
    public List<Citation> Citations { get; } = [];

    /// <summary>What a search reads of the ruling, its full-text document among it, kept by the database; read it, never write it.</summary>
    public RulingSearchFacts? SearchFacts { get; private set; }
    public string? Summary { get; set; }

    public void SetSentence(SentenceKind? kind, int? months, string? fineAmount = null)
    {
        if (kind is null && (months is not null || fineAmount is not null))
        {
            throw new ArgumentException("A sentence's length or fine needs the kind of sentence.");
        }
        if (months is < 1 or > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(months), "A sentence is between 1 and 600 months.");
        }
        if (fineAmount is not null && kind != Core.SentenceKind.Fine)
        {
            throw new ArgumentException("Only a fine has an amount.", nameof(fineAmount));
        }
        SentenceKind = kind;
        SentenceMonths = months;
        FineAmount = string.IsNullOrWhiteSpace(fineAmount) ? null : fineAmount.Trim();
    }

    /// <summary>A fine as a positive amount in a known currency, or none.</summary>
    public void SetFine(decimal? value, string? currency)
    {
        if (value is null != currency is null)
        {
            throw new ArgumentException("A fine's amount and its currency go together.");
        }
        if (value is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A fine's amount is positive.");
        }
        if (currency is not null && !Currencies.IsKnown(currency))
        {
            throw new ArgumentException($"Unknown currency \"{currency}\".", nameof(currency));
        }
        if (value is not null && SentenceKind != Core.SentenceKind.Fine)
        {
            throw new ArgumentException("Only a fine has an amount.", nameof(value));
        }
        FineValue = value;
        FineCurrency = currency;
    }
}
