using CaseArchive.Core.Contract;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Importing;

/// <summary>
/// The importer measured where it matters: every accepted import's proposal (kept as the extractor made it)
/// against what the editor published from it (the review's kept proposals, or all of them when accepted unreviewed).
/// </summary>
public static class ImportAccuracy
{
    /// <summary>The recent window shown beside the measure over all reviews.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    /// <summary>The published imports decided since <paramref name="since"/> (all when null), oldest first.</summary>
    public static async Task<IReadOnlyList<ReviewedImport>> ReviewsAsync(ArchiveDbContext db, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accepted = db.Imports.AsNoTracking().Where(i => i.Status == ImportStatus.Accepted && i.DecidedAt != null);
        if (since is { } from)
        {
            accepted = accepted.Where(i => i.DecidedAt >= from);
        }
        var reviews = new List<ReviewedImport>();
        await foreach (var import in accepted.OrderBy(i => i.Id).Select(i => new { i.DecidedAt, i.ExtractionJson, i.ReviewJson }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var proposed = ExtractionJson.Deserialize(import.ExtractionJson);
            var published = import.ReviewJson is { } review ? ImportReview.FromJson(review).Kept : proposed;
            reviews.Add(new ReviewedImport(import.DecidedAt!.Value, proposed, published));
        }
        return reviews;
    }
}
