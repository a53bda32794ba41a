using CaseArchive.Domain;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages;

public class IndexModel(ReadOnlyArchiveDbContext db) : PageModel
{
    public ArchiveCounts Counts { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<RulingRow> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = new ArchiveCounts(
            await db.Rulings.VisibleToPublic().CountAsync(cancellationToken),
            await db.Persons.VisibleToPublic().CountAsync(cancellationToken),
            await db.Courts.CountAsync(cancellationToken),
            await db.Sources.CountAsync(cancellationToken));
        Latest = await RulingRow.From(RulingRow.Newest(db.Rulings.AsNoTracking().VisibleToPublic())).Take(10).ToListAsync(cancellationToken);
    }

    public sealed record ArchiveCounts(int Rulings, int Persons, int Courts, int Sources);
}
