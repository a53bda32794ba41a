using System.Diagnostics.CodeAnalysis;

namespace CaseArchive.Domain.Model;

public class Court : Entity
{
    public Court(string name, string slug, string country)
    {
        Rename(name);
        Slug = slug;
        Country = country;
    }

    // For EF Core.
    private Court()
    {
        Name = FoldedName = Slug = Country = string.Empty;
    }

    public string Name { get; private set; }
    public string FoldedName { get; private set; }
    public string Slug { get; private set; }
    public string? Town { get; set; }
    public string? Region { get; set; }
    public string Country { get; set; }
    public CourtLevel Level { get; set; } = CourtLevel.District;

    [MemberNotNull(nameof(Name), nameof(FoldedName))]
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        FoldedName = NameFolding.Fold(Name);
    }
}
