using CaseArchive.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Cases;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Cases { get; private set; } = [];

    public sealed record Row(int Id, string Title, Domain.Model.CaseKind Kind, Domain.Model.CaseStatus Status, string? Court);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cases = await db.Cases.AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new Row(c.Id, c.Title, c.Kind, c.Status, c.Court == null ? null : c.Court.Name))
            .ToListAsync(cancellationToken);
}
