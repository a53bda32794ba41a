using System.Text;

namespace CaseArchive.Cli.Generating;

/// <summary>
/// Names as the press writes them: Kazakh, Uyghur and Kyrgyz given names and surnames in one Latin
/// spelling, with the other spellings outlets use (another transliteration, Cyrillic).
/// </summary>
internal static class SyntheticNames
{
    public static readonly string[] FemaleGiven =
    [
        "Sairagul", "Qaisha", "Gulnar", "Aigerim", "Dinara", "Zhanar", "Ainur", "Gulzhan", "Saule", "Aliya",
        "Madina", "Kamila", "Asel", "Zhibek", "Mariyam", "Gulbahar", "Rahima", "Patima", "Ayshe", "Nurgul",
        "Erkezhan", "Bakhyt", "Gaukhar", "Zamira", "Meruert", "Akmaral", "Raykhan", "Tursunay", "Mihrigul", "Zumret",
    ];

    public static readonly string[] MaleGiven =
    [
        "Qaster", "Murager", "Serikzhan", "Nurlan", "Qairat", "Erlan", "Askar", "Baurzhan", "Dauren", "Yerbol",
        "Bekzat", "Amanzhol", "Zhanibek", "Orynbek", "Abdurahman", "Ilham", "Memet", "Tursun", "Omir", "Kairat",
        "Azamat", "Talgat", "Ruslan", "Marat", "Nurbolat", "Sayat", "Berik", "Almas", "Abdulla", "Yusup",
    ];

    private static readonly string[] Roots =
    [
        "Sauytbay", "Aqan", "Alim", "Musakhan", "Bilash", "Kokteubay", "Zhaksylyk", "Bekmurat", "Tokhtar", "Nurlan",
        "Serik", "Qairat", "Esen", "Tursyn", "Bolat", "Dauletkhan", "Zhakup", "Mamyr", "Kenzhe", "Orazbay",
        "Abdirakhman", "Sadyk", "Khamit", "Ermek", "Baimurat", "Toleu", "Shamshi", "Zhumabay", "Akhmet", "Ualikhan",
        "Bakhyt", "Kadyr", "Nurgali", "Ospan", "Baizak", "Myrzakhan", "Seitkali", "Duisen", "Kurmash", "Zhanibek",
        "Amanbay", "Beisen", "Kaliakbar", "Torekhan", "Sultanbek", "Omarbek", "Zhandos", "Mukhtar", "Rakhymzhan", "Turgan",
        "Yerzhan", "Askhat", "Tilek", "Zhenis", "Berdibek", "Qasym", "Aidarkhan", "Maksat", "Temirlan", "Ablay",
        "Imin", "Tokhti", "Ablimit", "Rozi", "Obul", "Niyaz", "Kurban", "Yasin", "Hashim", "Memtimin",
        "Kydyr", "Asan", "Usen", "Tashtanbek", "Kalys", "Erkin", "Sheraly", "Bakyt", "Mamat", "Zhoomart",
    ];

    // Second parts that make a root into a family name: Nurlan -> Nurlanbek, Serik -> Serikbay.
    private static readonly string[] Joins = ["", "bek", "bay", "khan", "zhan", "gali", "tay", "bol", "nur", "sary", "mukan", "tai"];

    /// <summary>
    /// Surnames made from a root (and a second part) the ways the region makes them: plain,
    /// -uly/-kyzy, -ov/-ova, -ev/-eva. <paramref name="root"/> runs over <see cref="RootCount"/>.
    /// </summary>
    public static string Surname(int root, int form, bool female)
    {
        var stem = Roots[root % Roots.Length] + Joins[root / Roots.Length];
        return form switch
        {
            0 => stem,
            1 => stem + (female ? "kyzy" : "uly"),
            2 => stem + (female ? "ova" : "ov"),
            _ => stem + (female ? "eva" : "ev"),
        };
    }

    public static int RootCount => Roots.Length * Joins.Length;

    /// <summary>Another Latin transliteration, as a second outlet writes it ("Sauytbay" → "Sauytbai", "Qaisha" → "Kaisha").</summary>
    public static string OtherLatin(string name)
    {
        var text = name.Replace("Q", "K").Replace("q", "k").Replace("kh", "h").Replace("Kh", "H").Replace("zh", "j").Replace("Zh", "Zh");
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].EndsWith('y'))
            {
                words[i] = words[i][..^1] + "i";
            }
        }
        return string.Join(' ', words);
    }

    private static readonly (string Latin, string Cyrillic)[] ToCyrillicTable =
    [
        ("shch", "щ"), ("sh", "ш"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("gh", "ғ"), ("ya", "я"), ("yu", "ю"), ("ye", "е"), ("ts", "ц"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"),
        ("q", "қ"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
        ("f", "ф"), ("h", "һ"), ("j", "ж"), ("c", "ц"), ("w", "у"), ("x", "х"),
    ];

    /// <summary>The name in Cyrillic, as Kazakh and Russian outlets write it ("Sauytbay" → "Сауытбай").</summary>
    public static string Cyrillic(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in name.Split(' '))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            var lower = word.ToLowerInvariant();
            var start = builder.Length;
            for (var i = 0; i < lower.Length;)
            {
                var matched = false;
                foreach (var (latin, cyrillic) in ToCyrillicTable)
                {
                    if (string.CompareOrdinal(lower, i, latin, 0, latin.Length) == 0)
                    {
                        // "y" after a vowel is the consonant й: "Sauytbay" → "Сауытбай".
                        var letter = latin == "y" && i > 0 && "aeiou".Contains(lower[i - 1]) && (i + 1 == lower.Length || !"aeiou".Contains(lower[i + 1])) ? "й" : cyrillic;
                        builder.Append(letter);
                        i += latin.Length;
                        matched = true;
                        break;
                    }
                }
                if (!matched)
                {
                    builder.Append(lower[i]);
                    i++;
                }
            }
            if (builder.Length > start)
            {
                builder[start] = char.ToUpperInvariant(builder[start]);
            }
        }
        return builder.ToString();
    }
}
