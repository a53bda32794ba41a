using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Courts;

public class DetailsModel(ReadOnlyArchiveDbContext db) : PageModel
{
    public Court Court { get; private set; } = null!;

    /// <summary>Rulings by year (undated as null) and outcome: the table of the page.</summary>
    public IReadOnlyList<(int? Year, Outcome Outcome, int Count)> ByYearAndOutcome { get; private set; } = [];
    public IReadOnlyList<(string Name, string Slug, int Rulings)> Judges { get; private set; } = [];
    public IReadOnlyList<RulingRow> Rulings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        // A blank address binds as null: it names no one.
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 200)
        {
            return NotFound();
        }
        var court = await db.Courts.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (court is null)
        {
            return NotFound();
        }
        Court = court;
        // Both counts from the index of the public counts (court, year, outcome, judge) alone.
        var facts = db.Set<RulingSearchFacts>().Where(f => f.IsPublic && f.CourtId == court.Id);
        var counts = await facts.GroupBy(f => new { f.DateYear, f.Outcome })
            .Select(g => new { g.Key.DateYear, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        ByYearAndOutcome = [.. counts.Select(c => (c.DateYear, c.Outcome, c.Count))];
        // Judges of its rulings, as the public may see them: a withheld judge is left out, a pseudonymised one shown by pseudonym.
        var judges = await (
            from j in facts.Where(f => f.JudgeId != null).GroupBy(f => f.JudgeId).Select(g => new { Id = g.Key, Count = g.Count() })
            join p in db.Persons.VisibleToPublic() on j.Id equals p.Id
            select new { Name = p.Visibility == PersonVisibility.Pseudonymised ? p.Pseudonym! : p.DisplayName, p.Slug, j.Count })
            .OrderByDescending(j => j.Count).ThenBy(j => j.Name)
            .ToListAsync(cancellationToken);
        Judges = [.. judges.Select(j => (j.Name, j.Slug, j.Count))];
        var rulings = db.Rulings.AsNoTracking().VisibleToPublic().Where(r => r.CourtId == court.Id);
        Rulings = await RulingRow.From(RulingSearch.Ordered(rulings, RulingFilter.None)).Take(200).ToListAsync(cancellationToken);
        return Page();
    }
}
