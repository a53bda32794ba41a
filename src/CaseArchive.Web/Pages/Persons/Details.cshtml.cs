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
        var person = await PersonBySlug(db, slug);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        OtherNames = person.Visibility == PersonVisibility.Public ? [.. person.Names.Select(n => n.Name)] : [];
        var parties = await PartiesOf(db, person.Id).ToListAsync(cancellationToken);
        Roles = [.. parties.Select(p => p.Role).Distinct().Select(Display.Words).Order()];

        // Hidden names in any of these texts are redacted on the way out (PublicRedaction).
        var timeline = await PersonTimeline.LoadAsync(db, person, cancellationToken);
        Timeline = timeline.Items;
        Summary = person.Shows(PersonFact.Summary) ? person.Summary : null;
        Cases = [.. parties.GroupBy(p => p.CaseId).Select(g => g.First() is var c
            ? new CaseLine(c.Title, c.Kind, c.Status, c.Court, c.CourtSlug, [.. g.Select(p => Display.Words(p.Role)).Order()])
            : null!)];
        Related = await RelatedAsync(person, cancellationToken);
        // The table shows the timeline's rulings again, newest first.
        Rulings = [.. timeline.Rulings
            .OrderBy(r => r.Date is null ? 1 : 0).ThenByDescending(r => r.Date?.Year).ThenByDescending(r => r.Date?.Month).ThenByDescending(r => r.Date?.Day).ThenByDescending(r => r.Id)
            .Select(r => r with { PersonName = person.PublicName, PersonSlug = person.Slug })];
        return Page();
    }

    /// <summary>
    /// Persons in the same cases (judges, prosecutors, co-defendants) and persons reported in the same
    /// articles: public names only, withheld persons never.
    /// </summary>
    private async Task<IReadOnlyList<RelatedPerson>> RelatedAsync(Person person, CancellationToken cancellationToken)
    {
        var sameCases = await SameCases(db, person.Id).ToListAsync(cancellationToken);
        var sameSources = await SameSources(db, person.Id).ToListAsync(cancellationToken);
        var related = sameCases.GroupBy(p => (p.Slug, p.Name))
            .Select(g => new RelatedPerson(g.Key.Name, g.Key.Slug, Display.Capitalise(string.Join(", ", g.Select(p => Display.Words(p.Role!.Value)).Distinct().Order())) + " in the same case"))
            .ToList();
        related.AddRange(sameSources.Where(s => related.All(r => r.Slug != s.Slug)).Select(s => new RelatedPerson(s.Name, s.Slug, "Reported in the same article")));
        return [.. related.OrderBy(r => r.How.EndsWith("in the same case", StringComparison.Ordinal) ? 0 : 1).ThenBy(r => r.Name).Take(30)];
    }

    // The page's statements, compiled once (for the public pages' context).
    private static readonly Func<ReadOnlyArchiveDbContext, string, Task<Person?>> PersonBySlug = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, string slug) => db.Persons.AsNoTracking().Where(PublicQueries.PersonIsPublic).Include(p => p.Names).FirstOrDefault(p => p.Slug == slug));

    private static readonly Func<ReadOnlyArchiveDbContext, int, IAsyncEnumerable<Party>> PartiesOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int personId) => db.CaseParties.AsNoTracking().Where(p => p.PersonId == personId)
            .Select(p => new Party(p.CaseId, p.Case.Title, p.Case.Kind, p.Case.Status, p.Case.Court == null ? null : p.Case.Court.Name, p.Case.Court == null ? null : p.Case.Court.Slug, p.Role)));

    private static readonly Func<ReadOnlyArchiveDbContext, int, IAsyncEnumerable<Named>> SameCases = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int personId) => db.CaseParties.AsNoTracking()
            .Where(p => db.CaseParties.Where(q => q.PersonId == personId).Select(q => q.CaseId).Contains(p.CaseId)
                && p.PersonId != personId && p.Person.Visibility != PersonVisibility.Withheld)
            .Select(p => new Named(p.Person.Slug, p.Person.Visibility == PersonVisibility.Pseudonymised ? p.Person.Pseudonym! : p.Person.DisplayName, p.Role)));

    // The articles of the person's facts, one index-driven lookup per kind of fact, united (an OR
    // across the four joins would read every citation); then the other persons they cite.
    private static readonly Func<ReadOnlyArchiveDbContext, int, IAsyncEnumerable<Named>> SameSources = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int personId) => db.Citations.AsNoTracking().Where(PublicQueries.CitationIsPublished)
            .Where(c => db.Citations.Where(PublicQueries.CitationIsPublished).Where(x => x.PersonId == personId).Select(x => x.SourceId)
                    .Union(db.Citations.Where(x => x.TimelineEvent != null && x.TimelineEvent.PersonId == personId).Select(x => x.SourceId))
                    .Union(db.Citations.Where(x => x.DetentionClaim != null && x.DetentionClaim.PersonId == personId).Select(x => x.SourceId))
                    .Union(db.Citations.Where(x => x.Ruling != null && x.Ruling.PersonId == personId).Select(x => x.SourceId))
                    .Contains(c.SourceId)
                && c.PersonId != null && c.PersonId != personId && c.Person!.Visibility != PersonVisibility.Withheld)
            .Select(c => new Named(c.Person!.Slug, c.Person.Visibility == PersonVisibility.Pseudonymised ? c.Person.Pseudonym! : c.Person.DisplayName, null))
            .Distinct());

    private sealed record Party(int CaseId, string Title, CaseKind Kind, CaseStatus Status, string? Court, string? CourtSlug, PartyRole Role);

    private sealed record Named(string Slug, string Name, PartyRole? Role);

    public sealed record RelatedPerson(string Name, string Slug, string How);

    public sealed record CaseLine(string Title, CaseKind Kind, CaseStatus Status, string? Court, string? CourtSlug, IReadOnlyList<string> Roles);
}
