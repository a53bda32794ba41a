using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Courts;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Court> Courts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Courts = await db.Courts.AsNoTracking().OrderBy(c => c.Country).ThenBy(c => c.Name).ToListAsync(cancellationToken);
}
