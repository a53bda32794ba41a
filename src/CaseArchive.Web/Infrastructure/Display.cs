using CaseArchive.Domain.Model;

namespace CaseArchive.Web.Infrastructure;

/// <summary>How the vocabularies read on a page.</summary>
public static class Display
{
    public static string Outcome(Outcome outcome) => outcome switch
    {
        CaseArchive.Core.Outcome.NotDeported => "Not deported",
        CaseArchive.Core.Outcome.Deported => "Deported",
        CaseArchive.Core.Outcome.ExtraditionRefused => "Extradition refused",
        CaseArchive.Core.Outcome.Extradited => "Extradited",
        CaseArchive.Core.Outcome.AsylumGranted => "Asylum granted",
        CaseArchive.Core.Outcome.AsylumDenied => "Asylum denied",
        _ => "Outcome not reported",
    };

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
            return fineAmount is null ? "Fine" : $"Fine of {fineAmount}";
        }
        var words = Words(kind.Value);
        return months is int length ? $"{length}-month {words} sentence" : $"{Capitalise(words)} sentence";
    }

    public static string Charge(string charge) => Capitalise(charge.Replace('_', ' '));

    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => VocabularyText.ToWords(value);

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Date(PartialDate? date) => date is null ? "Date not reported" : date.ToDisplayString();
}
