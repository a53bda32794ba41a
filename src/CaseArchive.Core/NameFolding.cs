using System.Globalization;
using System.Text;

namespace CaseArchive.Core;

/// <summary>
/// Folds a name to one matching key across spellings and alphabets, so that
/// "Sayragul Sauytbay", "Sairagul Sauytbai" and "Сайрагүл Сауытбай" meet.
/// The importer's person matching and the archive's name search both use it:
/// there is one folding, here.
/// </summary>
public static class NameFolding
{
    // Russian and Kazakh Cyrillic to a plain Latin spelling, close to how the press transliterates.
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a",
        ['ә'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['ғ'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "e",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "y",
        ['і'] = "i",
        ['к'] = "k",
        ['қ'] = "q",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['ң'] = "n",
        ['о'] = "o",
        ['ө'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ұ'] = "u",
        ['ү'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['һ'] = "h",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "yu",
        ['я'] = "ya",
    };

    // Spellings that differ between outlets for the same sound, reduced to one form.
    // Order matters: longer patterns first.
    private static readonly (string From, string To)[] Sounds =
    [
        ("shch", "sh"), ("kh", "h"), ("zh", "j"), ("dzh", "j"), ("dj", "j"), ("ts", "c"),
        ("yu", "iu"), ("ya", "ia"), ("q", "k"), ("x", "h"), ("w", "u"), ("y", "i"),
    ];

    /// <summary>The matching key of a name: lower case, Latin, no marks, one spelling per sound.</summary>
    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }
        var latin = ToLatin(name);
        var folded = latin;
        foreach (var (from, to) in Sounds)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }
        return CollapseRepeats(folded);
    }

    /// <summary>A readable Latin spelling of a name in any script: "Сауытбай" → "sauytbay" (lower case, no marks).</summary>
    public static string ToLatin(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        var lastWasSpace = true;
        foreach (var raw in name.Normalize(NormalizationForm.FormD))
        {
            var c = char.ToLowerInvariant(raw);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (Cyrillic.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
                lastWasSpace = false;
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (c is 'ı')
            {
                builder.Append('i');
                lastWasSpace = false;
            }
            else if (char.IsLetter(c))
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (!lastWasSpace && (char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '.' or ','))
            {
                // Hyphens and apostrophes separate parts as a space does: "Abdu-Rahim" meets "Abdu Rahim".
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().Trim();
    }

    private static string CollapseRepeats(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (builder.Length > 0 && builder[^1] == c && char.IsLetter(c))
            {
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
