using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await db.Persons.AsNoTracking().VisibleToPublic()
            .Select(p => new
            {
                Name = p.Visibility == PersonVisibility.Pseudonymised ? p.Pseudonym! : p.DisplayName,
                p.Slug,
                Ethnicity = p.Visibility == PersonVisibility.Public ? p.Ethnicity : null,
                p.OriginCountry,
                Rulings = db.Rulings.Count(r => r.PersonId == p.Id),
            })
            .OrderByDescending(p => p.Rulings).ThenBy(p => p.Name)
            .Take(500)
            .Select(p => new PersonRow(p.Name, p.Slug, p.Ethnicity, p.OriginCountry, p.Rulings))
            .ToListAsync(cancellationToken);
    }

    public sealed record PersonRow(string Name, string Slug, string? Ethnicity, string? OriginCountry, int Rulings);
}
