using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Events;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Events { get; private set; } = [];

    public sealed record Row(int Id, string Person, EventKind Kind, PartialDate? Date, string? Place, bool Sourced);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await db.Events.AsNoTracking().OrderBy(e => e.Person.DisplayName).ThenBy(e => e.Id)
            .Select(e => new Row(e.Id, e.Person.DisplayName, e.Kind, e.Date, e.Place, e.Citations.AsQueryable().Any(PublicQueries.CitationIsPublished)))
            .ToListAsync(cancellationToken);
}
