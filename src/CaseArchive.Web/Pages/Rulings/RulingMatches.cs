using System.Linq.Expressions;
using CaseArchive.Domain;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>What the filters, the facets and the order read of one ruling a search matched.</summary>
public sealed record RulingFacts(
    int Id, DateOnly? DateKey, int? Year, float Rank, Outcome Outcome, Verdict? Verdict,
    string CourtSlug, string CourtName, string Country, string? Origin, string? Ethnicity, List<string> Charges,
    bool Detained, bool Threatened, bool RelativeDetained, bool WorkedInFacility, bool Persecution)
{
    public bool Has(ClaimKind kind) => kind switch
    {
        ClaimKind.Detained => Detained,
        ClaimKind.Threatened => Threatened,
        ClaimKind.RelativeDetained => RelativeDetained,
        ClaimKind.WorkedInFacility => WorkedInFacility,
        ClaimKind.Persecution => Persecution,
        _ => false,
    };
}

/// <summary>
/// A text search answered from one statement: a search names a person or a few words, so it
/// matches few rulings, and the facts of all of them (at most <see cref="RulingFilter.ResolvedMatchLimit"/>)
/// come in one read. The count, every facet and the page's order are then worked out here, exactly
/// as <see cref="RulingFilter.Apply"/>, <see cref="RulingSearch.FacetsAsync"/> and
/// <see cref="RulingSearch.Ordered"/> do in SQL, instead of a dozen statements each matching again.
/// </summary>
public sealed class RulingMatches
{
    private readonly IReadOnlyList<RulingFacts> _facts;

    private RulingMatches(RulingFilter filter, IReadOnlyList<RulingFacts> facts)
    {
        Filter = filter;
        _facts = facts;
    }

    /// <summary>The filter, its matches resolved (and <see cref="RulingFilter.Fuzzy"/> when the words matched nothing).</summary>
    public RulingFilter Filter { get; }

    /// <summary>
    /// More than <see cref="RulingFilter.ResolvedMatchLimit"/> rulings match: nothing is held, and the
    /// caller takes the SQL path with <see cref="Filter"/> (its matching a subquery, <see cref="RulingFilter.Fuzzy"/> decided).
    /// </summary>
    public bool TooMany { get; private init; }

