using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using CaseArchive.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

public class DetailsModel(ArchiveDbContext db) : PageModel
{
    public Person Person { get; private set; } = null!;
    public IReadOnlyList<string> OtherNames { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public IReadOnlyList<RulingRow> Rulings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200)
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
        Roles = await db.CaseParties.Where(p => p.PersonId == person.Id).Select(p => p.Role).Distinct()
            .ToListAsync(cancellationToken) is var roles ? [.. roles.Select(Display.Words).Order()] : [];

        var events = await db.Events.AsNoTracking().Where(e => e.PersonId == person.Id).ToListAsync(cancellationToken);
        var claims = await db.DetentionClaims.AsNoTracking().Where(c => c.PersonId == person.Id).ToListAsync(cancellationToken);
        var rulings = await db.Rulings.AsNoTracking().Include(r => r.Court).Where(r => r.PersonId == person.Id).ToListAsync(cancellationToken);
        var eventIds = events.Select(e => e.Id).ToList();
        var claimIds = claims.Select(c => c.Id).ToList();
        var rulingIds = rulings.Select(r => r.Id).ToList();
        var citations = await db.Citations.AsNoTracking()
            .Where(c => eventIds.Contains(c.TimelineEventId!.Value) || claimIds.Contains(c.DetentionClaimId!.Value) || rulingIds.Contains(c.RulingId!.Value))
            .OrderBy(c => c.Id)
            .Select(c => new { c.TimelineEventId, c.DetentionClaimId, c.RulingId, Cited = new CitedQuote(c.Quote, c.Source.Title, c.Source.Outlet, c.Source.Url, c.Source.PublishedOn) })
            .ToListAsync(cancellationToken);
        var redaction = await Redaction.LoadAsync(db, cancellationToken);
        List<CitedQuote> CitedFor(Func<int?, int?, int?, bool> match) =>
            [.. citations.Where(c => match(c.TimelineEventId, c.DetentionClaimId, c.RulingId))
                .Select(c => c.Cited with { Quote = redaction.Apply(c.Cited.Quote) })
                .DistinctBy(c => (c.Quote, c.SourceTitle))];

        var items = new List<TimelineItem>();
        var rulingsOnTimeline = events.Where(e => e.RulingId is not null).Select(e => e.RulingId!.Value).ToHashSet();
        foreach (var e in events)
        {
            var ruling = rulings.FirstOrDefault(r => r.Id == e.RulingId);
            var text = ruling is not null
                ? $"{Display.Outcome(ruling.Outcome)}: {ruling.Court.Name}" + (Display.Sentence(ruling) is string s ? $", {s.ToLowerInvariant()}" : "")
                : Describe(e, redaction);
            var cited = CitedFor((eventId, _, rulingId) => eventId == e.Id || (ruling is not null && rulingId == ruling.Id));
            items.Add(new TimelineItem(e.Date, Display.Words(e.Kind), text, ruling is null ? null : $"/rulings/{ruling.Id}", false, cited));
        }
        foreach (var r in rulings.Where(r => !rulingsOnTimeline.Contains(r.Id)))
        {
            items.Add(new TimelineItem(r.Date, "ruling", $"{Display.Outcome(r.Outcome)}: {r.Court.Name}", $"/rulings/{r.Id}", false,
                CitedFor((_, _, rulingId) => rulingId == r.Id)));
        }
        foreach (var c in claims)
        {
            var text = $"{Display.Capitalise(Display.Words(c.Kind))}" + (c.Facility is null ? "" : $": {c.Facility}") + (c.Place is null ? "" : $", {c.Place}") + (c.Period is null ? "" : $", {c.Period}");
            items.Add(new TimelineItem(null, "claim", text, null, true, CitedFor((_, claimId, _) => claimId == c.Id)));
        }
        Timeline = [.. items.OrderBy(i => i.Date is null ? 1 : 0).ThenBy(i => i.Date)];
        Rulings = await RulingRow.From(RulingRow.Newest(db.Rulings.AsNoTracking().VisibleToPublic().Where(r => r.PersonId == person.Id))).ToListAsync(cancellationToken);
        return Page();
    }

    private static string Describe(TimelineEvent e, Redaction redaction)
    {
        var text = redaction.Apply(e.Description ?? Display.Capitalise(Display.Words(e.Kind)));
        return e.Place is null || text.Contains(e.Place, StringComparison.OrdinalIgnoreCase) ? text : $"{text} ({e.Place})";
    }

    public sealed record TimelineItem(PartialDate? Date, string Kind, string Text, string? Link, bool IsClaim, IReadOnlyList<CitedQuote> Citations);
}
