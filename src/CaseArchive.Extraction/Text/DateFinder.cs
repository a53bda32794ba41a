using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseArchive.Extraction.Text;

/// <summary>A date as written in a sentence, before resolution: any part may be missing.</summary>
internal sealed record DateMention(int Start, int End, int? Year, int? Month, int? Day, DayOfWeek? Weekday, string? Relative)
{
    public bool HasYear => Year is not null;
}

/// <summary>
/// Finds dates in sentences ("December 23", "in May 2018", "on Wednesday", "23 декабря 2019 года")
/// and resolves them against a reference date (the publication date) or a year the preceding
/// sentence gave. A date is never given a guessed year: without a reference it stays as precise
/// as the text is, or is dropped.
/// </summary>
internal static partial class DateFinder
{
    private static readonly string[] EnglishMonths =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] RussianMonths =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    // Kazakh month names as written (Snowball has no Kazakh); a suffix may follow ("шілденің", "тамызда").
    private static readonly string[] KazakhMonths =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    // Russian ordinal day words of formal writing ("двадцать восьмого июня"): the units, and the tens before them.
    private static readonly string[] RussianOrdinalDays =
        ["первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого", "девятого", "десятого",
         "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого",
         "восемнадцатого", "девятнадцатого", "двадцатого"];

    private static int? OrdinalDay(string words)
    {
        var parts = words.ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tens = parts.Length == 2 ? parts[0] switch { "двадцать" => 20, "тридцать" => 30, _ => -100 } : 0;
        var unit = parts[^1] == "тридцатого" ? 30 : Array.IndexOf(RussianOrdinalDays, parts[^1]) + 1;
        return unit > 0 && tens >= 0 && (tens == 0 || unit < 10) ? tens + unit : null;
    }

    public static int? MonthNumber(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        var kazakh = Array.FindIndex(KazakhMonths, m => lower.StartsWith(m, StringComparison.Ordinal));
        if (kazakh >= 0)
        {
            return kazakh + 1;
        }
        if (lower.Length >= 3 && lower[0] is >= 'a' and <= 'z')
        {
            var index = Array.FindIndex(EnglishMonths, m => lower.StartsWith(m, StringComparison.Ordinal));
            return index >= 0 ? index + 1 : null;
        }
        // Russian month stems; "ма" (May) last so that "март" wins.
        for (var i = 0; i < RussianMonths.Length; i++)
        {
            if (i != 4 && lower.StartsWith(RussianMonths[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return lower is "мая" or "май" or "мае" ? 5 : null;
    }

    public static List<DateMention> Find(string sentence)
    {
        var found = new List<DateMention>();
        void Add(Match m, int? year, int? month, int? day, DayOfWeek? weekday = null, string? relative = null)
        {
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
            {
                return;
            }
            if (month is < 1 or > 12 || day is < 1 or > 31 || year is < PartialDate.MinYear or > PartialDate.MaxYear)
            {
                return;
            }
            found.Add(new DateMention(m.Index, m.Index + m.Length, year, month, day, weekday, relative));
        }
        static int? Int(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;

        // "on the night of 19-20 July 2021", "19–20 июля": a span of days begins on its first.
        foreach (Match m in DayRange().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), MonthNumber(m.Groups["m"].Value), Int(m.Groups["d"]));
        }
        foreach (Match m in FullDate().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), MonthNumber(m.Groups["m"].Value), Int(m.Groups["d"]));
        }
        foreach (Match m in RussianDate().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), MonthNumber(m.Groups["m"].Value), Int(m.Groups["d"]));
        }
        // "двадцать восьмого июня 2016 года": a day in words.
        foreach (Match m in RussianOrdinalDate().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), MonthNumber(m.Groups["m"].Value), OrdinalDay(m.Groups["d"].Value));
        }
        // "2019 жылы 9 шілдеде", "шілденің 9-ы": Kazakh days, months with their year, months alone.
        foreach (Match m in KazakhDate().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), MonthNumber(m.Groups["m"].Value), Int(m.Groups["d"]));
        }
        // "в конце мая", "в начале августа 2017 года": a part of a month is its month.
        foreach (Match m in RussianMonthPart().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), m.Groups["m"].Success ? MonthNumber(m.Groups["m"].Value) : null, null);
        }
        foreach (Match m in MonthYear().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), MonthNumber(m.Groups["m"].Value), null);
        }
        foreach (Match m in MonthAlone().Matches(sentence))
        {
            // "arrested last July" in a story of October: the July of the year before, not of this one.
            Add(m, null, MonthNumber(m.Groups["m"].Value), null, null, m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? LastNamedMonth : null);
        }
        foreach (Match m in YearAlone().Matches(sentence))
        {
            Add(m, Int(m.Groups["y"]), null, null);
        }
        foreach (Match m in Weekday().Matches(sentence))
        {
            Add(m, null, null, null, WeekdayOf(m.Groups["w"].Value));
        }
        foreach (Match m in Relative().Matches(sentence))
        {
            Add(m, null, null, null, null, m.Groups["r"].Value.ToLowerInvariant());
        }
        // "in the autumn of 2020" is that year; "in the spring", "last spring", "минувшей осенью" the last one before the reference.
        foreach (Match m in Season().Matches(sentence))
        {
            if (m.Groups["y"].Success)
            {
                Add(m, Int(m.Groups["y"]), null, null);
            }
            else
            {
                Add(m, null, null, null, null, "season " + m.Groups["s"].Value.ToLowerInvariant());
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static DayOfWeek WeekdayOf(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("mon", StringComparison.Ordinal) || w.StartsWith("понед", StringComparison.Ordinal) => DayOfWeek.Monday,
        var w when w.StartsWith("tue", StringComparison.Ordinal) || w.StartsWith("вторн", StringComparison.Ordinal) => DayOfWeek.Tuesday,
        var w when w.StartsWith("wed", StringComparison.Ordinal) || w.StartsWith("сред", StringComparison.Ordinal) => DayOfWeek.Wednesday,
        var w when w.StartsWith("thu", StringComparison.Ordinal) || w.StartsWith("четв", StringComparison.Ordinal) => DayOfWeek.Thursday,
        var w when w.StartsWith("fri", StringComparison.Ordinal) || w.StartsWith("пятн", StringComparison.Ordinal) => DayOfWeek.Friday,
        var w when w.StartsWith("sat", StringComparison.Ordinal) || w.StartsWith("суб", StringComparison.Ordinal) => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    /// <summary>
    /// The date a mention means. <paramref name="reference"/> is the publication (or dateline) date;
    /// <paramref name="anchorYear"/> a year stated in the sentence before, which a bare month in a
    /// follow-up sentence shares ("In August 2018 ... She fled in April").
    /// </summary>
    private const string LastNamedMonth = "last named month";

    public static PartialDate? Resolve(DateMention mention, DateOnly? reference, int? anchorYear)
    {
        if (mention is { Relative: LastNamedMonth, Month: { } lastMonth })
        {
            return reference is { } r ? PartialDate.OfMonth(r.Year - 1, lastMonth, true) : null;
        }
        if (mention.Relative is { } relative)
        {
            if (reference is not { } r)
            {
                return null;
            }
            return relative switch
            {
                "last month" or "в прошлом месяце" => PartialDate.OfMonth(r.AddMonths(-1).Year, r.AddMonths(-1).Month, true),
                "last year" or "в прошлом году" => PartialDate.OfYear(r.Year - 1, true),
                "this month" or "earlier this month" or "в этом месяце" => PartialDate.OfMonth(r.Year, r.Month, true),
                "this year" or "earlier this year" or "в этом году" => PartialDate.OfYear(r.Year, true),
                "yesterday" or "вчера" => PartialDate.OfDay(r.AddDays(-1), true),
                "last week" or "на прошлой неделе" => LastWeek(r),
                "season spring" or "season весной" => PartialDate.OfYear(r.Month >= 3 ? r.Year : r.Year - 1, true),
                "season summer" or "season летом" => PartialDate.OfYear(r.Month >= 6 ? r.Year : r.Year - 1, true),
                "season autumn" or "season fall" or "season осенью" => PartialDate.OfYear(r.Month >= 9 ? r.Year : r.Year - 1, true),
                "today" or "сегодня" => PartialDate.OfDay(r, true),
                _ => null,
            };
        }
        if (mention.Weekday is { } weekday)
        {
            if (reference is not { } r)
            {
                return null;
            }
            var back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
            return PartialDate.OfDay(r.AddDays(-back), true);
        }
        if (mention.Year is { } year)
        {
            return PartialDate.Validate(year, mention.Month, mention.Day) is null ? PartialDate.Create(year, mention.Month, mention.Day) : null;
        }
        if (mention.Month is not { } month)
        {
            return null;
        }
        int resolvedYear;
        if (anchorYear is { } anchor)
        {
            resolvedYear = anchor;
        }
        else if (reference is { } r)
        {
            // The most recent such month (or day) not after the reference.
            var notAfter = mention.Day is { } d ? (month, d).CompareTo((r.Month, r.Day)) <= 0 : month <= r.Month;
            resolvedYear = notAfter ? r.Year : r.Year - 1;
        }
        else
        {
            return null;
        }
        return PartialDate.Validate(resolvedYear, month, mention.Day) is null ? PartialDate.Create(resolvedYear, month, mention.Day, inferred: true) : null;
    }

    // The week before the reference's: its month when the whole week lies in one month, else its year.
    private static PartialDate? LastWeek(DateOnly reference)
    {
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7) - 7);
        var sunday = monday.AddDays(6);
        return monday.Month == sunday.Month ? PartialDate.OfMonth(monday.Year, monday.Month, true)
            : monday.Year == sunday.Year ? PartialDate.OfYear(monday.Year, true) : null;
    }

    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

    private const string RussianMonthsGenitive =
        "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

    [GeneratedRegex(@"\b(?:(?<m>" + MonthNames + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>(?:19|20)\d{2}))?|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + MonthNames + @")(?:,?\s+(?<y>(?:19|20)\d{2}))?)\b(?!\s*(?:%|percent))")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})\s*[-–—]\s*\d{1,2}\s+(?:(?<m>" + MonthNames + @")\b(?:,?\s+(?<y>(?:19|20)\d{2}))?|(?<m>" + RussianMonthsGenitive + @")(?:\s+(?<y>(?:19|20)\d{2}))?)", RegexOptions.IgnoreCase)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})\s+(?<m>" + RussianMonthsGenitive + @")(?:\s+(?<y>(?:19|20)\d{2})(?:\s*(?:года|г\.))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex RussianDate();

    private const string RussianOrdinalDay =
        "(?:(?:двадцать|тридцать)\\s+)?(?:первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого|десятого|" +
        "одиннадцатого|двенадцатого|тринадцатого|четырнадцатого|пятнадцатого|шестнадцатого|семнадцатого|восемнадцатого|" +
        "девятнадцатого|двадцатого|тридцатого)";

    private const string KazakhMonthNames = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан";

    [GeneratedRegex(@"(?<![\p{L}])(?<d>" + RussianOrdinalDay + @")\s+(?<m>" + RussianMonthsGenitive + @")(?:\s+(?<y>(?:19|20)\d{2})(?:\s*(?:года|г\.))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex RussianOrdinalDate();

    // A day before its month ("9 шілдеде", "23 желтоқсан"), a month's day after its genitive ("шілденің 9-ы"), a month
    // in the locative or with "айында" ("тамызда", "мамыр айында"), each with "2019 жылы" before it when the year is told;
    // a bare "қазан" (also a cauldron) is no date.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<y>(?:19|20)\d{2})\s*(?:ж\.|жыл\p{L}*)\s+)?(?:(?<d>\d{1,2})\s+(?<m>" + KazakhMonthNames + @")(?:\p{L}*)|(?<m>" + KazakhMonthNames + @")(?:ның|нің|дың|дің|тың|тің)\s+(?<d>\d{1,2})(?:-?\p{L}+)?|(?<m>" + KazakhMonthNames + @")(?:\s+айында|да|де|та|те)(?![\p{L}]))", RegexOptions.IgnoreCase)]
    private static partial Regex KazakhDate();

    [GeneratedRegex(@"(?<![\p{L}])[вВкК]\s+(?:начал[еу]|конц[еу]|середин[еу]|первой половине|второй половине)\s+(?:(?<m>" + RussianMonthsGenitive + @")(?:\s+(?<y>(?:19|20)\d{2})(?:\s*(?:года|г\.))?)?|(?<y>(?:19|20)\d{2})\s*(?:года|г\.))", RegexOptions.IgnoreCase)]
    private static partial Regex RussianMonthPart();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:of\s+)?(?<y>(?:19|20)\d{2})\b|(?<![\p{L}])[вВ]\s+(?<m>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\s+(?<y>(?:19|20)\d{2})")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Tt]hrough|[Tt]ill|end of|beginning of|last)\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|\b[Mm]id-(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|(?<![\p{L}])[вВ]\s+(?<m>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?!\s+\d)")]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Tt]hrough)\s+(?<y>(?:19|20)\d{2})\b(?![\-–]\d)|\b[Mm]id-(?<y>(?:19|20)\d{2})\b|(?<![\p{L}])[вВ]\s+(?<y>(?:19|20)\d{2})\s+год|(?<![\p{L}\d])(?<y>(?:19|20)\d{2})\s*жылы(?![\p{L}])")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arlier on)\s+(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<![\p{L}])[вВ]о?\s+(?<w>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:[Ii]n\s+)?the\s+(?<s>spring|summer|autumn|fall)\s+of\s+(?<y>(?:19|20)\d{2})\b|\b[Ii]n\s+the\s+(?<s>spring|summer|autumn|fall)\b(?!\s+of)|\b[Ll]ast\s+(?<s>spring|summer|autumn|fall)\b|(?<![\p{L}])(?<s>весной|летом|осенью)(?![\p{L}])(?!\s+(?:19|20)\d{2})|(?<![\p{L}])(?:весной|летом|осенью|зимой)\s+(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?<r>last month|last week|last year|earlier this month|this month|earlier this year|this year|yesterday|today)\b|(?<r>в прошлом месяце|на прошлой неделе|в прошлом году|в этом месяце|в этом году|вчера|сегодня)", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
