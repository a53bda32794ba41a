using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Claims;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Claims { get; private set; } = [];

    public sealed record Row(int Id, string Person, ClaimKind Kind, string? Facility, VerificationStatus Status, bool Sourced);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Claims = await db.DetentionClaims.AsNoTracking().OrderBy(c => c.Person.DisplayName)
            .Select(c => new Row(c.Id, c.Person.DisplayName, c.Kind, c.Facility, c.Status, c.Citations.AsQueryable().Any(PublicQueries.CitationIsPublished)))
            .ToListAsync(cancellationToken);
}
