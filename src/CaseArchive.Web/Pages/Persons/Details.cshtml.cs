using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Localization;
using CaseArchive.Web.Pages.Rulings;
using CaseArchive.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

public class DetailsModel(ReadOnlyArchiveDbContext db, RequestHiddenNames hiddenNames) : PageModel
{
    public Person Person { get; private set; } = null!;
    /// <summary>The name shown first: the public name, or its spelling in the reader's script.</summary>
    public string Name { get; private set; } = string.Empty;
    public IReadOnlyList<string> OtherNames { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public IReadOnlyList<RulingRow> Rulings { get; private set; } = [];
    public string? Summary { get; private set; }
    public IReadOnlyList<CaseLine> Cases { get; private set; } = [];
    public IReadOnlyList<RelatedPerson> Related { get; private set; } = [];
    public CiteThis Citation { get; private set; } = null!;

    /// <summary>The address of the timeline in TimelineJS's format, for the embed.</summary>
    public string TimelineJsonUrl { get; private set; } = string.Empty;

    /// <summary>The page, or with <c>?cite=bibtex|ris|csl-json</c> its citation as a download.</summary>
    public async Task<IActionResult> OnGetAsync(string? slug, string? cite, CancellationToken cancellationToken)
    {
        // A blank address binds as null: it names no one.
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 200)
        {
            return NotFound();
        }
        // The page's statements on one connection, taken from the pool once rather than once a statement,
        // in one operation: a dropped connection loads the whole page again (nothing is written before the
        // last statement has been read), so EF Core need not read each statement's rows twice, into a
        // buffer first (ArchiveExecutionStrategy.StreamingAsync).
        IActionResult result = NotFound();
        await ArchiveExecutionStrategy.StreamingAsync(db, async token =>
        {
            await db.Database.OpenConnectionAsync(token);
            try
            {
                result = await LoadAsync(slug, cite, token);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
        return result;
    }

    private async Task<IActionResult> LoadAsync(string slug, string? cite, CancellationToken cancellationToken)
    {
        var person = await PersonBySlug(db, slug);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        var address = $"{Request.Scheme}://{Request.Host}/persons/{person.Slug}";
        TimelineJsonUrl = address + "/timeline.json";
        Citation = new CiteThis(person.Slug, IsRuling: false, Localization.Texts.Format("{0}: a person's record of court cases", person.PublicName), null, null, address, DateOnly.FromDateTime(DateTime.UtcNow));
        if (cite is not null)
        {
            return Citation.Download(cite) ?? NotFound();
        }
        // A public person's name in the reader's script first, where the archive has that spelling; the pseudonym only, otherwise.
        Name = person.Visibility == PersonVisibility.Public ? Scripts.InReadersScript(person.DisplayName, person.Names.Select(n => n.Name)) : person.PublicName;
        OtherNames = person.Visibility == PersonVisibility.Public
            ? [.. person.Names.Select(n => n.Name).Prepend(person.DisplayName).Where(n => n != Name).Distinct()]
            : [];
        // The parts in the person's cases, the person's own and the other persons' in one statement.
        var parties = await PartiesInCasesOf(db, person.Id).ToListAsync(cancellationToken);
        var own = parties.Where(p => p.PersonId == person.Id).ToList();
        Roles = [.. own.Select(p => p.Role).Distinct().Select(Display.Words).Order()];

        // Hidden names in any of these texts are redacted on the way out (PublicRedaction).
        var timeline = await PersonTimeline.LoadAsync(db, person, cancellationToken);
        Timeline = timeline.Items;
        Summary = person.Shows(PersonFact.Summary) ? person.Summary : null;
        Cases = [.. own.GroupBy(p => p.CaseId).Select(g => g.First() is var c
            ? new CaseLine(c.Title, c.Kind, c.Status, c.Court, c.CourtSlug, [.. g.Select(p => Display.Words(p.Role)).Order()])
            : null!)];
        Related = await RelatedAsync(person, parties.Where(p => p.PersonId != person.Id), cancellationToken);
        // The table shows the timeline's rulings again, newest first.
        Rulings = [.. timeline.Rulings
            .OrderBy(r => r.Date is null ? 1 : 0).ThenByDescending(r => r.Date?.Year).ThenByDescending(r => r.Date?.Month).ThenByDescending(r => r.Date?.Day).ThenByDescending(r => r.Id)
            .Select(r => r with { PersonName = person.PublicName, PersonSlug = person.Slug })];
        // The hidden names the page is redacted with, read on the page's open connection so the
        // middleware needs no connection of its own.
        await hiddenNames.CurrentAsync(() => db, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Persons in the same cases (judges, prosecutors, co-defendants) and persons reported in the same
    /// articles: public names only, withheld persons never.
    /// </summary>
    private async Task<IReadOnlyList<RelatedPerson>> RelatedAsync(Person person, IEnumerable<Party> sameCases, CancellationToken cancellationToken)
    {
        var sameSources = await SameSources(db, person.Id).ToListAsync(cancellationToken);
        var related = sameCases.GroupBy(p => (p.Slug, p.Name))
            .Select(g => new RelatedPerson(g.Key.Name, g.Key.Slug, Display.Capitalise(string.Join(", ", g.Select(p => Display.Words(p.Role)).Distinct().Order()))))
            .Select(r => r with { How = Texts.Format("{0} in the same case", r.How) })
            .ToList();
        var sameCaseCount = related.Count;
        related.AddRange(sameSources.Where(s => related.All(r => r.Slug != s.Slug)).Select(s => new RelatedPerson(s.Name, s.Slug, Texts.Get("Reported in the same article"))));
        // Persons of the same cases first (those were added first), then persons of the same articles.
        return [.. related.Select((r, i) => (r, SameCase: i < sameCaseCount)).OrderBy(x => x.SameCase ? 0 : 1).ThenBy(x => x.r.Name).Select(x => x.r).Take(30)];
    }

    // The page's statements, compiled once (for the public pages' context).
    private static readonly Func<ReadOnlyArchiveDbContext, string, Task<Person?>> PersonBySlug = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, string slug) => db.Persons.AsNoTracking().Where(PublicQueries.PersonIsPublic).Include(p => p.Names).FirstOrDefault(p => p.Slug == slug));

    // Every part in the cases the person has a part in, in the order of the cases: the person's own
    // (the page's cases and roles), and the other persons' that the public may see (related persons).
    private static readonly Func<ReadOnlyArchiveDbContext, int, IAsyncEnumerable<Party>> PartiesInCasesOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int personId) => db.CaseParties.AsNoTracking()
            .Where(p => db.CaseParties.Where(q => q.PersonId == personId).Select(q => q.CaseId).Contains(p.CaseId)
                && (p.PersonId == personId || p.Person.Visibility != PersonVisibility.Withheld))
            .OrderBy(p => p.CaseId).ThenBy(p => p.Id)
            .Select(p => new Party(p.PersonId, p.CaseId, p.Case.Title, p.Case.Kind, p.Case.Status, p.Case.Court == null ? null : p.Case.Court.Name, p.Case.Court == null ? null : p.Case.Court.Slug, p.Role,
                p.Person.Slug, p.Person.Visibility == PersonVisibility.Pseudonymised ? p.Person.Pseudonym! : p.Person.DisplayName)));

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
            .Select(c => new Named(c.Person!.Slug, c.Person.Visibility == PersonVisibility.Pseudonymised ? c.Person.Pseudonym! : c.Person.DisplayName))
            .Distinct());

    /// <summary>A part in a case: the case, and the person (by the name the public sees) in their role.</summary>
    private sealed record Party(int PersonId, int CaseId, string Title, CaseKind Kind, CaseStatus Status, string? Court, string? CourtSlug, PartyRole Role, string Slug, string Name);

    private sealed record Named(string Slug, string Name);

    public sealed record RelatedPerson(string Name, string Slug, string How);

    public sealed record CaseLine(string Title, CaseKind Kind, CaseStatus Status, string? Court, string? CourtSlug, IReadOnlyList<string> Roles);
}