    /// <summary>The matches of a text query's filter (<see cref="TooMany"/> when they are too many to hold), or null when there is no query.</summary>
    public static async Task<RulingMatches?> LoadAsync(ReadOnlyArchiveDbContext db, RulingFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Q is null)
        {
            return null;
        }
        var facts = filter.Fuzzy ? [] : await ByWords(db, filter.Q, filter.FoldedQ ?? string.Empty).ToListAsync(cancellationToken);
        if (facts.Count == 0 && filter.CanMatchFuzzily)
        {
            filter = filter with { Fuzzy = true };
            facts = await filter.Matching(db.Rulings.AsNoTracking().VisibleToPublic())
                .Select(r => new RankedRuling { Ruling = r, Rank = 0f }).Select(Facts)
                .Take(RulingFilter.ResolvedMatchLimit + 1).ToListAsync(cancellationToken);
        }
        return facts.Count > RulingFilter.ResolvedMatchLimit
            ? new RulingMatches(filter, []) { TooMany = true }
            : new RulingMatches(filter with { MatchedIds = [.. facts.Select(f => f.Id)] }, facts);
    }

    private sealed class RankedRuling
    {
        public required Ruling Ruling { get; init; }
        public float Rank { get; init; }
    }

    private static readonly Expression<Func<RankedRuling, RulingFacts>> Facts = x => new RulingFacts(
        x.Ruling.Id,
        EF.Property<DateOnly?>(x.Ruling, RulingConfiguration.DateKey),
        x.Ruling.Date == null ? (int?)null : x.Ruling.Date.Year,
        x.Rank,
        x.Ruling.Outcome,
        x.Ruling.Verdict,
        x.Ruling.Court.Slug,
        x.Ruling.Court.Name,
        x.Ruling.Court.Country,
        x.Ruling.Person.OriginCountry,
        x.Ruling.Person.Visibility == PersonVisibility.Public ? x.Ruling.Person.Ethnicity : null,
        x.Ruling.Charges,
        // Counted, not Any(): PostgreSQL may run an EXISTS as a hash of every claim of that kind,
        // built five times over when it expects a thousand matches (542 ms against 120 ms for
        // one search at 1,000,000 rulings, docs/performance.md); a count is looked up per person.
        x.Ruling.Person.Claims.Count(c => c.Kind == ClaimKind.Detained) > 0,
        x.Ruling.Person.Claims.Count(c => c.Kind == ClaimKind.Threatened) > 0,
        x.Ruling.Person.Claims.Count(c => c.Kind == ClaimKind.RelativeDetained) > 0,
        x.Ruling.Person.Claims.Count(c => c.Kind == ClaimKind.WorkedInFacility) > 0,
        x.Ruling.Person.Claims.Count(c => c.Kind == ClaimKind.Persecution) > 0);

    /// <summary>
    /// The facts of the public rulings whose document holds the query's words (as typed or folded:
    /// <see cref="RulingFilter.Matching"/> without <see cref="RulingFilter.Fuzzy"/>), with their rank:
    /// compiled once, as the search's hottest statement (for the public pages' context: a compiled
    /// query keeps the model of the first context it ran on).
    /// </summary>
    private static readonly Func<ReadOnlyArchiveDbContext, string, string, IAsyncEnumerable<RulingFacts>> ByWords = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, string q, string folded) => db.Rulings.AsNoTracking().Where(PublicQueries.RulingIsPublic)
            .Where(r => r.SearchDocument!.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("simple", q).Or(EF.Functions.WebSearchToTsQuery("simple", folded))))
            .Select(r => new RankedRuling
            {
                Ruling = r,
                Rank = r.SearchDocument!.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("simple", q).Or(EF.Functions.WebSearchToTsQuery("simple", folded))),
            })
            .Select(Facts)
            .Take(RulingFilter.ResolvedMatchLimit + 1));

    /// <summary>The matches every filter keeps: exactly <see cref="RulingFilter.Apply"/>.</summary>
    public IEnumerable<RulingFacts> Filtered(string? except = null) => _facts.Where(f => Keeps(Filter, f, except));

    public ResultCount Count() => new(Filtered().Count(), false);

    /// <summary>The ids of a page in the filter's order after the cursor, and the cursor of the page after it.</summary>
    public (IReadOnlyList<int> Ids, RulingCursor? Next) Page(RulingCursor? after, int size)
    {
        var relevance = Filter.Sort == RulingSort.Relevance;
        var rows = Filtered();
        if (relevance)
        {
            if (after is not null)
            {
                rows = rows.Where(f => f.Rank < after.Rank || (f.Rank == after.Rank && f.Id < after.Id));
            }
            rows = rows.OrderByDescending(f => f.Rank).ThenByDescending(f => f.Id);
        }
        else
        {
            if (after is not null)
            {
                rows = after.DateKey is DateOnly key
                    ? rows.Where(f => f.DateKey < key || (f.DateKey == key && f.Id < after.Id) || f.DateKey is null)
                    : rows.Where(f => f.DateKey is null && f.Id < after.Id);
            }
            rows = rows.OrderBy(f => f.DateKey is null).ThenByDescending(f => f.DateKey).ThenByDescending(f => f.Id);
        }
        var keys = rows.Take(size + 1).ToList();
        RulingCursor? next = null;
        if (keys.Count > size)
        {
            var last = keys[size - 1];
            next = new RulingCursor(relevance ? RulingSort.Relevance : RulingSort.Date, last.DateKey, relevance ? last.Rank : 0f, last.Id);
        }
        return ([.. keys.Take(size).Select(f => f.Id)], next);
    }

    /// <summary>For each filter, its values with the number of matches each would show given the other filters: <see cref="RulingSearch.FacetsAsync"/>.</summary>
    public IReadOnlyList<Facet> Facets()
    {
        var filter = Filter;
        List<(TKey Key, int Count)> Grouped<TKey>(string except, Func<RulingFacts, IEnumerable<TKey>> keys) =>
            [.. Filtered(except).SelectMany(keys).GroupBy(k => k).Select(g => (g.Key, g.Count()))];
        static IEnumerable<T> One<T>(T? value) where T : class => value is null ? [] : [value];
        // As in SQL: most counted first, then by name (a court's) or value, the first 100.
        static List<(string Value, string Label, int Count)> Top(IEnumerable<(string Value, string Label, int Count)> counted, bool byLabel = false) =>
            [.. counted.OrderByDescending(c => c.Count).ThenBy(c => byLabel ? c.Label : c.Value, StringComparer.Ordinal).Take(100)];

        var outcomes = Grouped<Outcome>("outcome", f => [f.Outcome]);
        var verdicts = Grouped<Verdict>("verdict", f => f.Verdict is Verdict v ? [v] : []);
        var courts = Grouped<(string CourtSlug, string CourtName)>("court", f => [(f.CourtSlug, f.CourtName)]);
        var countries = Grouped<string>("country", f => [f.Country]);
        var origins = Grouped("origin", f => One(f.Origin));
        var charges = Grouped("charge", f => f.Charges);
        var ethnicities = Grouped("ethnicity", f => One(f.Ethnicity));
        var withClaims = Filtered("claim").ToList();
        return
        [
            new Facet("outcome", "Outcome", [.. Enum.GetValues<Outcome>().Select(o => new FacetValue(
                VocabularyText.ToText(o), Infrastructure.Display.Outcome(o), outcomes.FirstOrDefault(x => x.Key == o).Count, filter.Outcomes.Contains(o)))]),
            new Facet("verdict", "Verdict", [.. Enum.GetValues<Verdict>().Select(v => new FacetValue(
                VocabularyText.ToText(v), Infrastructure.Display.Capitalise(VocabularyText.ToWords(v)), verdicts.FirstOrDefault(x => x.Key == v).Count, filter.Verdicts.Contains(v)))]),
            new Facet("court", "Court", RulingSearch.Values(Top(courts.Select(c => (c.Key.CourtSlug, c.Key.CourtName, c.Count)), byLabel: true), filter.Courts)),
            new Facet("country", "Country of the court", RulingSearch.Values(Top(countries.Select(c => (c.Key, c.Key, c.Count))), filter.Countries)),
            new Facet("origin", "Fled from", RulingSearch.Values(Top(origins.Select(c => (c.Key, c.Key, c.Count))), filter.Origins)),
            new Facet("charge", "Charge", RulingSearch.Values(Top(charges.Select(c => (c.Key, Infrastructure.Display.Charge(c.Key), c.Count))), filter.Charges)),
            new Facet("ethnicity", "Ethnicity", RulingSearch.Values(Top(ethnicities.Select(c => (c.Key, c.Key, c.Count))), filter.Ethnicities)),
            new Facet("claim", "Detention claim", [.. Enum.GetValues<ClaimKind>().Select(kind => new FacetValue(
                VocabularyText.ToText(kind), Infrastructure.Display.Capitalise(VocabularyText.ToWords(kind)), withClaims.Count(f => f.Has(kind)), filter.Claims.Contains(kind)))]),
        ];
    }

    /// <summary>Whether the filters (all but <paramref name="except"/>) keep a match: the C# twin of <see cref="RulingFilter.Apply"/>.</summary>
    private static bool Keeps(RulingFilter filter, RulingFacts f, string? except)
    {
        static bool Lower(IReadOnlyList<string> values, string? value) =>
            value is not null && values.Any(v => string.Equals(v.ToLowerInvariant(), value.ToLowerInvariant(), StringComparison.Ordinal));
        return (filter.Outcomes.Count == 0 || except == "outcome" || filter.Outcomes.Contains(f.Outcome))
            && (filter.Verdicts.Count == 0 || except == "verdict" || (f.Verdict is Verdict v && filter.Verdicts.Contains(v)))
            && (filter.Courts.Count == 0 || except == "court" || filter.Courts.Contains(f.CourtSlug, StringComparer.Ordinal))
            && (filter.Countries.Count == 0 || except == "country" || Lower(filter.Countries, f.Country))
            && (filter.Origins.Count == 0 || except == "origin" || Lower(filter.Origins, f.Origin))
            && (filter.Charges.Count == 0 || except == "charge" || f.Charges.Any(c => filter.Charges.Contains(c, StringComparer.Ordinal)))
            && (filter.Ethnicities.Count == 0 || except == "ethnicity" || Lower(filter.Ethnicities, f.Ethnicity))
            && (filter.Claims.Count == 0 || except == "claim" || filter.Claims.Any(f.Has))
            && (filter.YearFrom is not int from || except == "year" || f.Year >= from)
            && (filter.YearTo is not int to || except == "year" || f.Year <= to);
    }
}
