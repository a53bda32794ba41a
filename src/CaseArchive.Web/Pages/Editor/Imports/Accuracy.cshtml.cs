using CaseArchive.Domain;
using CaseArchive.Domain.Importing;
using CaseArchive.Extraction.Evaluation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseArchive.Web.Pages.Editor.Imports;

/// <summary>The importer measured by the editors' corrections (the same figures as `casearchive evaluate --reviews`).</summary>
public class AccuracyModel(ArchiveDbContext db) : PageModel
{
    public AccuracyReport All { get; private set; } = null!;

    public AccuracyReport Recent { get; private set; } = null!;

    public int RecentDays => ImportAccuracy.RecentWindow.Days;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        All = ReviewAccuracy.Measure(await ImportAccuracy.ReviewsAsync(db, cancellationToken: cancellationToken));
        Recent = ReviewAccuracy.Measure(await ImportAccuracy.ReviewsAsync(db, DateTimeOffset.UtcNow - ImportAccuracy.RecentWindow, cancellationToken));
    }
}
