using System.Globalization;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Persons;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace CaseArchive.Web.Api;

/// <summary>
/// The JSON API, version 1: rulings, persons and courts with the list's filters and keyset
/// paging (a `next` link), and type-ahead suggestions. Public records only, as on the pages.
/// </summary>
public static class ArchiveApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static void MapArchiveApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Archive").RequireRateLimiting(RateLimits.PublicApi);
        api.MapGet("/rulings", RulingsAsync).WithName("ListRulings").AddOpenApiOperationTransformer(DescribeFilters)
            .WithSummary("Rulings, filtered as on /rulings")
            .WithDescription("Query string: q, outcome, verdict, court, country, origin, charge, ethnicity, claim, judge (each may repeat), year_from, year_to, sort (date|relevance), limit (1-200), after (from `next`).");
        // A person's and a ruling's record, like their pages, are kept out of search engines (NoIndexAttribute).
        api.MapGet("/rulings/{id}", RulingAsync).WithName("GetRuling").WithMetadata(new NoIndexAttribute())
            .WithSummary("One ruling by its id (the key in its address, /rulings/{id}); 404 with problem details when there is no public one");
        api.MapGet("/persons", PersonsAsync).WithName("ListPersons").AddOpenApiOperationTransformer(DescribeFilters)
            .WithSummary("Persons: q matches names in any spelling; the ruling filters keep persons with a matching ruling");
        api.MapGet("/persons/{slug}", PersonAsync).WithName("GetPerson").WithMetadata(new NoIndexAttribute())
            .WithSummary("One person by the slug of their address; 404 with problem details when there is no public one");
        api.MapGet("/courts", CourtsAsync).WithName("ListCourts").AddOpenApiOperationTransformer(DescribeFilters)
            .WithSummary("Courts, with the number of their rulings that the filters select");
        api.MapGet("/courts/{slug}", CourtAsync).WithName("GetCourt")
            .WithSummary("One court by the slug of its address; 404 with problem details when there is none");
        api.MapGet("/suggest", SuggestAsync).WithName("Suggest")
            .WithSummary("Type-ahead: names (any spelling) and courts matching the start of a query");
    }

    /// <summary>The filters are read from the query string by <see cref="RulingFilter"/>: this lists them in the OpenAPI document.</summary>
    private static Task DescribeFilters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        void Add(string name, string description, JsonSchemaType type = JsonSchemaType.String, IEnumerable<string>? values = null)
        {
            var schema = new OpenApiSchema { Type = type };
            if (values is not null)
            {
                schema.Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)v)];
            }
            operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema });
        }
        Add("q", "Full text over names (any spelling or alphabet), courts, charges, claims and quotes; websearch syntax. At most 200 characters.");
        Add("outcome", "Outcome for the person's presence; may repeat.", values: Enum.GetValues<Outcome>().Select(VocabularyText.ToText));
        Add("verdict", "Verdict; may repeat.", values: Enum.GetValues<Verdict>().Select(VocabularyText.ToText));
        Add("court", "A court's slug; may repeat.");
        Add("country", "Country of the court; may repeat.");
        Add("origin", "Country the person fled (as shown: a pseudonymised person's only when marked safe to show); may repeat.");
        Add("charge", "A charge, lower_snake_case; may repeat.");
        Add("ethnicity", "The person's ethnicity (as shown: a pseudonymised person's only when marked safe to show); may repeat.");
        Add("claim", "Kind of detention claim the person made; may repeat.", values: Enum.GetValues<ClaimKind>().Select(VocabularyText.ToText));
        Add("judge", "The judge's name, in any spelling or alphabet (matched as names are); may repeat.");
        Add("year_from", "First year of the ruling, inclusive.", JsonSchemaType.Integer);
        Add("year_to", "Last year of the ruling, inclusive.", JsonSchemaType.Integer);
        Add("sort", "date (newest first) or relevance (with q).", values: ["date", "relevance"]);
        Add("limit", $"Results per page, 1 to {MaxLimit} (default {DefaultLimit}).", JsonSchemaType.Integer);
        Add("after", "Where the page starts: take it from the `next` link of the previous page.");
        return Task.CompletedTask;
    }

    public sealed record Page<T>(long Count, bool CountIsEstimate, string? Next, IReadOnlyList<T> Results);

    public sealed record PersonRecord(string Slug, string Name, string Url, string? Ethnicity, string? OriginCountry, IReadOnlyList<string> OtherNames, int Rulings);

    public sealed record CourtRecord(string Slug, string Name, string Url, string? Town, string? Region, string Country, string Level, int Rulings);

    public sealed record Suggestion(string Label, string Url, string Kind, string? Matched);

    public sealed record Suggestions(IReadOnlyList<Suggestion> Names, IReadOnlyList<Suggestion> Courts);

    private static async Task<Results<Ok<Page<RulingRecord>>, ProblemHttpResult>> RulingsAsync(HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        var (filter, limit, problem) = Read(context);
        if (filter is null)
        {
            return problem!;
        }
        RulingCursor? after = null;
        if (context.Request.Query.TryGetValue("after", out var cursor) && !RulingCursor.TryUnseal(cursor.ToString(), filter.Q is null ? RulingSort.Date : filter.Sort, RulingCursor.Protector(context.RequestServices), out after))
        {
            return Problem(["after is not a place in this list: use the `next` link of the previous page."]);
        }
        filter = await filter.ResolveAsync(db, cancellationToken, fuzzyFallback: false);
        IReadOnlyList<int> ids;
        RulingCursor? nextPage;
        ResultCount count;
        if (filter.Q is not null)
        {
            // As the list answers a text search: one read of the matches' facts (see RulingMatches).
            var matches = (await RulingMatches.LoadAsync(db, filter, cancellationToken))!;
            (filter, count) = (matches.Filter, matches.Count() with { IsEstimate = matches.Sampled });
            (ids, nextPage) = matches.Page(after, limit);
        }
        else
        {
            var filtered = filter.Apply(filter.Rows(db));
            count = await RulingSearch.CountAsync(db, filtered, cancellationToken);
            (ids, nextPage) = await RulingSearch.PageIdsAsync(filtered, filter, after, limit, cancellationToken);
        }
        var ordered = await RulingRecord.OfAsync(db, ids, RulingExports.BaseUrl(context), cancellationToken);
        var next = nextPage is null ? null : Link(context, filter, "/api/v1/rulings", nextPage.Seal(RulingCursor.Protector(context.RequestServices)), limit);
        return TypedResults.Ok(new Page<RulingRecord>(count.Value, count.IsEstimate, next, ordered));
    }

    private static async Task<Results<Ok<Page<PersonRecord>>, ProblemHttpResult>> PersonsAsync(HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        var (filter, limit, problem) = Read(context);
        if (filter is null)
        {
            return problem!;
        }
        // Paged by slug, not id: an id in a `next` link would tie a person's earlier public record (same
        // id) to their pseudonym, and its gaps would count hidden persons.
        var afterSlug = context.Request.Query.TryGetValue("after", out var rawAfter) ? rawAfter.ToString() : "";
        if (afterSlug.Length > 200)
        {
            return Problem(["after must be the slug that the `next` link gives."]);
        }
        filter = await filter.ResolveAsync(db, cancellationToken, fuzzyFallback: false);
        var persons = db.Persons.AsNoTracking().VisibleToPublic();
        if (filter.Q is not null)
        {
            persons = await persons.MatchingNameAsync(filter.Q, cancellationToken);
        }
        // Every other parameter means what it means on /rulings: a person is kept when one of their rulings is.
        var rulingFilter = filter with { Q = null };
        var rulings = rulingFilter.Rulings(db);
        if (!rulingFilter.IsEmpty)
        {
            persons = persons.Where(p => rulings.Any(r => r.PersonId == p.Id));
        }
        var total = await RulingSearch.CountAsync(db, persons.Select(p => p.Id), cancellationToken);
        var rows = await PersonRows(persons.Where(p => string.Compare(p.Slug, afterSlug) > 0).OrderBy(p => p.Slug).Take(limit + 1), rulings)
            .ToListAsync(cancellationToken);
        var baseUrl = RulingExports.BaseUrl(context);
        var results = rows.Take(limit).Select(p => p.ToRecord(baseUrl)).ToList();
        var next = rows.Count > limit ? Link(context, filter, "/api/v1/persons", rows[limit - 1].Slug, limit) : null;
        return TypedResults.Ok(new Page<PersonRecord>(total.Value, total.IsEstimate, next, results));
    }

    /// <summary>What the API gives of a person, as read: the public name only (the pseudonym for a pseudonymised person, no other spelling).</summary>
    private sealed record PersonRow(string Slug, string Name, string? Ethnicity, string? OriginCountry, List<string> OtherNames, int Rulings)
    {
        public PersonRecord ToRecord(string baseUrl) => new(Slug, Name, $"{baseUrl}/persons/{Slug}", Ethnicity, OriginCountry, OtherNames, Rulings);
    }

    /// <summary>Persons already limited to the public, each with the number of the given rulings that are theirs.</summary>
    private static IQueryable<PersonRow> PersonRows(IQueryable<Person> persons, IQueryable<Ruling> rulings) => persons.Select(p => new PersonRow(
        p.Slug,
        p.Visibility == PersonVisibility.Pseudonymised ? p.Pseudonym! : p.DisplayName,
        p.PublicEthnicity,
        p.PublicOriginCountry,
        p.Visibility == PersonVisibility.Public ? p.Names.Select(n => n.Name).ToList() : new List<string>(),
        rulings.Count(r => r.PersonId == p.Id)));

    private static async Task<Results<Ok<RulingRecord>, ProblemHttpResult>> RulingAsync(string id, HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        var found = id.Length > 100 ? [] : await RulingRecord.ReadAsync(db, db.Rulings.AsNoTracking().VisibleToPublic().Where(r => r.Key == id), RulingExports.BaseUrl(context), cancellationToken);
        return found.Count == 1 ? TypedResults.Ok(found[0]) : NotFound("ruling");
    }

    private static async Task<Results<Ok<PersonRecord>, ProblemHttpResult>> PersonAsync(string slug, HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        // A withheld person is missing here as everywhere public: the same statement, the same answer.
        var found = slug.Length > 200 ? null : await PersonRows(db.Persons.AsNoTracking().VisibleToPublic().Where(p => p.Slug == slug), db.Rulings.VisibleToPublic())
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? NotFound("person") : TypedResults.Ok(found.ToRecord(RulingExports.BaseUrl(context)));
    }

    private static async Task<Results<Ok<CourtRecord>, ProblemHttpResult>> CourtAsync(string slug, HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        var rulings = db.Rulings.VisibleToPublic();
        var found = slug.Length > 200 ? null : await db.Courts.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Slug, c.Name, c.Town, c.Region, c.Country, c.Level, Rulings = rulings.Count(r => r.CourtId == c.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? NotFound("court")
            : TypedResults.Ok(new CourtRecord(found.Slug, found.Name, $"{RulingExports.BaseUrl(context)}/courts/{found.Slug}", found.Town, found.Region, found.Country, VocabularyText.ToText(found.Level), found.Rulings));
    }

    /// <summary>
    /// A missing record, in RFC 9457 problem details. The address asked for is not repeated: a person's old
    /// slug can hold their name.
    /// </summary>
    private static ProblemHttpResult NotFound(string kind) =>
        TypedResults.Problem(
            title: "Not found",
            detail: $"No public {kind} has this address.",
            statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Page<CourtRecord>>, ProblemHttpResult>> CourtsAsync(HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        var (filter, limit, problem) = Read(context);
        if (filter is null)
        {
            return problem!;
        }
        if (!TryAfterId(context, out var afterId))
        {
            return Problem(["after must be the id that the `next` link gives."]);
        }
        filter = await filter.ResolveAsync(db, cancellationToken);
        var rulings = filter.Rulings(db);
        var courts = db.Courts.AsNoTracking().AsQueryable();
        if (!filter.IsEmpty)
        {
            courts = courts.Where(c => rulings.Any(r => r.CourtId == c.Id));
        }
        var total = await courts.CountAsync(cancellationToken);
        var rows = await courts.Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(limit + 1)
            .Select(c => new { c.Id, c.Slug, c.Name, c.Town, c.Region, c.Country, c.Level, Rulings = rulings.Count(r => r.CourtId == c.Id) })
            .ToListAsync(cancellationToken);
        var baseUrl = RulingExports.BaseUrl(context);
        var results = rows.Take(limit).Select(c => new CourtRecord(c.Slug, c.Name, $"{baseUrl}/courts/{c.Slug}", c.Town, c.Region, c.Country, VocabularyText.ToText(c.Level), c.Rulings)).ToList();
        var next = rows.Count > limit ? Link(context, filter, "/api/v1/courts", rows[limit - 1].Id.ToString(CultureInfo.InvariantCulture), limit) : null;
        return TypedResults.Ok(new Page<CourtRecord>(total, false, next, results));
    }

    private static async Task<Results<Ok<Suggestions>, ProblemHttpResult>> SuggestAsync(string? q, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(new Suggestions([], []));
        }
        if (q.Length > 100 || q.Any(char.IsControl))
        {
            return Problem(["q must be at most 100 characters, without control characters."]);
        }
        var folded = NameFolding.Fold(q);
        var persons = await PersonSearch.FindAsync(db, q, 8, cancellationToken);
        var start = folded + "%";
        var courts = folded.Length == 0 ? [] : await db.Courts.AsNoTracking()
            .Where(c => EF.Functions.Like(c.FoldedName, start) || EF.Functions.Like(c.FoldedName, "% " + start)
                || (folded.Length >= 4 && EF.Functions.TrigramsAreWordSimilar(folded, c.FoldedName)))
            .OrderBy(c => c.Name).Take(5)
            .Select(c => new Suggestion(c.Name, $"/courts/{c.Slug}", "court", null))
            .ToListAsync(cancellationToken);
        var names = persons.Select(p => new Suggestion(p.Name, $"/persons/{p.Slug}", "person", p.Matched)).ToList();
        return TypedResults.Ok(new Suggestions(names, courts));
    }

    private static (RulingFilter? Filter, int Limit, ProblemHttpResult? Problem) Read(HttpContext context)
    {
        var parsed = RulingFilter.Parse(context.Request.Query, ReaderWords.Of(context));
        var errors = parsed.Errors.ToList();
        var limit = DefaultLimit;
        if (context.Request.Query.TryGetValue("limit", out var raw)
            && !(int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit))
        {
            errors.Add($"limit must be a whole number from 1 to {MaxLimit}.");
        }
        return errors.Count > 0 || parsed.Filter is null ? (null, 0, Problem(errors)) : (parsed.Filter, limit, null);
    }

    private static bool TryAfterId(HttpContext context, out int afterId)
    {
        afterId = 0;
        return !context.Request.Query.TryGetValue("after", out var raw)
            || (int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out afterId) && afterId >= 0);
    }

    private static string Link(HttpContext context, RulingFilter filter, string path, string after, int limit)
    {
        var query = filter.ToQueryString(ReaderWords.Of(context), "after", after);
        if (limit != DefaultLimit)
        {
            query += $"&limit={limit}";
        }
        return $"{RulingExports.BaseUrl(context)}{path}{query}";
    }

    private static ProblemHttpResult Problem(IReadOnlyList<string> errors) =>
        TypedResults.Problem(
            title: "The query string could not be read",
            detail: string.Join(" ", errors),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
