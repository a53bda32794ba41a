using System.Text;

namespace CaseArchive.Core;

/// <summary>An entry of a controlled list: the value stored, its English label, and the other ways it is written.</summary>
public sealed record ListEntry(string Code, string Label, params string[] Aliases);

/// <summary>
/// A controlled vocabulary of free words (charges, countries): every form and the importer store only its codes, so a
/// value spelled two ways cannot count as two in a facet. Case, spacing, underscores and the aliases are folded.
/// </summary>
public sealed class ControlledList
{
    private readonly Dictionary<string, ListEntry> _byKey = new(StringComparer.Ordinal);

    public ControlledList(string name, IEnumerable<ListEntry> entries)
    {
        Name = name;
        Entries = [.. entries];
        foreach (var entry in Entries)
        {
            foreach (var spelling in entry.Aliases.Prepend(entry.Label).Prepend(entry.Code))
            {
                // A spelling claimed by two entries would make the list say two things: fail at start-up.
                if (_byKey.TryGetValue(Key(spelling), out var other) && other != entry)
                {
                    throw new InvalidOperationException($"\"{spelling}\" is in the {name} list twice ({other.Code}, {entry.Code}).");
                }
                _byKey[Key(spelling)] = entry;
            }
        }
    }

    /// <summary>What the list is of, in words ("charge", "country").</summary>
    public string Name { get; }

    public IReadOnlyList<ListEntry> Entries { get; }

    /// <summary>The entry a value names (its code, label or an alias, in any case), or null when the list does not have it.</summary>
    public ListEntry? Find(string? value) => value is null ? null : _byKey.GetValueOrDefault(Key(value));

    /// <summary>The entry's label for a stored code; the value itself when the list does not have it.</summary>
    public string LabelOf(string code) => Find(code)?.Label ?? code;

    private static string Key(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant())
        {
            var letter = c is '_' or '-' || char.IsWhiteSpace(c) ? ' ' : c;
            if (letter == ' ' && (text.Length == 0 || text[^1] == ' '))
            {
                continue;
            }
            if (char.IsLetterOrDigit(letter) || letter is ' ' or '\'')
            {
                text.Append(letter);
            }
        }
        return text.ToString().TrimEnd();
    }
}

/// <summary>
/// The archive's controlled lists, one definition each. To add an entry, add a line here (code in lower_snake_case for
/// charges, the English name for countries; aliases are other spellings and languages that should mean the same).
/// </summary>
public static class ControlledLists
{
    public static ControlledList Charges { get; } = new("charge",
    [
        new("illegal_border_crossing", "Illegal border crossing", "illegal crossing of the border", "crossing the border illegally", "illegally crossing the border",
            "незаконное пересечение границы", "незаконное пересечение государственной границы"),
        new("inciting_discord", "Inciting discord", "inciting ethnic discord", "inciting social discord", "inciting national discord",
            "разжигание розни", "разжигание межнациональной розни", "разжигание социальной розни"),
        new("extremism", "Extremism", "extremist activity", "экстремизм"),
        new("terrorism", "Terrorism", "терроризм"),
        new("terrorist_organisation_membership", "Membership of a terrorist organisation", "belonging to a terrorist organisation",
            "membership in a terrorist organization", "belonging to a terrorist organization"),
        new("illegal_armed_group_participation", "Participation in an illegal armed group", "participation in an illegal armed group"),
        new("separatism", "Separatism", "сепаратизм"),
        new("overthrowing_the_constitution", "Attempting to overthrow the constitutional order", "trying to overthrow the constitution",
            "attempting to overthrow the constitution"),
        new("anti_constitutional_materials", "Spreading materials against the constitutional order",
            "распространение материалов против конституционного строя"),
        new("mass_riots", "Mass riots", "organising mass riots", "массовые беспорядки"),
        new("illegal_weapons_possession", "Illegal weapons possession", "illegal possession of weapons"),
        new("embezzlement", "Embezzlement", "растрата"),
        new("fraud", "Fraud", "мошенничество"),
        new("contempt_of_court", "Contempt of court"),
        new("breach_of_residence_rules", "Breach of residence rules", "violating residence rules", "нарушение режима пребывания"),
        new("document_forgery", "Forgery of documents", "using forged documents", "подделка документов"),
        new("espionage", "Espionage", "шпионаж"),
        new("drug_trafficking", "Drug trafficking", "незаконный оборот наркотиков"),
    ]);

    /// <summary>Countries a person fled (and courts' countries may be written the same way); the stored value is the English name.</summary>
    public static ControlledList Countries { get; } = new("country",
    [
        new("Afghanistan", "Afghanistan", "Афганистан"),
        new("Armenia", "Armenia", "Армения"),
        new("Azerbaijan", "Azerbaijan", "Азербайджан"),
        new("Belarus", "Belarus", "Беларусь", "Belorussia"),
        new("China", "China", "PRC", "People's Republic of China", "Китай", "КНР", "Қытай", "ҚХР"),
        new("Egypt", "Egypt", "Египет"),
        new("France", "France", "Франция"),
        new("Georgia", "Georgia", "Грузия"),
        new("Germany", "Germany", "Германия"),
        new("India", "India", "Индия"),
        new("Iran", "Iran", "Иран"),
        new("Iraq", "Iraq", "Ирак"),
        new("Kazakhstan", "Kazakhstan", "Казахстан", "Қазақстан"),
        new("Kyrgyzstan", "Kyrgyzstan", "Кыргызстан", "Киргизия", "Қырғызстан", "Kyrgyz Republic"),
        new("Mongolia", "Mongolia", "Монголия", "Моңғолия"),
        new("Netherlands", "Netherlands", "Нидерланды", "Holland"),
        new("Pakistan", "Pakistan", "Пакистан"),
        new("Russia", "Russia", "Russian Federation", "Россия", "Ресей"),
        new("Saudi Arabia", "Saudi Arabia", "Саудовская Аравия"),
        new("Sweden", "Sweden", "Швеция"),
        new("Syria", "Syria", "Сирия"),
        new("Tajikistan", "Tajikistan", "Таджикистан", "Тәжікстан"),
        new("Thailand", "Thailand", "Таиланд"),
        new("Turkey", "Turkey", "Türkiye", "Турция", "Түркия"),
        new("Turkmenistan", "Turkmenistan", "Туркменистан", "Түрікменстан"),
        new("Ukraine", "Ukraine", "Украина"),
        new("United Arab Emirates", "United Arab Emirates", "UAE", "ОАЭ"),
        new("United Kingdom", "United Kingdom", "UK", "Britain", "Великобритания"),
        new("United States", "United States", "USA", "US", "США"),
        new("Uzbekistan", "Uzbekistan", "Узбекистан", "Өзбекстан"),
    ]);
}
