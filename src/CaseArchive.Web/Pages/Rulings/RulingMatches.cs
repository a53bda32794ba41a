using System.Collections.Concurrent;
using System.Linq.Expressions;
using CaseArchive.Domain;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>
/// A text search answered from one statement: a search names a person or a few words, so it
/// matches few rulings, and the facts of all of them (at most <see cref="HeldLimit"/>)
/// come in one read (<see cref="RulingFilter.Rows"/>). The count, every facet and the page's order are then
/// worked out here with the filter's own conditions compiled (<see cref="RulingFilter.FailedFilter"/>), as
/// <see cref="RulingFilter.Apply"/>, <see cref="RulingSearch.FacetsAsync"/> and <see cref="RulingSearch.Ordered"/>
/// do in SQL, instead of a dozen statements each matching again (measured: docs/architecture.md).
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
    /// More than <see cref="HeldLimit"/> rulings hold the words (a common given name alone: "Kairat"
    /// matches 51,708 of a million): the matches held are the first <see cref="HeldLimit"/> found, and
    /// the count, the facets and the pages cover those, as the page says. Reading every match grows with
    /// their number (each one's document and facts read from a different page), and the SQL path runs a
    /// dozen statements each matching again; a search that narrow words or a filter
    /// would make exact stays a sample, bounded by design.
    /// </summary>
    public bool Sampled { get; private init; }

    /// <summary>
    /// The most matches held in memory: a full name matches tens or hundreds of rulings (1,427 at most
    /// in 500 drawn from a million), each a row of facts of about 200 bytes.
    /// </summary>
    public const int HeldLimit = 10_000;

    /// <summary>The matches of a text query's filter (<see cref="Sampled"/> when they are too many to hold), or null when there is no query.</summary>
    public static Task<RulingMatches?> LoadAsync(ReadOnlyArchiveDbContext db, RulingFilter filter, CancellationToken cancellationToken) =>
        LoadAsync(db, filter, HeldLimit, cancellationToken);

    /// <summary>The same, holding at most <paramref name="heldLimit"/> matches (the tests' way to a sampled search without 10,001 rulings).</summary>
    internal static async Task<RulingMatches?> LoadAsync(ReadOnlyArchiveDbContext db, RulingFilter filter, int heldLimit, CancellationToken cancellationToken)
    {
        if (filter.Q is null)
        {
            return null;
        }
        var facts = filter.Fuzzy ? [] : await MatchedFacts(db, heldLimit + 1)(db, filter.Q, filter.FoldedQ!).ToListAsync(cancellationToken);
        if (facts.Count == 0 && !filter.Fuzzy && filter.CanMatchFuzzily)
        {
            filter = filter with { Fuzzy = true };
        }
        if (filter.Fuzzy)
        {
            facts = await filter.Rows(db).Take(heldLimit + 1).ToListAsync(cancellationToken);
        }
        if (facts.Count > heldLimit)
        {
            facts.RemoveAt(heldLimit);
            return new RulingMatches(filter, facts) { Sampled = true };
        }
        return new RulingMatches(filter, facts);
    }

    private static readonly ConcurrentDictionary<int, Func<ReadOnlyArchiveDbContext, string, string, IAsyncEnumerable<RulingFacts>>> MatchedFactsUpTo = new();

    /// <summary>
    /// The facts of the rulings a text query's words match (<see cref="RulingFilter.Rows"/> of a query as typed and
    /// folded, not fuzzy), at most <paramref name="limit"/>: compiled once per limit, since the search runs it on every request.
    /// </summary>
    private static Func<ReadOnlyArchiveDbContext, string, string, IAsyncEnumerable<RulingFacts>> MatchedFacts(ReadOnlyArchiveDbContext db, int limit) =>
        MatchedFactsUpTo.GetOrAdd(limit, _ => CompiledOnce.Query((typed, folded) => RulingFilter.RowsOf(db, typed, folded, fuzzy: false).Take(limit)));

    /// <summary>
    /// The matches every filter (but <paramref name="except"/>) keeps: <see cref="RulingFilter.Apply"/>'s conditions.
    /// The matches are sorted once, by the filters they fail, so that the page, the count and the eight
    /// facets (each leaving its own filter out) read them without testing every filter again each time.
    /// </summary>
    public IEnumerable<RulingFacts> Filtered(string? except = null)
    {
        var (kept, keptButBy) = _sorted ??= SortByFailedFilter();
        return except is not null && keptButBy.TryGetValue(except, out var more) ? kept.Concat(more) : kept;
    }

    private (List<RulingFacts> Kept, Dictionary<string, List<RulingFacts>> KeptButBy)? _sorted;

    /// <summary>The matches every filter keeps, and those that only one filter turns away, by that filter.</summary>
    private (List<RulingFacts>, Dictionary<string, List<RulingFacts>>) SortByFailedFilter()
    {
        var failedFilter = Filter.FailedFilter();
        var kept = new List<RulingFacts>(_facts.Count);
        var keptButBy = new Dictionary<string, List<RulingFacts>>(StringComparer.Ordinal);
        foreach (var f in _facts)
        {
            var failed = failedFilter(f);
            if (failed is null)
            {
                continue;
            }
            if (failed.Length == 0)
            {
                kept.Add(f);
            }
            else if (keptButBy.TryGetValue(failed, out var list))
            {
                list.Add(f);
            }
            else
            {
                keptButBy[failed] = [f];
            }
        }
        return (kept, keptButBy);
    }

    public ResultCount Count() => new(Filtered().Count(), false);

    /// <summary>The ids of a page in the filter's order after the cursor, and the cursor of the page after it.</summary>
    public (IReadOnlyList<int> Ids, RulingCursor? Next) Page(RulingCursor? after, int size)
    {
        var byRank = RulingOrder.ByRank(Filter);
        var keys = RulingOrder.Apply(Filtered(), byRank, after).Take(size + 1).ToList();
        var next = keys.Count > size ? RulingOrder.CursorAfter(keys[size - 1], byRank) : null;
        return ([.. keys.Take(size).Select(f => f.Id)], next);
    }

    /// <summary>
    /// For each filter, its values with the number of matches each would show given the other filters:
    /// <see cref="RulingSearch.FacetsAsync"/>. One pass: a match every filter keeps counts in every facet,
    /// one that a single filter turns away counts only in that filter's own.
    /// </summary>
    public IReadOnlyList<Facet> Facets()
    {
        var filter = Filter;
        var counts = new FacetCounts();
        var (kept, keptButBy) = _sorted ??= SortByFailedFilter();
        foreach (var f in kept)
        {
            counts.Add(f, null);
        }
        foreach (var (facet, matches) in keptButBy)
        {
            foreach (var f in matches)
            {
                counts.Add(f, facet);
            }
        }
        // As in SQL: most counted first, then by name (a court's) or value, the first 100.
        static List<(string Value, string Label, int Count)> Top(IEnumerable<(string Value, string Label, int Count)> counted, bool byLabel = false) =>
            [.. counted.OrderByDescending(c => c.Count).ThenBy(c => byLabel ? c.Label : c.Value, StringComparer.Ordinal).Take(100)];

        return
        [
            new Facet("outcome", "Outcome", [.. Enum.GetValues<Outcome>().Select(o => new FacetValue(
                VocabularyText.ToText(o), Infrastructure.Display.Outcome(o), counts.Outcomes.GetValueOrDefault(o), filter.Outcomes.Contains(o)))]),
            new Facet("verdict", "Verdict", [.. Enum.GetValues<Verdict>().Select(v => new FacetValue(
                VocabularyText.ToText(v), Infrastructure.Display.Capitalise(VocabularyText.ToWords(v)), counts.Verdicts.GetValueOrDefault(v), filter.Verdicts.Contains(v)))]),
            new Facet("court", "Court", RulingSearch.Values(Top(counts.Courts.Select(c => (c.Key.Slug, c.Key.Name, c.Value)), byLabel: true), filter.Courts)),
            new Facet("country", "Country of the court", RulingSearch.Values(Top(counts.Countries.Select(c => (c.Key, c.Key, c.Value))), filter.Countries)),
            new Facet("origin", "Fled from", RulingSearch.Values(Top(counts.Origins.Select(c => (c.Key, c.Key, c.Value))), filter.Origins)),
            new Facet("charge", "Charge", RulingSearch.Values(Top(counts.Charges.Select(c => (c.Key, Infrastructure.Display.Charge(c.Key), c.Value))), filter.Charges)),
            new Facet("ethnicity", "Ethnicity", RulingSearch.Values(Top(counts.Ethnicities.Select(c => (c.Key, c.Key, c.Value))), filter.Ethnicities)),
            new Facet("claim", "Detention claim", [.. Enum.GetValues<ClaimKind>().Select(kind => new FacetValue(
                VocabularyText.ToText(kind), Infrastructure.Display.Capitalise(VocabularyText.ToWords(kind)), counts.Claims.GetValueOrDefault(kind), filter.Claims.Contains(kind)))]),
        ];
    }

    /// <summary>The counts of every facet's values, a match at a time.</summary>
    private sealed class FacetCounts
    {
        public Dictionary<Outcome, int> Outcomes { get; } = [];
        public Dictionary<Verdict, int> Verdicts { get; } = [];
        public Dictionary<(string Slug, string Name), int> Courts { get; } = [];
        public Dictionary<string, int> Countries { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Origins { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Charges { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Ethnicities { get; } = new(StringComparer.Ordinal);
        public Dictionary<ClaimKind, int> Claims { get; } = [];

        /// <summary>Counts a match in every facet (<paramref name="only"/> null) or in that one alone.</summary>
        public void Add(RulingFacts f, string? only)
        {
            if (only is null or "outcome")
            {
                Increment(Outcomes, f.Outcome);
            }
            if (only is null or "verdict" && f.Verdict is Verdict verdict)
            {
                Increment(Verdicts, verdict);
            }
            if (only is null or "court")
            {
                Increment(Courts, (f.CourtSlug, f.CourtName));
            }
            if (only is null or "country")
            {
                Increment(Countries, f.Country);
            }
            if (only is null or "origin" && f.Origin is string origin)
            {
                Increment(Origins, origin);
            }
            if (only is null or "charge")
            {
                foreach (var charge in f.Charges)
                {
                    Increment(Charges, charge);
                }
            }
            if (only is null or "ethnicity" && f.Ethnicity is string ethnicity)
            {
                Increment(Ethnicities, ethnicity);
            }
            if (only is null or "claim")
            {
                foreach (var kind in Enum.GetValues<ClaimKind>())
                {
                    if (f.Has(kind))
                    {
                        Increment(Claims, kind);
                    }
                }
            }
        }

        private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
            counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
