using System.Diagnostics.CodeAnalysis;

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

    /// <summary>
    /// The facts an editor has marked safe to show while the person is pseudonymised; none by default,
    /// since an ethnicity, a town and a year of birth together can name someone as surely as a name.
    /// </summary>
    public List<PersonFact> FactsShownUnderPseudonym { get; private set; } = [];

    /// <summary>The ethnicity the public sees (<see cref="Shows"/>), computed by the database: what searches filter and count by.</summary>
    public string? PublicEthnicity { get; private set; }

    /// <summary>The country fled that the public sees (<see cref="Shows"/>), computed by the database.</summary>
    public string? PublicOriginCountry { get; private set; }

    /// <summary>Other spellings: transliterations and other alphabets.</summary>
    public IReadOnlyList<PersonName> Names => _names;

    public List<CaseParty> Parties { get; } = [];
    public List<DetentionClaim> Claims { get; } = [];
    public List<TimelineEvent> Events { get; } = [];

    /// <summary>What the public is shown: the pseudonym, never the name, when pseudonymised.</summary>
    public string PublicName => Visibility == PersonVisibility.Pseudonymised ? Pseudonym! : DisplayName;

    /// <summary>
    /// Whether the public may see this fact: every fact of a public person, only the marked ones of a
    /// pseudonymised person (the database's public_ethnicity and public_origin_country say the same).
    /// </summary>
    public bool Shows(PersonFact fact) => Visibility switch
    {
        PersonVisibility.Public => true,
        PersonVisibility.Pseudonymised => FactsShownUnderPseudonym.Contains(fact),
        _ => false,
    };

    /// <summary>Sets the facts safe to show under the pseudonym to exactly these (an editor's checkboxes).</summary>
    public void ShowUnderPseudonym(IEnumerable<PersonFact> facts)
    {
        var wanted = facts.Distinct().Order().ToList();
        if (!wanted.SequenceEqual(FactsShownUnderPseudonym))
        {
            FactsShownUnderPseudonym = wanted;
        }
    }

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

    /// <summary>
    /// Shows the person under their name. A person who was not public gets <paramref name="slug"/> (made
    /// from the name): the address they had under a pseudonym must not start showing the name.
    /// </summary>
    public void MakePublic(string slug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        if (Visibility != PersonVisibility.Public)
        {
            Slug = slug;
        }
        Visibility = PersonVisibility.Public;
        Pseudonym = null;
    }

    /// <summary>
    /// Shows the person under a pseudonym at a new random address (<see cref="OpaqueKeys"/>): the old one
    /// spells the name (or an earlier pseudonym), and one made from the pseudonym could be guessed.
    /// </summary>
    public void Pseudonymise(string pseudonym)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pseudonym);
        if (NameFolding.Fold(pseudonym) == FoldedName)
        {
            throw new ArgumentException("A pseudonym must not be the person's own name.", nameof(pseudonym));
        }
        if (Visibility == PersonVisibility.Pseudonymised && Pseudonym == pseudonym.Trim())
        {
            return;
        }
        Visibility = PersonVisibility.Pseudonymised;
        Pseudonym = pseudonym.Trim();
        Slug = OpaqueKeys.New();
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
