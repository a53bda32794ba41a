namespace CaseArchive.Domain.Model;

/// <summary>
/// The ISO 4217 codes a fine may be recorded in: the currencies of the region's courts and the usual
/// reference ones. Data, not rules: add a line when an archive needs another.
/// </summary>
public static class Currencies
{
    public static IReadOnlyList<string> Codes { get; } =
        ["KZT", "RUB", "KGS", "UZS", "TJS", "TMT", "AZN", "AMD", "GEL", "BYN", "UAH", "MNT", "CNY", "TRY", "USD", "EUR"];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);
}
