using System.Globalization;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Localization;

namespace CaseArchive.Web.Infrastructure;

/// <summary>How the vocabularies, dates and sentences read on a page, in the reader's language (<see cref="Texts"/>).</summary>
public static class Display
{
    public static string Outcome(Outcome outcome) => Texts.Get(outcome switch
    {
        CaseArchive.Core.Outcome.NotDeported => "Not deported",
        CaseArchive.Core.Outcome.Deported => "Deported",
        CaseArchive.Core.Outcome.ExtraditionRefused => "Extradition refused",
        CaseArchive.Core.Outcome.Extradited => "Extradited",
        CaseArchive.Core.Outcome.AsylumGranted => "Asylum granted",
        CaseArchive.Core.Outcome.AsylumDenied => "Asylum denied",
        _ => "Outcome not reported",
    });

    /// <summary>"6-month suspended sentence", "12-month prison sentence", "fine of 25,000 tenge".</summary>
    public static string? Sentence(Ruling ruling) => Sentence(ruling.SentenceKind, ruling.SentenceMonths, ruling.FineAmount);

    public static string? Sentence(SentenceKind? kind, int? months, string? fineAmount)
    {
        if (kind is null)
        {
            return null;
        }
        if (kind == SentenceKind.Fine)
        {
            return fineAmount is null ? Texts.Get("Fine") : Texts.Format("Fine of {0}", fineAmount);
        }
        // One key per kind, so each language words the whole phrase ("{0}-month prison sentence").
        var words = VocabularyText.ToWords(kind.Value);
        return months is int length
            ? Texts.Format($"{{0}}-month {words} sentence", length)
            : Texts.Get($"{Capitalise(words)} sentence");
    }

    /// <summary>A fine's amount in the reader's number format with its ISO 4217 code: "100,000 KZT", "100 000 KZT".</summary>
    public static string? Fine(decimal? value, string? currency) =>
        value is decimal amount && currency is not null
            ? $"{amount.ToString(amount % 1 == 0 ? "N0" : "N2", CultureInfo.CurrentCulture)} {currency}"
            : null;

    /// <summary>A charge (stored as its lower_snake_case word), in the reader's language when the files have it.</summary>
    public static string Charge(string charge) => Capitalise(Texts.Data(charge.Replace('_', ' ')));

    /// <summary>A vocabulary's words ("border crossing"), in the reader's language.</summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => Texts.Get(VocabularyText.ToWords(value));

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];

    /// <summary>A partial date as precise as it is, in the reader's language: the order is data ("{day} {month} {year}").</summary>
    public static string Date(PartialDate? date)
    {
        if (date is null)
        {
            return Texts.Get("Date not reported");
        }
        var format = CultureInfo.CurrentCulture.DateTimeFormat;
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return date.Precision switch
        {
            // The day's month in the genitive where the language has one ("23 декабря 2019").
            DatePrecision.Day => Texts.Get("{day} {month} {year}")
                .Replace("{day}", date.Day!.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{month}", format.MonthGenitiveNames[date.Month!.Value - 1], StringComparison.Ordinal)
                .Replace("{year}", year, StringComparison.Ordinal),
            DatePrecision.Month => Texts.Get("{month} {year}")
                .Replace("{month}", format.MonthNames[date.Month!.Value - 1], StringComparison.Ordinal)
                .Replace("{year}", year, StringComparison.Ordinal),
            _ => year,
        };
    }

    /// <summary>A day the archive knows whole (a source's publication), as <see cref="Date(PartialDate?)"/> writes it.</summary>
    public static string Date(DateOnly day) => Date(PartialDate.Create(day.Year, day.Month, day.Day, false));
}
