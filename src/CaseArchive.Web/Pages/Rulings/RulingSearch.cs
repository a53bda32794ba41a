using System.Linq.Expressions;
using System.Text.Json;
using CaseArchive.Domain;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>A count that stays cheap: exact up to a limit, the planner's estimate beyond it.</summary>
public sealed record ResultCount(long Value, bool IsEstimate)
{
    public string Words(string noun) => IsEstimate ? $"about {Value:N0} {noun}" : $"{Value:N0} {noun}";
}

/// <summary>One value of a facet with the number of rulings it would show.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

public sealed record Facet(string Parameter, string Label, IReadOnlyList<FacetValue> Values);

/// <summary>One page of a filtered list: its rows and where the next one starts.</summary>
public sealed record RulingPage(IReadOnlyList<RulingRow> Rows, RulingCursor? Next);

/// <summary>The query pieces the list, the API and the exports share: ordering, keyset paging, counts, facets.</summary>
public static class RulingSearch
{
    public const int ExactCountLimit = 10_000;

    /// <summary>Facets count at most this many rulings per facet: exact when the filter selects no more, a sample beyond.</summary>
    public const int FacetSampleLimit = 10_000;

    /// <summary>Rulings in the filter's order (<see cref="RulingOrder"/>).</summary>
    public static IQueryable<Ruling> Ordered(IQueryable<Ruling> rulings, RulingFilter filter) => RulingOrder.Apply(rulings, filter);

    /// <summary>A filter's facts (<see cref="RulingFilter.Rows"/>) in its order after the cursor (<see cref="RulingOrder"/>): how lists page.</summary>
    public static IQueryable<RulingFacts> Ordered(IQueryable<RulingFacts> rows, RulingFilter filter, RulingCursor? after = null) =>
        RulingOrder.Apply(rows, RulingOrder.ByRank(filter), after);

    /// <summary>A page of rows after the cursor, and the cursor of the page after it, from the filtered facts (<see cref="RulingFilter.Apply"/>).</summary>
    public static async Task<RulingPage> PageAsync(ReadOnlyArchiveDbContext db, IQueryable<RulingFacts> filtered, RulingFilter filter, RulingCursor? after, int size, CancellationToken cancellationToken)
    {
        var (ids, next) = await PageIdsAsync(filtered, filter, after, size, cancellationToken);
        return new RulingPage(await RowsAsync(db, ids, filter, cancellationToken), next);
    }

    /// <summary>The ids of a page after the cursor, in order, and the cursor of the page after it.</summary>
    public static async Task<(List<int> Ids, RulingCursor? Next)> PageIdsAsync(IQueryable<RulingFacts> filtered, RulingFilter filter, RulingCursor? after, int size, CancellationToken cancellationToken)
    {
        var byRank = RulingOrder.ByRank(filter);
        var keys = await Ordered(filtered, filter, after).Select(f => new RulingFacts { Id = f.Id, DateKey = f.DateKey, Rank = byRank ? f.Rank : 0f })
            .Take(size + 1).ToListAsync(cancellationToken);
        var next = keys.Count > size ? RulingOrder.CursorAfter(keys[size - 1], byRank) : null;
        return ([.. keys.Take(size).Select(k => k.Id)], next);
    }

    /// <summary>The rows of these rulings in this order, saying which spelling a text query met.</summary>
    public static async Task<List<RulingRow>> RowsAsync(ReadOnlyArchiveDbContext db, IReadOnlyList<int> ids, RulingFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Q is not null)
        {
            return await SpelledRowsAsync(db, ids, filter.Q, cancellationToken);
        }
        var rows = await RowsOf(db, PlanKeys.Of(ids)).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        // A ruling that is no longer public (its person withheld since its id was found) is left out.
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    // The list's hot statements, compiled once for the public pages' context (a compiled query
    // keeps the model of the first context it ran on, so every caller reads through that context).
    // Their key lists are padded (PlanKeys), so that each is planned once per connection.
    private static readonly Func<ReadOnlyArchiveDbContext, int[], IAsyncEnumerable<RulingRow>> RowsOf = EF.CompileAsyncQuery(
        // The public rule again, though the ids come from public reads: the search's ids come from its facts,
        // which triggers keep, and the row shown is checked against the person as it is now.
        (ReadOnlyArchiveDbContext db, int[] ids) => db.Rulings.AsNoTracking().Where(PublicQueries.RulingIsPublic).Where(r => ids.Contains(r.Id)).Select(RulingRow.Projection));

