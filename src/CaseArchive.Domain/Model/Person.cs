using System.Diagnostics.CodeAnalysis;
using CaseArchive.Extraction.Text;

namespace CaseArchive.Domain.Model;

public class Person : Entity
{
    private readonly List<PersonName> _names = [];

    public Person(string displayName, string slug)
    {
        Rename(displayName);
        Slug = slug;
    }

    // For EF Core.
    private Person()
    {
        DisplayName = FoldedName = Slug = string.Empty;
    }

    public string DisplayName { get; private set; }

    /// <summary><see cref="DisplayName"/> folded for matching across spellings and alphabets.</summary>
    public string FoldedName { get; private set; }

    /// <summary>The permanent part of the person's address: /persons/{slug}.</summary>
    public string Slug { get; private set; }

    public PersonVisibility Visibility { get; private set; } = PersonVisibility.Public;

    /// <summary>The stable name the public sees when the person is pseudonymised.</summary>
    public string? Pseudonym { get; private set; }

    public string? Ethnicity { get; set; }
    public string? Citizenship { get; set; }
    public Gender? Gender { get; set; }
    public int? BirthYear { get; set; }
    public string? PlaceOfOrigin { get; set; }

    /// <summary>The country the person fled (China for the Xinjiang cases).</summary>
    public string? OriginCountry { get; set; }

    public string? Summary { get; set; }

    /// <summary>Other spellings: transliterations and other alphabets.</summary>
    public IReadOnlyList<PersonName> Names => _names;

    public List<CaseParty> Parties { get; } = [];
    public List<DetentionClaim> Claims { get; } = [];
    public List<TimelineEvent> Events { get; } = [];

    /// <summary>What the public is shown: the pseudonym, never the name, when pseudonymised.</summary>
    public string PublicName => Visibility == PersonVisibility.Pseudonymised ? Pseudonym! : DisplayName;

    [MemberNotNull(nameof(DisplayName), nameof(FoldedName))]
    public void Rename(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        DisplayName = displayName.Trim();
        FoldedName = NameFolding.Fold(DisplayName);
    }

    /// <summary>Adds another spelling unless it folds to one the person already has.</summary>
    public bool AddName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        if (string.Equals(trimmed, DisplayName, StringComparison.Ordinal) || _names.Any(n => n.Name == trimmed))
        {
            return false;
        }
        _names.Add(new PersonName(trimmed));
        return true;
    }

    /// <summary>Sets the other spellings to exactly these (an editor's list, or a restored version).</summary>
    public void ReplaceNames(IEnumerable<string> names)
    {
        var wanted = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        _names.RemoveAll(n => !wanted.Contains(n.Name, StringComparer.Ordinal));
        foreach (var name in wanted)
        {
            AddName(name);
        }
    }

    public void MakePublic()
    {
        Visibility = PersonVisibility.Public;
        Pseudonym = null;
    }

    /// <summary>Shows the person under a pseudonym; the address changes too, since the old one spells the name.</summary>
    public void Pseudonymise(string pseudonym, string slug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pseudonym);
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        if (NameFolding.Fold(pseudonym) == FoldedName)
        {
            throw new ArgumentException("A pseudonym must not be the person's own name.", nameof(pseudonym));
        }
        Visibility = PersonVisibility.Pseudonymised;
        Pseudonym = pseudonym.Trim();
        Slug = slug;
    }

    public void Withhold()
    {
        Visibility = PersonVisibility.Withheld;
    }
}

/// <summary>One other spelling of a person's name, with its matching key.</summary>
public class PersonName
{
    public PersonName(string name)
    {
        Name = name;
        FoldedName = NameFolding.Fold(name);
    }

    public int Id { get; private set; }
    public int PersonId { get; private set; }
    public string Name { get; private set; }
    public string FoldedName { get; private set; }
}
