using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Statistics;

public class IndexModel(ReadOnlyArchiveDbContext db) : PageModel
{
    public RulingFilter Filter { get; private set; } = RulingFilter.None;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(string Label, IReadOnlyDictionary<Outcome, int> Counts)> ByYear { get; private set; } = [];
    public IReadOnlyList<(string Label, IReadOnlyDictionary<Outcome, int> Counts)> ByCountry { get; private set; } = [];

    public OutcomeTable YearTable => new("Outcomes by year", "Year", ByYear);
    public OutcomeTable CountryTable => new("Outcomes by country of the court", "Country", ByCountry);

    public sealed record OutcomeTable(string Caption, string Heading, IReadOnlyList<(string Label, IReadOnlyDictionary<Outcome, int> Counts)> Rows);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = RulingFilter.Parse(Request.Query);
        if (parsed.Filter is null)
        {
            Errors = parsed.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Filter = await parsed.Filter.WithFuzzyFallbackAsync(db.Rulings.AsNoTracking().VisibleToPublic(), cancellationToken);
        var rulings = Filter.Apply(db.Rulings.AsNoTracking().VisibleToPublic());

        var years = await rulings.GroupBy(r => new { Year = r.Date == null ? (int?)null : r.Date.Year, r.Outcome })
            .Select(g => new { g.Key.Year, g.Key.Outcome, Count = g.Count() }).ToListAsync(cancellationToken);
        ByYear = [.. years.GroupBy(y => y.Year).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => (g.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Date not reported",
                (IReadOnlyDictionary<Outcome, int>)g.ToDictionary(x => x.Outcome, x => x.Count)))];

        var countries = await rulings.GroupBy(r => new { r.Court.Country, r.Outcome })
            .Select(g => new { g.Key.Country, g.Key.Outcome, Count = g.Count() }).ToListAsync(cancellationToken);
        ByCountry = [.. countries.GroupBy(c => c.Country).OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyDictionary<Outcome, int>)g.ToDictionary(x => x.Outcome, x => x.Count)))];
        Total = years.Sum(y => y.Count);
        return Page();
    }
}
