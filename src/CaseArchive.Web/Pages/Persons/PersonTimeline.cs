using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Extraction;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Localization;
using CaseArchive.Web.Pages.Rulings;
using CaseArchive.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

/// <summary>One step of a person's path: an event, a ruling or a claim, with the quotes it rests on.</summary>
public sealed record TimelineItem(PartialDate? Date, string Kind, string Text, string? Link, bool IsClaim, IReadOnlyList<CitedQuote> Citations);

/// <summary>
/// A person's timeline, shared by the person page and /persons/{slug}/timeline.json: events,
/// rulings and claims in date order (undated last), quotes redacted for the public.
/// </summary>
public static class PersonTimeline
{
    /// <summary>The timeline, and the person's rulings it was made from, as rows (their person's name left blank).</summary>
    public sealed record Loaded(IReadOnlyList<TimelineItem> Items, IReadOnlyList<RulingRow> Rulings);

    /// <summary>Loads the timeline (hidden names in its texts are redacted on the way out: PublicRedaction).</summary>
    public static async Task<Loaded> LoadAsync(ReadOnlyArchiveDbContext db, Person person, CancellationToken cancellationToken)
    {
        var events = await EventsOf(db, person.Id).ToListAsync(cancellationToken);
        var claims = await ClaimsOf(db, person.Id).ToListAsync(cancellationToken);
        var rulings = await RulingsOf(db, person.Id).ToListAsync(cancellationToken);
        // The key lists padded (PlanKeys), so that the statement is planned once per connection.
        var citations = await CitationsOf(db, PlanKeys.Of(events.Select(e => e.Id)), PlanKeys.Of(claims.Select(c => c.Id)), PlanKeys.Of(rulings.Select(r => r.Id)))
            .ToListAsync(cancellationToken);
        List<CitedQuote> CitedFor(Func<int?, int?, int?, bool> match) =>
            [.. citations.Where(c => match(c.TimelineEventId, c.DetentionClaimId, c.RulingId))
                .Select(c => c.Cited)
                .DistinctBy(c => (c.Quote, c.SourceTitle))];

        var items = new List<TimelineItem>();
        var rulingsOnTimeline = events.Where(e => e.RulingId is not null).Select(e => e.RulingId!.Value).ToHashSet();
        foreach (var e in events)
        {
            var ruling = rulings.FirstOrDefault(r => r.Id == e.RulingId);
            var text = ruling is not null
                ? $"{Display.Outcome(ruling.Outcome)}: {ruling.CourtName}" + (ruling.Sentence is string s ? $", {s.ToLower(System.Globalization.CultureInfo.CurrentCulture)}" : "")
                : Describe(e);
            var cited = CitedFor((eventId, _, rulingId) => eventId == e.Id || (ruling is not null && rulingId == ruling.Id));
            items.Add(new TimelineItem(e.Date, Display.Words(e.Kind), text, ruling is null ? null : $"/rulings/{ruling.Key}", false, cited));
        }
        foreach (var r in rulings.Where(r => !rulingsOnTimeline.Contains(r.Id)))
        {
            items.Add(new TimelineItem(r.Date, Display.Words(EventKind.Ruling), $"{Display.Outcome(r.Outcome)}: {r.CourtName}", $"/rulings/{r.Key}", false,
                CitedFor((_, _, rulingId) => rulingId == r.Id)));
        }
        foreach (var c in claims)
        {
            var text = $"{Display.Capitalise(Display.Words(c.Kind))}" + (c.Facility is null ? "" : $": {c.Facility}") + (c.Place is null ? "" : $", {c.Place}") + (c.Period is null ? "" : $", {c.Period}");
            items.Add(new TimelineItem(null, Texts.Get("claim"), text, null, true, CitedFor((_, claimId, _) => claimId == c.Id)));
        }
        return new Loaded([.. items.OrderBy(i => i.Date is null ? 1 : 0).ThenBy(i => i.Date)], rulings);
    }

