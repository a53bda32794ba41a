using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>
/// Where the next page of a list starts (keyset paging): the sort key and the id of the last
/// row shown: "2019-12-23.15", "none.15" (undated) or "r0.0608.15" (relevance). In `after` it travels
/// sealed (<see cref="Seal"/>: encrypted and signed with the app's Data Protection keys), since a record's
/// id would tie its opaque address to its place among the others, and show where hidden records fall.
/// </summary>
public sealed record RulingCursor(RulingSort Sort, DateOnly? DateKey, float Rank, int Id)
{
    public override string ToString() => Sort == RulingSort.Relevance
        ? string.Create(CultureInfo.InvariantCulture, $"r{Rank:R}.{Id}")
        : string.Create(CultureInfo.InvariantCulture, $"{(DateKey is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none")}.{Id}");

    /// <summary>The protector that seals cursors, the same on every app server (the keys are in the database).</summary>
    public static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CaseArchive.RulingCursor");

    /// <summary>The cursor as `after` carries it: nothing of it can be read or changed outside the app.</summary>
    public string Seal(IDataProtector protector) => protector.Protect(ToString());

    /// <summary>A cursor from `after`, or false when it is not one this app sealed.</summary>
    public static bool TryUnseal(string? text, RulingSort sort, IDataProtector protector, [NotNullWhen(true)] out RulingCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return false;
        }
        try
        {
            return TryParse(protector.Unprotect(text), sort, out cursor);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }

    public static bool TryParse(string? text, RulingSort sort, [NotNullWhen(true)] out RulingCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(text[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }
        var key = text[..dot];
        if (sort == RulingSort.Relevance)
        {
            if (key.StartsWith('r') && float.TryParse(key[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && float.IsFinite(rank))
            {
                cursor = new RulingCursor(sort, null, rank, id);
            }
        }
        else if (key == "none")
        {
            cursor = new RulingCursor(sort, null, 0, id);
        }
        else if (DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            cursor = new RulingCursor(sort, date, 0, id);
        }
        return cursor is not null;
    }
}
