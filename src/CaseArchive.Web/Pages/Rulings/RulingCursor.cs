using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>
/// Where the next page of a list starts (keyset paging): the sort key and the id of the last
/// row shown. Written into `after` as "2019-12-23.15", "none.15" (undated) or "r0.0608.15" (relevance).
/// </summary>
public sealed record RulingCursor(RulingSort Sort, DateOnly? DateKey, float Rank, int Id)
{
    public override string ToString() => Sort == RulingSort.Relevance
        ? string.Create(CultureInfo.InvariantCulture, $"r{Rank:R}.{Id}")
        : string.Create(CultureInfo.InvariantCulture, $"{(DateKey is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none")}.{Id}");

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
