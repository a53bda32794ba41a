using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Localization;
using CaseArchive.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

public class DetailsModel(ReadOnlyArchiveDbContext db) : PageModel
{
    public Ruling Ruling { get; private set; } = null!;
    public string PersonName { get; private set; } = string.Empty;
    public Person? Judge { get; private set; }
    public Person? Prosecutor { get; private set; }
    public string CaseTitle { get; private set; } = string.Empty;
    public string? Summary { get; private set; }
    public IReadOnlyList<CitedQuote> Citations { get; private set; } = [];
    public string Permalink { get; private set; } = string.Empty;
    public CiteThis Citation { get; private set; } = null!;

    /// <summary>The page, or with <c>?cite=bibtex|ris|csl-json</c> its citation as a download.</summary>
    public async Task<IActionResult> OnGetAsync(string key, string? cite, CancellationToken cancellationToken)
    {
        // The address is the ruling's key (OpaqueKeys), never its id: a key given up answers 404.
        if (!OpaqueKeys.IsWellFormed(key))
        {
            return NotFound();
        }
        var ruling = await db.Rulings.AsNoTracking().VisibleToPublic()
            .Include(r => r.Person).Include(r => r.Court).Include(r => r.Case)
            .Include(r => r.Judge).Include(r => r.Prosecutor)
            .FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (ruling is null)
        {
            return NotFound();
        }
        var id = ruling.Id;
        Ruling = ruling;
        PersonName = ruling.Person.PublicName;
        Judge = ruling.Judge.ShownToPublic();
        Prosecutor = ruling.Prosecutor.ShownToPublic();
        Citations = await db.Citations.AsNoTracking().VisibleToPublic()
            .Where(c => c.RulingId == id)
            .OrderBy(c => c.Id)
            .Select(c => new CitedQuote(c.Quote, c.Source.Title, c.Source.Outlet, c.Source.Url, c.Source.PublishedOn))
            .ToListAsync(cancellationToken);
        // Hidden names in these texts are redacted on the way out (PublicRedaction).
        CaseTitle = ruling.Case.Title;
        Summary = ruling.Summary;
        Permalink = $"{Request.Scheme}://{Request.Host}/rulings/{key}";
        Citation = new CiteThis(key, IsRuling: true,
            $"{PersonName}: {Display.Outcome(ruling.Outcome).ToLowerInvariant()}, {ruling.Court.Name} ({Localization.Texts.Data(ruling.Court.Country)})",
            ruling.Court.Name, ruling.Date, Permalink, DateOnly.FromDateTime(DateTime.UtcNow));
        if (cite is not null)
        {
            return Citation.Download(cite) ?? NotFound();
        }
        return Page();
    }
}
