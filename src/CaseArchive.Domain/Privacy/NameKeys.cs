using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CaseArchive.Domain.Privacy;

/// <summary>
/// The key a word is matched by when hiding names: Unicode compatibility forms unified (NFKC),
/// look-alike letters of another alphabet read as the word's own ("Bеkova" with a Cyrillic е),
/// invisible characters dropped, then folded across spellings and alphabets as every name is
/// (<see cref="NameFolding.Fold"/>), and looser still where outlets differ ("sh"/"s", "ch"/"c").
/// </summary>
public static class NameKeys
{
    // Words recur (page markup, the same names): each is keyed once. Capped for memory.
    private const int MostCached = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    private static readonly (string From, string To)[] Looser = [("sh", "s"), ("ch", "c")];

    // Latin and Cyrillic letters that look alike, as pairs (Latin, Cyrillic).
    private static readonly (char Latin, char Cyrillic)[] LookAlikes =
    [
        ('a', 'а'), ('c', 'с'), ('e', 'е'), ('o', 'о'), ('p', 'р'), ('x', 'х'), ('y', 'у'), ('k', 'к'), ('m', 'м'), ('t', 'т'),
        ('h', 'һ'), ('i', 'і'), ('j', 'ј'), ('s', 'ѕ'), ('b', 'ь'),
        ('A', 'А'), ('B', 'В'), ('C', 'С'), ('E', 'Е'), ('H', 'Н'), ('K', 'К'), ('M', 'М'), ('O', 'О'), ('P', 'Р'), ('T', 'Т'),
        ('X', 'Х'), ('Y', 'У'), ('I', 'І'), ('J', 'Ј'), ('S', 'Ѕ'),
    ];

    // Greek letters that look like Latin ones.
    private static readonly Dictionary<char, char> Greek = new()
    {
        ['ο'] = 'o',
        ['α'] = 'a',
        ['ε'] = 'e',
        ['ρ'] = 'p',
        ['ν'] = 'v',
        ['κ'] = 'k',
        ['τ'] = 't',
        ['υ'] = 'u',
        ['ι'] = 'i',
        ['Ο'] = 'O',
        ['Α'] = 'A',
        ['Β'] = 'B',
        ['Ε'] = 'E',
        ['Η'] = 'H',
        ['Ι'] = 'I',
        ['Κ'] = 'K',
        ['Μ'] = 'M',
        ['Ν'] = 'N',
        ['Ρ'] = 'P',
        ['Τ'] = 'T',
        ['Χ'] = 'X',
        ['Υ'] = 'Y',
        ['Ζ'] = 'Z',
    };

    private static readonly Dictionary<char, char> ToCyrillic = LookAlikes.ToDictionary(p => p.Latin, p => p.Cyrillic);
    private static readonly Dictionary<char, char> ToLatin = LookAlikes.ToDictionary(p => p.Cyrillic, p => p.Latin);

    /// <summary>The key of one word (no spaces): empty when the word has no letters.</summary>
    public static string Of(string word)
    {
        if (Cache.TryGetValue(word, out var key))
        {
            return key;
        }
        key = Compute(word);
        if (Cache.Count >= MostCached)
        {
            Cache.Clear();
        }
        Cache[word] = key;
        return key;
    }

    /// <summary>
    /// The word as a string: the one already keyed when it was seen before (page markup and names recur
    /// in answer after answer), so reading a text makes a string only of the words new to it.
    /// </summary>
    public static string Known(ReadOnlySpan<char> word) =>
        Cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known, out _) ? known : new string(word);

    /// <summary>The keys of a name's words, in order ("Сайрагүл Сауытбай" → ["sairagul", "sauitbai"]).</summary>
    public static string[] OfName(string name) =>
        [.. NameText.Words(name).Select(w => Of(w.Text)).Where(k => k.Length > 0)];

    /// <summary>Characters that render as nothing: soft hyphens, zero-width spaces and joiners, byte-order marks.</summary>
    public static bool IsInvisible(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c == '\u034F';

    /// <summary>Whether a character belongs to a word: a letter, a digit, a combining mark, or an invisible character.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || IsInvisible(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Compute(string word)
    {
        var visible = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!IsInvisible(c))
            {
                visible.Append(c);
            }
        }
        var text = visible.ToString().Normalize(NormalizationForm.FormKC);
        text = OneAlphabet(text);
        var folded = NameFolding.Fold(text).Replace(" ", "", StringComparison.Ordinal);
        foreach (var (from, to) in Looser)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }
        return folded;
    }

    /// <summary>A word mixing Latin and Cyrillic (and Greek) letters, with the fewer written in the alphabet of the more.</summary>
    private static string OneAlphabet(string word)
    {
        var chars = word.ToCharArray();
        int latin = 0, cyrillic = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (Greek.TryGetValue(chars[i], out var g))
            {
                chars[i] = g;
            }
            if (char.IsAsciiLetter(chars[i]))
            {
                latin++;
            }
            else if (chars[i] is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
        }
        if (latin > 0 && cyrillic > 0)
        {
            var map = latin >= cyrillic ? ToLatin : ToCyrillic;
            for (var i = 0; i < chars.Length; i++)
            {
                if (map.TryGetValue(chars[i], out var other))
                {
                    chars[i] = other;
                }
            }
        }
        return new string(chars);
    }
}