    /// <summary>
    /// A text search's rows, each saying which spelling of its person's name the query met, from one
    /// statement: the rows joined to their persons' spellings, a row per spelling, where a second statement
    /// for the spellings would cost a third of the search's statements. A spelling of a person who is not
    /// public (pseudonymised) never leaves the database: the statement returns null in its place.
    /// </summary>
    private static async Task<List<RulingRow>> SpelledRowsAsync(ReadOnlyArchiveDbContext db, IReadOnlyList<int> ids, string q, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<int, (RulingRow Row, List<string> Spellings)>();
        await foreach (var (row, spelling) in SpelledRowsOf(db, PlanKeys.Of(ids)).WithCancellation(cancellationToken))
        {
            if (!byId.TryGetValue(row.Id, out var found))
            {
                byId[row.Id] = found = (row, []);
            }
            if (spelling is not null)
            {
                found.Spellings.Add(spelling);
            }
        }
        var matched = new Dictionary<int, string?>();
        var rows = new List<RulingRow>(byId.Count);
        // A ruling that is no longer public (its person withheld since its id was found) is left out.
        foreach (var id in ids)
        {
            if (!byId.TryGetValue(id, out var found))
            {
                continue;
            }
            var (row, spellings) = found;
            if (!matched.TryGetValue(row.PersonId, out var spelling))
            {
                matched[row.PersonId] = spelling = spellings.Count == 0 ? null : MatchedSpelling(q, row.PersonName, spellings);
            }
            rows.Add(spelling is null ? row : row with { MatchedSpelling = spelling });
        }
        return rows;
    }

    private sealed record SpelledRow(RulingRow Row, string? Spelling);

    private sealed class RulingAndSpelling
    {
        public required Ruling Ruling { get; init; }
        public PersonName? Spelling { get; init; }
    }

    /// <summary><see cref="RulingRow.Projection"/> of the ruling, with the spelling when its person is public.</summary>
    private static readonly Expression<Func<RulingAndSpelling, SpelledRow>> Spelled = SpelledProjection();

    private static Expression<Func<RulingAndSpelling, SpelledRow>> SpelledProjection()
    {
        Expression<Func<RulingAndSpelling, string?>> spelling = x => x.Ruling.Person.Visibility == PersonVisibility.Public ? x.Spelling!.Name : null;
        var match = spelling.Parameters[0];
        var row = ReplacingExpressionVisitor.Replace(
            RulingRow.Projection.Parameters[0], Expression.Property(match, nameof(RulingAndSpelling.Ruling)), RulingRow.Projection.Body);
        return Expression.Lambda<Func<RulingAndSpelling, SpelledRow>>(
            Expression.New(typeof(SpelledRow).GetConstructor([typeof(RulingRow), typeof(string)])!, row, spelling.Body), match);
    }

