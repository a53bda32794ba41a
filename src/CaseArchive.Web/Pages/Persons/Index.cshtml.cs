using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

public class IndexModel(ReadOnlyArchiveDbContext db) : PageModel
{
    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];

    /// <summary>A name in any spelling or alphabet.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Q is { Length: > RulingFilter.MaxQueryLength } || (Q?.Any(char.IsControl) ?? false))
        {
            return BadRequest();
        }
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        var persons = db.Persons.AsNoTracking().VisibleToPublic();
        if (Q is not null)
        {
            persons = await persons.MatchingNameAsync(Q, cancellationToken);
        }
        // Most rulings first, from the counts the database keeps (person_ruling_counts), not a count of each person's rulings.
        Rows = await (
            from p in persons
            join c in db.Set<PersonRulingCount>() on p.Id equals c.PersonId
            select new
            {
                Name = p.Visibility == PersonVisibility.Pseudonymised ? p.Pseudonym! : p.DisplayName,
                p.Slug,
                Ethnicity = p.PublicEthnicity,
                OriginCountry = p.PublicOriginCountry,
                c.Rulings,
            })
            .OrderByDescending(p => p.Rulings).ThenBy(p => p.Name)
            .Take(500)
            .Select(p => new PersonRow(p.Name, p.Slug, p.Ethnicity, p.OriginCountry, p.Rulings))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record PersonRow(string Name, string Slug, string? Ethnicity, string? OriginCountry, int Rulings);
}
