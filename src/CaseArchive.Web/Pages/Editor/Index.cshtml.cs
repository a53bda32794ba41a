using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor;

/// <summary>The editors' home: the latest changes to the archive, whoever made them.</summary>
public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Recent = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);
}