    // The spellings in the order entered (the first matching spelling wins a tie), each row as RulingRow.Projection.
    // (Not IgnoreQueryFilters for the spellings' filter, which only repeats that their person is not deleted:
    // it would lift every filter of the statement, the rulings' and courts' too.)
    private static readonly Func<ReadOnlyArchiveDbContext, int[], IAsyncEnumerable<SpelledRow>> SpelledRowsOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int[] ids) => db.Rulings.AsNoTracking().Where(PublicQueries.RulingIsPublic).Where(r => ids.Contains(r.Id))
            .LeftJoin(db.Set<PersonName>(), r => r.PersonId, n => n.PersonId, (r, n) => new RulingAndSpelling { Ruling = r, Spelling = n })
            .OrderBy(x => x.Spelling!.Id)
            .Select(Spelled));

    /// <summary>
    /// The spelling the query names: one holding a word of the query as typed, else one holding
    /// it once folded ("Sayragul Sauytbai" → "Sayragul Sauytbay"); null when it is the display name or none.
    /// </summary>
    public static string? MatchedSpelling(string q, string displayName, IReadOnlyList<string> names)
    {
        var words = q.Split([' ', ',', '"', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        var foldedWords = words.Select(w => NameFolding.Fold(w)).Where(w => w.Length >= 3).ToList();
        var all = names.Prepend(displayName).ToList();
        string? Best(Func<string, int> score) => all.Select(s => (s, score: score(s))).Where(x => x.score > 0).OrderByDescending(x => x.score).Select(x => x.s).FirstOrDefault();
        var literal = Best(s => words.Count(w => s.Split(' ').Any(part => part.StartsWith(w, StringComparison.OrdinalIgnoreCase))));
        var best = literal ?? Best(s => foldedWords.Count(w => NameFolding.Fold(s).Split(' ').Any(part => part.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(part, StringComparison.Ordinal))));
        return best is null || best == displayName ? null : best;
    }

    /// <summary>
    /// Exact when at most <paramref name="exactUpTo"/> rows match; otherwise PostgreSQL's estimate
    /// (EXPLAIN), marked so. The estimate comes first: when the planner expects more than the limit,
    /// the rows are not counted at all (finding 10,001 of a million rows through a filter, with each
    /// one's person checked, costs more than the rest of a page).
    /// </summary>
    public static async Task<ResultCount> CountAsync<T>(ArchiveDbContext db, IQueryable<T> rows, CancellationToken cancellationToken, int exactUpTo = ExactCountLimit)
    {
        var estimate = await EstimateAsync(db, rows, cancellationToken);
        if (estimate > exactUpTo)
        {
            return new ResultCount(estimate, true);
        }
        var upTo = await rows.Take(exactUpTo + 1).CountAsync(cancellationToken);
        // The planner's guess can be below what was counted: never show less than that.
        return upTo <= exactUpTo ? new ResultCount(upTo, false) : new ResultCount(Math.Max(estimate, upTo), true);
    }

    /// <summary>The planner's estimate of the rows a query returns.</summary>
    private static async Task<long> EstimateAsync<T>(ArchiveDbContext db, IQueryable<T> rows, CancellationToken cancellationToken)
    {
        await using var command = rows.CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var plan = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "[]";
            using var json = JsonDocument.Parse(plan);
            return (long)json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The count of a filter\'s rulings: <see cref="CountAsync{T}"/> over their ids.</summary>
    public static Task<ResultCount> CountAsync(ArchiveDbContext db, IQueryable<RulingFacts> filtered, CancellationToken cancellationToken, int exactUpTo = ExactCountLimit) =>
        CountAsync(db, filtered.Select(f => f.Id), cancellationToken, exactUpTo);

    /// <summary>For each filter, its values with the number of rulings each would show given the other filters (in SQL).</summary>
    public static async Task<IReadOnlyList<Facet>> FacetsAsync(ArchiveDbContext db, RulingFilter filter, CancellationToken cancellationToken)
    {
        var facets = new List<Facet>();
        var rows = filter.Rows(db);
        // Each facet counts a bounded set, so a broad filter over a million rulings costs what 10,000 do.
        IQueryable<RulingFacts> Counted(string except) => filter.Apply(rows, except).Take(FacetSampleLimit);

        var outcomes = await Counted("outcome").GroupBy(r => r.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        facets.Add(new Facet("outcome", "Outcome", [.. Enum.GetValues<Outcome>().Select(o => new FacetValue(
            VocabularyText.ToText(o), Infrastructure.Display.Outcome(o), outcomes.FirstOrDefault(x => x.Key == o)?.Count ?? 0, filter.Outcomes.Contains(o)))]));

        var verdicts = await Counted("verdict").Where(r => r.Verdict != null).GroupBy(r => r.Verdict).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        facets.Add(new Facet("verdict", "Verdict", [.. Enum.GetValues<Verdict>().Select(v => new FacetValue(
            VocabularyText.ToText(v), Infrastructure.Display.Capitalise(VocabularyText.ToWords(v)), verdicts.FirstOrDefault(x => x.Key == v)?.Count ?? 0, filter.Verdicts.Contains(v)))]));

        var courts = await Counted("court").GroupBy(r => new { r.CourtSlug, r.CourtName }).Select(g => new { g.Key.CourtSlug, g.Key.CourtName, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.CourtName).Take(100).ToListAsync(cancellationToken);
        facets.Add(new Facet("court", "Court", Values(courts.Select(c => (c.CourtSlug, c.CourtName, c.Count)), filter.Courts)));

        var countries = await Counted("country").GroupBy(r => r.Country).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key).Take(100).ToListAsync(cancellationToken);
        facets.Add(new Facet("country", "Country of the court", Values(countries.Select(c => (c.Key, c.Key, c.Count)), filter.Countries)));

        var origins = await Counted("origin").Where(r => r.Origin != null).GroupBy(r => r.Origin!).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key).Take(100).ToListAsync(cancellationToken);
        facets.Add(new Facet("origin", "Fled from", Values(origins.Select(c => (c.Key, c.Key, c.Count)), filter.Origins)));

        var charges = await Counted("charge").SelectMany(r => r.Charges).GroupBy(c => c).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key).Take(100).ToListAsync(cancellationToken);
        facets.Add(new Facet("charge", "Charge", Values(charges.Select(c => (c.Key, Infrastructure.Display.Charge(c.Key), c.Count)), filter.Charges)));

        var ethnicities = await Counted("ethnicity").Where(r => r.Ethnicity != null).GroupBy(r => r.Ethnicity!).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key).Take(100).ToListAsync(cancellationToken);
        facets.Add(new Facet("ethnicity", "Ethnicity", Values(ethnicities.Select(c => (c.Key, c.Key, c.Count)), filter.Ethnicities)));

        var claims = await Counted("claim").SelectMany(r => r.ClaimKinds).GroupBy(k => k).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        facets.Add(new Facet("claim", "Detention claim", [.. Enum.GetValues<ClaimKind>().Select(kind => new FacetValue(
            VocabularyText.ToText(kind), Infrastructure.Display.Capitalise(VocabularyText.ToWords(kind)),
            claims.FirstOrDefault(x => x.Key == VocabularyText.ToText(kind))?.Count ?? 0, filter.Claims.Contains(kind)))]));
        return facets;
    }

    internal static List<FacetValue> Values(IEnumerable<(string Value, string Label, int Count)> counted, IReadOnlyList<string> selected)
    {
        var values = counted.Select(c => new FacetValue(c.Value, c.Label, c.Count, selected.Contains(c.Value, StringComparer.OrdinalIgnoreCase))).ToList();
        // A selected value with no rulings still shows, so it can be seen and removed.
        values.AddRange(selected.Where(s => !values.Any(v => string.Equals(v.Value, s, StringComparison.OrdinalIgnoreCase))).Select(s => new FacetValue(s, s, 0, true)));
        return values;
    }
}
