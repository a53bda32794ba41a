using CaseArchive.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Rulings;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rulings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rulings = await db.Rulings.AsNoTracking()
            .OrderByDescending(r => r.UpdatedAt)
            .Select(r => new Row(r.Id, r.Person.DisplayName, r.Court.Name, r.Date, r.Outcome, r.UpdatedAt, r.Citations.AsQueryable().Any(PublicQueries.CitationIsPublished)))
            .ToListAsync(cancellationToken);

    public sealed record Row(int Id, string Person, string Court, PartialDate? Date, Outcome Outcome, DateTimeOffset UpdatedAt, bool Sourced);
}
