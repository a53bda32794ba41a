namespace CaseArchive.Domain.Model;

/// <summary>A proceeding: a trial, an extradition or deportation hearing, an asylum application, an appeal.</summary>
public class Case : Entity
{
    public Case(string title, CaseKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        Kind = kind;
    }

    // For EF Core.
    private Case()
    {
        Title = string.Empty;
    }

    public string Title { get; set; }
    public CaseKind Kind { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public int? CourtId { get; set; }
    public Court? Court { get; set; }

    /// <summary>"illegal_border_crossing", or a short lower-case phrase.</summary>
    public List<string> Charges { get; set; } = [];

    public PartialDate? OpenedOn { get; set; }
    public string? Summary { get; set; }

    public List<CaseParty> Parties { get; } = [];
    public List<Ruling> Rulings { get; } = [];

    public CaseParty AddParty(Person person, PartyRole role)
    {
        var existing = Parties.FirstOrDefault(p => p.Person == person && p.Role == role);
        if (existing is not null)
        {
            return existing;
        }
        var party = new CaseParty { Case = this, Person = person, Role = role };
        Parties.Add(party);
        return party;
    }
}

/// <summary>A person's part in a case: defendant, applicant, judge, lawyer...</summary>
public class CaseParty
{
    public int Id { get; private set; }
    public int CaseId { get; set; }
    public Case Case { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public PartyRole Role { get; set; }
}
