using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CaseArchive.Core;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A date as precise as its source: "2019", "May 2018" or "23 December 2019".
/// <see cref="Inferred"/> marks a year or month that the sentence did not state
/// but that was resolved from the publication date or the surrounding text.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    // For EF Core's materializer: the record is otherwise built only through its factories.
    private PartialDate() { }

    public int Year { get; private init; }
    public int? Month { get; private init; }
    public int? Day { get; private init; }
    public bool Inferred { get; private init; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean: the key for sorting and for year ranges.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public static PartialDate OfYear(int year, bool inferred = false) => Create(year, null, null, inferred);

    public static PartialDate OfMonth(int year, int month, bool inferred = false) => Create(year, month, null, inferred);

    public static PartialDate OfDay(int year, int month, int day, bool inferred = false) => Create(year, month, day, inferred);

    public static PartialDate OfDay(DateOnly date, bool inferred = false) => Create(date.Year, date.Month, date.Day, inferred);

    public static PartialDate Create(int year, int? month, int? day, bool inferred = false)
    {
        var error = Validate(year, month, day);
        if (error is not null)
        {
            throw new ArgumentException(error);
        }
        return new PartialDate { Year = year, Month = month, Day = day, Inferred = inferred };
    }

    /// <summary>Why these parts make no date, in words an editor understands; null when they do.</summary>
    public static string? Validate(int year, int? month, int? day)
    {
        if (year is < MinYear or > MaxYear)
        {
            return $"The year must be between {MinYear} and {MaxYear}.";
        }
        if (month is null && day is not null)
        {
            return "A day needs a month.";
        }
        if (month is < 1 or > 12)
        {
            return "The month must be between 1 and 12.";
        }
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            return $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month!.Value)} {year} has no day {day}.";
        }
        return null;
    }

    /// <summary>Reads "2019", "2019-12" or "2019-12-23" (the extraction format's dates).</summary>
    public static bool TryParse(string? text, bool inferred, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }
        if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (Validate(year, month, day) is not null)
        {
            return false;
        }
        date = new PartialDate { Year = year, Month = month, Day = day, Inferred = inferred };
        return true;
    }

    public static PartialDate Parse(string text, bool inferred = false) =>
        TryParse(text, inferred, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>The machine form: "2019", "2019-12", "2019-12-23".</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The reader's form, as precise as it is: "23 December 2019", "May 2018", "2019".</summary>
    public string ToDisplayString()
    {
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        return Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Day} {format.GetMonthName(Month!.Value)} {Year}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{format.GetMonthName(Month!.Value)} {Year}"),
            _ => Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    public override string ToString() => ToIsoString();

    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;
    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;
    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;
    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    private static int Compare(PartialDate? left, PartialDate? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>Orders by the first day meant, then the less precise first ("2019" before "2019-01-01").</summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }
}
