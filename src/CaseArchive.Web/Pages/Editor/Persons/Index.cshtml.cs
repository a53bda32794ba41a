using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Persons;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Row> Persons { get; private set; } = [];

    public sealed record Row(int Id, string DisplayName, string? Pseudonym, PersonVisibility Visibility, int Names, string Slug);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var persons = db.Persons.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            // Any spelling, in any alphabet: the folded forms are compared.
            var folded = NameFolding.Fold(Query);
            persons = persons.Where(p => p.FoldedName.Contains(folded) || p.Names.Any(n => n.FoldedName.Contains(folded)));
        }
        Persons = await persons.OrderBy(p => p.DisplayName)
            .Select(p => new Row(p.Id, p.DisplayName, p.Pseudonym, p.Visibility, p.Names.Count, p.Slug))
            .Take(500)
            .ToListAsync(cancellationToken);
    }
}