    // The timeline's statements, compiled once (for the public pages' context), reading only the
    // columns the timeline shows. A date is read as its columns (RulingRow.DateOf).
    private static readonly Func<ReadOnlyArchiveDbContext, int, IAsyncEnumerable<EventRow>> EventsOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int personId) => db.Events.AsNoTracking().Where(PublicQueries.EventIsPublic).Where(e => e.PersonId == personId)
            .OrderBy(e => e.Id)
            .Select(e => new EventRow(e.Id, RulingRow.DateOf((int?)e.Date!.Year, e.Date!.Month, e.Date!.Day, (bool?)e.Date!.Inferred), e.Kind, e.Place, e.Description, e.RulingId)));

    private static readonly Func<ReadOnlyArchiveDbContext, int, IAsyncEnumerable<ClaimRow>> ClaimsOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int personId) => db.DetentionClaims.AsNoTracking().Where(PublicQueries.ClaimIsPublic).Where(c => c.PersonId == personId)
            .OrderBy(c => c.Id)
            .Select(c => new ClaimRow(c.Id, c.Kind, c.Facility, c.Place, c.Period)));

    private static readonly Func<ReadOnlyArchiveDbContext, int, IAsyncEnumerable<RulingRow>> RulingsOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int personId) => db.Rulings.AsNoTracking().Where(PublicQueries.RulingIsPublic).Where(r => r.PersonId == personId)
            .OrderBy(r => r.Id)
            .Select(r => new RulingRow(r.Id, RulingRow.DateOf((int?)r.Date!.Year, r.Date!.Month, r.Date!.Day, (bool?)r.Date!.Inferred), "", "",
                r.Court.Name, r.Court.Country, r.Outcome, r.SentenceKind, r.SentenceMonths, r.FineAmount)
            {
                Key = r.Key,
                PersonId = r.PersonId,
                CourtSlug = r.Court.Slug,
            }));

    private sealed record EventRow(int Id, PartialDate? Date, EventKind Kind, string? Place, string? Description, int? RulingId);

    private sealed record ClaimRow(int Id, ClaimKind Kind, string? Facility, string? Place, string? Period);

    private static readonly Func<ReadOnlyArchiveDbContext, int[], int[], int[], IAsyncEnumerable<CitedRow>> CitationsOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int[] eventIds, int[] claimIds, int[] rulingIds) => db.Citations.AsNoTracking().Where(PublicQueries.CitationIsPublished)
            .Where(c => (c.TimelineEventId != null && eventIds.Contains(c.TimelineEventId.Value))
                || (c.DetentionClaimId != null && claimIds.Contains(c.DetentionClaimId.Value))
                || (c.RulingId != null && rulingIds.Contains(c.RulingId.Value)))
            .OrderBy(c => c.Id)
            .Select(c => new CitedRow(c.TimelineEventId, c.DetentionClaimId, c.RulingId, new CitedQuote(c.Quote, c.Source.Title, c.Source.Outlet, c.Source.Url, c.Source.PublishedOn))));

    private sealed record CitedRow(int? TimelineEventId, int? DetentionClaimId, int? RulingId, CitedQuote Cited);

    private static string DescriptionOf(EventRow e) => e.Description ?? Display.Capitalise(Display.Words(e.Kind));

    private static string Describe(EventRow e)
    {
        var text = DescriptionOf(e);
        return e.Place is null || text.Contains(e.Place, StringComparison.OrdinalIgnoreCase) ? text : $"{text} ({e.Place})";
    }

    public static void MapPersonTimeline(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/persons/{slug}/timeline.json", TimelineJsonAsync).ExcludeFromDescription()
            .RequireRateLimiting(RateLimits.PublicPages).WithMetadata(new NoIndexAttribute());

    /// <summary>The timeline in Knight Lab TimelineJS's JSON, to embed from any site; undated steps listed on the title slide.</summary>
    private static async Task<IResult> TimelineJsonAsync(string? slug, HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 200)
        {
            return Results.NotFound();
        }
        var person = await db.Persons.AsNoTracking().VisibleToPublic().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (person is null)
        {
            return Results.NotFound();
        }
        // As on the person page: the statements in one operation, so that their compiled queries read the
        // same way whichever page runs them first (DetailsModel.OnGetAsync).
        IReadOnlyList<TimelineItem> items = [];
        await ArchiveExecutionStrategy.StreamingAsync(db, async token => items = (await LoadAsync(db, person, token)).Items, cancellationToken);
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        var summary = person.Shows(PersonFact.Summary) && person.Summary is not null ? Html(person.Summary) : "";
        // TimelineJS cannot place a step without a date: those are listed, marked undated, on the title slide.
        var undated = items.Where(i => i.Date is null).ToList();
        if (undated.Count > 0)
        {
            summary += "<p>Undated steps:</p><ul>" + string.Concat(undated.Select(i => $"<li>{Html(Display.Capitalise(i.Kind))} (undated): {Html(i.Text)}</li>")) + "</ul>";
        }
        var timeline = new TimelineJs(
            new TimelineJsSlide(null, new TimelineJsText(Html(person.PublicName), summary), null),
            [.. items.Where(i => i.Date is not null).Select(i => Slide(i, baseUrl))]);
        // Embedded on any site: any origin may read it, without credentials (no cookie is read here anyway).
        context.Response.Headers.AccessControlAllowOrigin = "*";
        context.Response.Headers.AccessControlAllowMethods = "GET";
        return Results.Json(timeline, TimelineJsOptions);
    }

    /// <summary>Knight Lab's embed of a timeline.json: the snippet a journalist pastes, and the preview's address.</summary>
    public static string EmbedAddress(string timelineJsonUrl) =>
        "https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=" + Uri.EscapeDataString(timelineJsonUrl) + "&font=Default&lang=en&initial_zoom=2&height=650";

    public static string EmbedSnippet(string timelineJsonUrl) =>
        $"<iframe src=\"{System.Net.WebUtility.HtmlEncode(EmbedAddress(timelineJsonUrl))}\" width=\"100%\" height=\"650\" webkitallowfullscreen mozallowfullscreen allowfullscreen frameborder=\"0\"></iframe>";

    // TimelineJS writes headline, text, caption and credit into the page as HTML: every text from the archive
    // is encoded, and the only markup is the app's own (its links only to http(s) addresses).
    private static TimelineJsSlide Slide(TimelineItem item, string baseUrl)
    {
        var date = item.Date!;
        var text = Html(item.Text);
        if (item.Date!.Inferred)
        {
            text += " <small>(year resolved from the article's date)</small>";
        }
        foreach (var cite in item.Citations)
        {
            var title = Html(cite.SourceTitle + (cite.Outlet is null ? "" : $", {cite.Outlet}"));
            var source = PublicAddress.IsSafe(cite.Url) ? $"<a href=\"{Html(cite.Url)}\">{title}</a>" : title;
            text += $"<blockquote>“{Html(cite.Quote)}”</blockquote><p>Source: {source}</p>";
        }
        if (item.Link is not null)
        {
            text += $"<p><a href=\"{Html(baseUrl + item.Link)}\">The record in CaseArchive</a></p>";
        }
        var first = item.Citations.Count > 0 ? item.Citations[0] : null;
        var credit = first is null ? null : string.Join(", ", new[] { first.Outlet, first.SourceTitle }.Where(s => s is not null));
        return new TimelineJsSlide(
            new TimelineJsDate(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture), Html(date.ToDisplayString())),
            new TimelineJsText(Html(Display.Capitalise(item.Kind)), text),
            MediaAddress(first?.Url) is string media ? new TimelineJsMedia(media, Html(credit), Html(first!.Quote)) : null);
    }

    private static string Html(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");

    // The media address as TimelineJS may write it into an attribute: http(s) only, with quotes and
    // brackets percent-encoded (Uri.AbsoluteUri leaves the apostrophe as it is).
    private static string? MediaAddress(string? url) =>
        PublicAddress.SafeOrNull(url) is string safe ? new Uri(safe).AbsoluteUri.Replace("'", "%27", StringComparison.Ordinal) : null;

    private static readonly System.Text.Json.JsonSerializerOptions TimelineJsOptions = new(ApiJson.Options)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record TimelineJs(TimelineJsSlide Title, IReadOnlyList<TimelineJsSlide> Events);

    public sealed record TimelineJsSlide(TimelineJsDate? StartDate, TimelineJsText Text, TimelineJsMedia? Media);

    public sealed record TimelineJsDate(string Year, string? Month, string? Day, string DisplayDate);

    public sealed record TimelineJsText(string Headline, string Text);

    public sealed record TimelineJsMedia(string Url, string? Credit, string Caption);
}
