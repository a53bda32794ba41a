using CaseArchive.Domain;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages;

public class IndexModel(ReadOnlyArchiveDbContext db) : PageModel
{
    public ArchiveCounts Counts { get; private set; } = new(new(0, false), new(0, false), 0, new(0, false));
    public IReadOnlyList<RulingRow> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Exact while small; at a million rulings, PostgreSQL's estimate ("about"), never a scan.
        Counts = new ArchiveCounts(
            await RulingSearch.CountAsync(db, db.Rulings.VisibleToPublic(), cancellationToken),
            await RulingSearch.CountAsync(db, db.Persons.VisibleToPublic().Select(p => p.Id), cancellationToken),
            await db.Courts.CountAsync(cancellationToken),
            await RulingSearch.CountAsync(db, db.Sources.Select(s => s.Id), cancellationToken));
        // The list's own order (an index walk of ten rows).
        var newest = RulingSearch.Ordered(db.Rulings.AsNoTracking().VisibleToPublic(), RulingFilter.None).Select(r => r.Id).Take(10);
        Latest = await RulingSearch.RowsAsync(db, await newest.ToListAsync(cancellationToken), RulingFilter.None, cancellationToken);
    }

    public sealed record ArchiveCounts(ResultCount Rulings, ResultCount Persons, int Courts, ResultCount Sources);
}
