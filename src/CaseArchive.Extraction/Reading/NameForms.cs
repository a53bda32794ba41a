namespace CaseArchive.Extraction.Reading;

/// <summary>
/// How the forms of one person's name relate across a text: a surname told again alone ("Gadaev", "Гадаеву")
/// and the inflected forms of a Russian name ("Кайши Акан", "Кайшу Акан", "Кайша Акан"). Input: name forms as
/// written; output: whether two forms are one name, and which form is the nominative to name the person by.
/// </summary>
internal static class NameForms
{
    // Endings of oblique cases in Russian (and Russian-declined Kazakh) names; -улы/-лы is a Kazakh patronymic, not a case.
    private static readonly string[] ObliqueEndings = ["у", "ю", "е", "ом", "ем", "ой", "ым", "им", "ого", "его", "ему", "ому"];

    /// <summary>
    /// Two folded words of which one is the other inflected ("gadaev", "gadaevu"): the same but for at most
    /// two letters at the end. Only for words of an inflecting language (Russian); the caller decides.
    /// </summary>
    public static bool SameWord(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 3 || Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }
        var common = 0;
        while (common < shorter && a[common] == b[common])
        {
            common++;
        }
        return common >= shorter - 1 && common >= 3;
    }

    /// <summary>
    /// How unlike a nominative a Cyrillic name form is: one for each word with an oblique ending ("Кайшу",
    /// "Касымовой", "Кайши"). Latin forms score zero. The form with the lowest score, then the shortest, names the person.
    /// </summary>
    public static int ObliqueScore(string name)
    {
        if (!IsCyrillic(name))
        {
            return 0;
        }
        var score = 0;
        foreach (var raw in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant();
            if (word.Length < 4 || word.EndsWith("лы", StringComparison.Ordinal))
            {
                continue;
            }
            if (ObliqueEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))
                || (word[^1] is 'и' or 'ы' && !IsVowel(word[^2])))
            {
                score++;
            }
        }
        return score;
    }

    // Kazakh case endings in every vowel harmony (genitive, dative, accusative, locative, ablative, instrumental),
    // longest first; possessive-before-case forms ("-на", "-не") are left alone as they end many given names.
    private static readonly string[] KazakhCaseEndings = ["ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан", "тен", "нан", "нен", "нда", "нде",
        "мен", "бен", "пен", "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те"];

    /// <summary>
    /// A Kazakh name word without its case ending ("Сауытбайдың", "Сауытбайға" → "Сауытбай"; "Құйқабаеваның" →
    /// "Құйқабаева"), for words of a Kazakh text only (Russian names end in "-да", "-та" too). A stem of
    /// fewer than four letters keeps its ending.
    /// </summary>
    public static string WithoutKazakhCase(string word)
    {
        foreach (var ending in KazakhCaseEndings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }
        return word;
    }

    private static bool IsVowel(char c) => "аеёиоуыэюяәөұүі".Contains(c, StringComparison.Ordinal);

    private static bool IsCyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static readonly string[] MasculineSurname = ["ов", "ев", "ёв", "ин", "ын", "ий", "ый", "улы", "ұлы", "лы"];
    private static readonly string[] FeminineOblique = ["овой", "евой", "иной", "ыной"];
    private static readonly string[] FeminineSurname = ["ова", "ева", "ёва", "ина", "ына", "ая", "кызы", "қызы"];

    /// <summary>
    /// The nominative of a Cyrillic name seen only in oblique forms, from the forms of its surname the text
    /// gives (<paramref name="surnameForms"/>: "Гадаев" beside "Магомеда Гадаева" makes him "Магомед Гадаев").
    /// The surname is its least oblique, shortest form; the gender that form shows ("-ов" a man, "-ова" a woman)
    /// brings the given name back too; <paramref name="masculineContext"/> (a man's pronoun after the name) reads
    /// "-ова" as a man's genitive. A name whose gender nothing shows keeps its given name.
    /// </summary>
    public static string Nominative(string name, IEnumerable<string> surnameForms, bool masculineContext = false)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !IsCyrillic(name))
        {
            return name;
        }
        var surname = surnameForms.Append(words[^1])
            .OrderBy(ObliqueScore).ThenBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).First();
        var lower = surname.ToLowerInvariant();
        // "Сатыбалдиевой" beside "Сатыбалдиеву": a woman's genitive and accusative; her nominative ends in "-а".
        if (surnameForms.FirstOrDefault(f => f.Length > 5 && FeminineOblique.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase))) is { } feminine)
        {
            surname = feminine[..^2] + "а";
            lower = surname.ToLowerInvariant();
        }
        // "-ова" is a woman's nominative or a man's genitive: the words around the name (his, whom) tell which.
        if (masculineContext && lower.Length > 4 && (lower.EndsWith("ова", StringComparison.Ordinal) || lower.EndsWith("ева", StringComparison.Ordinal) || lower.EndsWith("ина", StringComparison.Ordinal)))
        {
            surname = surname[..^1];
            lower = lower[..^1];
        }
        var female = FeminineSurname.Any(e => lower.EndsWith(e, StringComparison.Ordinal));
        var male = !female && MasculineSurname.Any(e => lower.EndsWith(e, StringComparison.Ordinal));
        for (var i = 0; i < words.Length - 1; i++)
        {
            var w = words[i];
            if (w.Length <= 3)
            {
                continue;
            }
            words[i] = male && w[^1] is 'а' or 'у' or 'е' && !IsVowel(w[^2]) ? w[..^1]
                : male && w.EndsWith("ом", StringComparison.Ordinal) ? w[..^2]
                : male && w[^1] is 'я' or 'ю' && IsVowel(w[^2]) ? w[..^1] + "й"
                : female && w[^1] is 'у' && !IsVowel(w[^2]) ? w[..^1] + "а"
                : female && w[^1] is 'ю' ? w[..^1] + "я"
                : w;
        }
        words[^1] = surname;
        return string.Join(' ', words);
    }
}
