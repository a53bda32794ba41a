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
    public IReadOnlyList<FilterMessage> Errors { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(string Label, IReadOnlyDictionary<Outcome, int> Counts)> ByYear { get; private set; } = [];
    public IReadOnlyList<(string Label, IReadOnlyDictionary<Outcome, int> Counts)> ByCountry { get; private set; } = [];

    public OutcomeTable YearTable => new("Outcomes by year", "Year", ByYear);
    public OutcomeTable CountryTable => new("Outcomes by country of the court", "Country", ByCountry);

    public sealed record OutcomeTable(string Caption, string Heading, IReadOnlyList<(string Label, IReadOnlyDictionary<Outcome, int> Counts)> Rows);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = RulingFilter.Parse(Request.Query, ReaderWords.Of(HttpContext));
        if (parsed.Filter is null)
        {
            Errors = parsed.ErrorMessages;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Filter = await parsed.Filter.ResolveAsync(db, cancellationToken);
        // One read of the facts' index of counts, by year, country and outcome; both tables are sums of it.
        var counts = await Filter.Apply(Filter.Rows(db))
            .GroupBy(f => new { f.Year, f.Country, f.Outcome })
            .Select(g => new { g.Key.Year, g.Key.Country, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        ByYear = [.. counts.GroupBy(y => y.Year).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => (g.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Localization.Texts.Get("Date not reported"), Sums(g.Select(x => (x.Outcome, x.Count)))))];
        ByCountry = [.. counts.GroupBy(c => c.Country).OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key)
            .Select(g => (g.Key, Sums(g.Select(x => (x.Outcome, x.Count)))))];
        Total = counts.Sum(y => y.Count);
        return Page();
    }

    private static Dictionary<Outcome, int> Sums(IEnumerable<(Outcome Outcome, int Count)> counts) =>
        counts.GroupBy(c => c.Outcome).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
}
