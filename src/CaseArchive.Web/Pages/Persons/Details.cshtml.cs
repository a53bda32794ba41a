using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using CaseArchive.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

public class DetailsModel(ReadOnlyArchiveDbContext db) : PageModel
{
    public Person Person { get; private set; } = null!;
    public IReadOnlyList<string> OtherNames { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public IReadOnlyList<RulingRow> Rulings { get; private set; } = [];
    public string? Summary { get; private set; }
    public IReadOnlyList<CaseLine> Cases { get; private set; } = [];
    public IReadOnlyList<RelatedPerson> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        // A blank address binds as null: it names no one.
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 200)
        {
            return NotFound();
        }
        var person = await db.Persons.AsNoTracking().VisibleToPublic()
            .Include(p => p.Names)
            .FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        OtherNames = person.Visibility == PersonVisibility.Public ? [.. person.Names.Select(n => n.Name)] : [];
        var parties = await db.CaseParties.AsNoTracking().Where(p => p.PersonId == person.Id)
            .Select(p => new { p.CaseId, p.Case.Title, p.Case.Kind, p.Case.Status, Court = p.Case.Court == null ? null : p.Case.Court.Name, CourtSlug = p.Case.Court == null ? null : p.Case.Court.Slug, p.Role })
            .ToListAsync(cancellationToken);
        Roles = [.. parties.Select(p => p.Role).Distinct().Select(Display.Words).Order()];

        // One redaction for every text of the page, prepared in one lookup.
        var redaction = Redaction.For(db);
        var timeline = await PersonTimeline.LoadAsync(db, person, redaction, cancellationToken, alsoPrepare: parties.Select(p => p.Title).Append(person.Summary));
        Timeline = timeline.Items;
        Summary = person.Visibility == PersonVisibility.Public && person.Summary is not null ? redaction.Apply(person.Summary) : null;
        Cases = [.. parties.GroupBy(p => p.CaseId).Select(g => g.First() is var c
            ? new CaseLine(redaction.Apply(c.Title), c.Kind, c.Status, c.Court, c.CourtSlug, [.. g.Select(p => Display.Words(p.Role)).Order()])
            : null!)];
        Related = await RelatedAsync(person, cancellationToken);
        // The table shows the timeline's rulings again, newest first.
        Rulings = [.. timeline.Rulings
            .OrderBy(r => r.Date is null ? 1 : 0).ThenByDescending(r => r.Date?.Year).ThenByDescending(r => r.Date?.Month).ThenByDescending(r => r.Date?.Day).ThenByDescending(r => r.Id)
            .Select(r => new RulingRow(r.Id, r.Date, person.PublicName, person.Slug, r.Court.Name, r.Court.Country, r.Outcome, r.SentenceKind, r.SentenceMonths, r.FineAmount)
            {
                PersonId = person.Id,
                CourtSlug = r.Court.Slug,
            })];
        return Page();
    }

    /// <summary>
    /// Persons in the same cases (judges, prosecutors, co-defendants) and persons reported in the same
    /// articles: public names only, withheld persons never.
    /// </summary>
    private async Task<IReadOnlyList<RelatedPerson>> RelatedAsync(Person person, CancellationToken cancellationToken)
    {
        var caseIds = db.CaseParties.Where(p => p.PersonId == person.Id).Select(p => p.CaseId);
        var sameCases = await db.CaseParties.AsNoTracking()
            .Where(p => caseIds.Contains(p.CaseId) && p.PersonId != person.Id && p.Person.Visibility != PersonVisibility.Withheld)
            .Select(p => new { p.Person.Slug, Name = p.Person.Visibility == PersonVisibility.Pseudonymised ? p.Person.Pseudonym! : p.Person.DisplayName, p.Role })
            .ToListAsync(cancellationToken);
        // The articles of the person's facts, one index-driven query per kind of fact (an OR across
        // the four joins would read every citation), looked up once.
        var sourceIds = await db.Citations.Where(c => c.PersonId == person.Id).Select(c => c.SourceId)
            .Union(db.Citations.Where(c => c.TimelineEvent != null && c.TimelineEvent.PersonId == person.Id).Select(c => c.SourceId))
            .Union(db.Citations.Where(c => c.DetentionClaim != null && c.DetentionClaim.PersonId == person.Id).Select(c => c.SourceId))
            .Union(db.Citations.Where(c => c.Ruling != null && c.Ruling.PersonId == person.Id).Select(c => c.SourceId))
            .ToListAsync(cancellationToken);
        var sameSources = await db.Citations.AsNoTracking()
            .Where(c => sourceIds.Contains(c.SourceId) && c.PersonId != null && c.PersonId != person.Id && c.Person!.Visibility != PersonVisibility.Withheld)
            .Select(c => new { c.Person!.Slug, Name = c.Person.Visibility == PersonVisibility.Pseudonymised ? c.Person.Pseudonym! : c.Person.DisplayName })
            .Distinct()
            .ToListAsync(cancellationToken);
        var related = sameCases.GroupBy(p => (p.Slug, p.Name))
            .Select(g => new RelatedPerson(g.Key.Name, g.Key.Slug, Display.Capitalise(string.Join(", ", g.Select(p => Display.Words(p.Role)).Distinct().Order())) + " in the same case"))
            .ToList();
        related.AddRange(sameSources.Where(s => related.All(r => r.Slug != s.Slug)).Select(s => new RelatedPerson(s.Name, s.Slug, "Reported in the same article")));
        return [.. related.OrderBy(r => r.How.EndsWith("in the same case", StringComparison.Ordinal) ? 0 : 1).ThenBy(r => r.Name).Take(30)];
    }

    public sealed record RelatedPerson(string Name, string Slug, string How);

    public sealed record CaseLine(string Title, CaseKind Kind, CaseStatus Status, string? Court, string? CourtSlug, IReadOnlyList<string> Roles);
}
