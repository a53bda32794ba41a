using CaseArchive.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Sources;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Sources { get; private set; } = [];

    public sealed record Row(int Id, string Title, string? Outlet, DateOnly? PublishedOn, int Citations);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sources = await db.Sources.AsNoTracking().OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Title)
            .Select(s => new Row(s.Id, s.Title, s.Outlet, s.PublishedOn, s.Citations.Count))
            .ToListAsync(cancellationToken);
}
