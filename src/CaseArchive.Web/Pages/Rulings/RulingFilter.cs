using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using CaseArchive.Domain;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Localization;
using CaseArchive.Web.Pages.Persons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NpgsqlTypes;

namespace CaseArchive.Web.Pages.Rulings;

public enum RulingSort
{
    Date,
    Relevance,
}

/// <summary>
/// The filters of a list of rulings, read from the query string: the one definition of a search that
/// the list and its facets, the statistics, the exports, the API and the feed ask, so one link
/// reproduces a view everywhere. Each surface reads <see cref="Rows"/> (the public rulings' facts
/// the text query matches) narrowed by <see cref="Apply"/> (every other parameter, <see cref="Conditions"/>).
/// </summary>
public sealed record RulingFilter
{
    public const int MaxQueryLength = 200;
    public const int MaxValues = 20;

    /// <summary>Below this length a folded query matches too many names by trigrams: only full text then.</summary>
    private const int MinTrigramLength = 4;

    /// <summary>Every query-string parameter the filter reads, in the order links write them.</summary>
    public static readonly IReadOnlyList<string> Parameters =
        ["q", "outcome", "verdict", "court", "country", "origin", "charge", "ethnicity", "claim", "judge", "year_from", "year_to", "sort"];

    public static RulingFilter None { get; } = new();

    public string? Q { get; init; }
    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];
    public IReadOnlyList<Verdict> Verdicts { get; init; } = [];
    public IReadOnlyList<string> Courts { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Origins { get; init; } = [];
    public IReadOnlyList<string> Charges { get; init; } = [];
    public IReadOnlyList<string> Ethnicities { get; init; } = [];
    public IReadOnlyList<ClaimKind> Claims { get; init; } = [];

    /// <summary>Judges' names, in any spelling or alphabet, matched as the persons' search matches names (<see cref="PersonSearch.MatchingNameAsync"/>).</summary>
    public IReadOnlyList<string> Judges { get; init; } = [];

    /// <summary>The public persons <see cref="Judges"/> name, once looked up (<see cref="ResolveAsync"/>).</summary>
    public IReadOnlyList<int>? JudgeIds { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public RulingSort? RequestedSort { get; init; }

    /// <summary>Relevance when there is a query and no other sort was asked for; newest first otherwise.</summary>
    public RulingSort Sort => RequestedSort ?? (Q is null ? RulingSort.Date : RulingSort.Relevance);

    /// <summary>The query folded as names are (one spelling per sound, Latin): "Сауытбай" → "sauitbai".</summary>
    public string? FoldedQ => Q is null ? null : NameFolding.Fold(Q);

    /// <summary>
    /// The query's words matched no document, so names are matched by their trigrams instead
    /// (a misspelt or partial name): set by <see cref="ResolveAsync"/> and kept in every query of the request.
    /// </summary>
    public bool Fuzzy { get; init; }

    /// <summary>
    /// This filter ready for <see cref="Rows"/> and <see cref="Apply"/>: the judges' names looked up, and names
    /// matched by trigrams when the query's words match no ruling (see <see cref="Fuzzy"/>).
    /// </summary>
    public async Task<RulingFilter> ResolveAsync(ArchiveDbContext db, CancellationToken cancellationToken, bool fuzzyFallback = true)
    {
        var filter = this;
        if (Judges.Count > 0 && JudgeIds is null)
        {
            var ids = new HashSet<int>();
            foreach (var name in Judges)
            {
                ids.UnionWith(await (await db.Persons.AsNoTracking().VisibleToPublic().MatchingNameAsync(name, cancellationToken)).Select(p => p.Id).ToListAsync(cancellationToken));
            }
            filter = filter with { JudgeIds = [.. ids.Order()] };
        }
        if (fuzzyFallback && Q is not null && !Fuzzy && CanMatchFuzzily && !await filter.Rows(db).AnyAsync(cancellationToken))
        {
            filter = filter with { Fuzzy = true };
        }
        return filter;
    }

    /// <summary>Whether the folded query is long enough to match names by trigrams.</summary>
    public bool CanMatchFuzzily => (FoldedQ ?? string.Empty).Length >= MinTrigramLength;

    public bool IsEmpty => this == None || (Q is null && Outcomes.Count == 0 && Verdicts.Count == 0 && Courts.Count == 0 && Countries.Count == 0
        && Origins.Count == 0 && Charges.Count == 0 && Ethnicities.Count == 0 && Claims.Count == 0 && Judges.Count == 0 && YearFrom is null && YearTo is null);

    /// <summary>Reads the filters; unknown parameters are left alone, bad values are errors a reader can act on.</summary>
    public static FilterParse Parse(IQueryCollection query, ReaderWords words)
    {
        var errors = new Errors(words);
        var notices = new List<FilterMessage>();

        string? q = null;
        if (Single(query, "q", errors) is string text)
        {
            if (text.Length > MaxQueryLength)
            {
                errors.Add(new FilterMessage("q (the search) is {0} characters long; keep it to {1}.", text.Length, MaxQueryLength));
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                q = text.Trim();
            }
        }

        var filter = new RulingFilter
        {
            Q = q,
            Outcomes = Vocabulary<Outcome>(query, "outcome", errors),
            Verdicts = Vocabulary<Verdict>(query, "verdict", errors),
            Courts = Words(query, "court", errors, slug: true),
            Countries = Words(query, "country", errors, slug: false),
            Origins = Words(query, "origin", errors, slug: false),
            Charges = Words(query, "charge", errors, slug: true),
            Ethnicities = Words(query, "ethnicity", errors, slug: false),
            Claims = Vocabulary<ClaimKind>(query, "claim", errors),
            Judges = Words(query, "judge", errors, slug: false),
            YearFrom = Year(query, "year_from", errors),
            YearTo = Year(query, "year_to", errors),
            RequestedSort = Single(query, "sort", errors) switch
            {
                null or "" => null,
                "date" => RulingSort.Date,
                "relevance" => RulingSort.Relevance,
                var other => Error<RulingSort?>(errors, new FilterMessage("sort must be \"date\" or \"relevance\", not \"{0}\".", errors.Echo(other))),
            },
        };
        if (filter.YearFrom > filter.YearTo)
        {
            errors.Add(new FilterMessage("year_from ({0}) is after year_to ({1}): swap them.", filter.YearFrom, filter.YearTo));
        }
        // The list used to be paged by number; links that still carry one get the first page.
        foreach (var old in new[] { "p", "page" })
        {
            if (query.TryGetValue(old, out var number))
            {
                if (int.TryParse(number.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    notices.Add(new FilterMessage("The page number ({0}) was ignored: this list pages with its “Older rulings” link.", old));
                }
                else
                {
                    errors.Add(new FilterMessage("The page number ({0}) must be a whole number from 1, and is no longer needed: follow “Older rulings”.", old));
                }
            }
        }
        return new FilterParse(errors.Count == 0 ? filter : null, errors, notices);
    }

    /// <summary>
    /// The facts of the public rulings the text query matches (all public rulings without one): the one
    /// source every surface filters (<see cref="Apply"/>), counts, pages and facets. Normally full text over
    /// the stored document (websearch_to_tsquery of the query as typed OR of its folded form, so "Сауытбай"
    /// meets "sauitbai"; a public person's every spelling and its folded form are in the document): one
    /// lookup in the document's GIN index. When those words match nothing (<see cref="Fuzzy"/>), a person's
    /// public name, a spelling or a pseudonym by trigrams instead, each its own subquery on its own trigram
    /// index, united (one OR across the joined tables would test every ruling).
    /// </summary>
    public IQueryable<RulingFacts> Rows(ArchiveDbContext db) => RowsOf(db, Q, FoldedQ ?? string.Empty, Fuzzy);

    /// <summary>
    /// <see cref="Rows"/> of a query as typed (null: none) and folded; the query is read only
    /// inside the lambdas, so that a compiled copy reads its own (<see cref="CompiledOnce"/>, <see cref="RulingMatches"/>).
    /// </summary>
    internal static IQueryable<RulingFacts> RowsOf(ArchiveDbContext db, string? typed, string folded, bool fuzzy)
    {
        var facts = db.Set<RulingSearchFacts>().Where(f => f.IsPublic);
        if (typed is not null && !fuzzy)
        {
            facts = facts.Where(f => f.SearchVector
                .Matches(EF.Functions.WebSearchToTsQuery("simple", typed).Or(EF.Functions.WebSearchToTsQuery("simple", folded))));
        }
        else if (typed is not null)
        {
            var rulings = db.Rulings.AsNoTracking().VisibleToPublic();
            var ids = rulings.Where(r => r.Person.Visibility == PersonVisibility.Public && EF.Functions.TrigramsAreWordSimilar(folded, r.Person.FoldedName)).Select(r => r.Id)
                // A join, not EXISTS: the planner then starts from the spellings' trigram index.
                .Union(rulings.Where(r => r.Person.Visibility == PersonVisibility.Public)
                    .SelectMany(r => r.Person.Names.Where(n => EF.Functions.TrigramsAreWordSimilar(folded, n.FoldedName)), (r, n) => r.Id))
                .Union(rulings.Where(r => r.Person.Visibility == PersonVisibility.Pseudonymised && EF.Functions.TrigramsAreWordSimilar(folded, r.Person.Pseudonym!.ToLower())).Select(r => r.Id));
            facts = facts.Where(f => ids.Contains(f.RulingId));
        }
        return facts.Join(db.Courts.IgnoreQueryFilters(), f => f.CourtId, c => c.Id, (f, c) => new RulingFacts
        {
            Id = f.RulingId,
            DateKey = f.DateKey,
            Year = f.DateYear,
            // 0 without a query, and when only a name's trigrams matched.
            Rank = typed == null ? 0f : f.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("simple", typed).Or(EF.Functions.WebSearchToTsQuery("simple", folded))),
            Outcome = f.Outcome,
            Verdict = f.Verdict,
            CourtSlug = c.Slug,
            CourtName = c.Name,
            Country = c.Country,
            JudgeId = f.JudgeId,
            Origin = f.OriginCountry,
            Ethnicity = f.Ethnicity,
            Charges = f.Charges,
            ClaimKinds = f.ClaimKinds,
        });
    }

    /// <summary>Narrows <see cref="Rows"/> to every filter but the facet named by <paramref name="except"/> (for its counts): in SQL.</summary>
    public IQueryable<RulingFacts> Apply(IQueryable<RulingFacts> rows, string? except = null)
    {
        var values = new Holder(new FilterValues(this));
        foreach (var condition in Conditions)
        {
            if (condition.Facet != except && condition.IsSet(this))
            {
                // The filter's values as a captured object's member, so that EF Core sends them as parameters.
                var keeps = ReplacingExpressionVisitor.Replace(condition.Keeps.Parameters[1],
                    Expression.Property(Expression.Constant(values), nameof(Holder.Values)), condition.Keeps.Body);
                rows = rows.Where(Expression.Lambda<Func<RulingFacts, bool>>(keeps, condition.Keeps.Parameters[0]));
            }
        }
        return rows;
    }

    /// <summary>The public rulings this filter keeps (for the exports, the feed and the API's persons and courts).</summary>
    public IQueryable<Ruling> Rulings(ArchiveDbContext db)
    {
        var rulings = db.Rulings.AsNoTracking().Where(PublicQueries.RulingIsPublic);
        if (IsEmpty && JudgeIds is null)
        {
            return rulings;
        }
        var ids = Apply(Rows(db)).Select(f => f.Id);
        return rulings.Where(r => ids.Contains(r.Id));
    }

    /// <summary>
    /// The filter each facet leaves out of its own counts ("" when every filter keeps the ruling, null when two
    /// or more turn it away), in memory: the same <see cref="Conditions"/>, compiled, over a text search's matches
    /// (<see cref="RulingMatches"/>).
    /// </summary>
    internal Func<RulingFacts, string?> FailedFilter()
    {
        var values = new FilterValues(this);
        var set = Conditions.Where(c => c.IsSet(this)).ToArray();
        return f =>
        {
            string? failed = string.Empty;
            foreach (var condition in set)
            {
                if (!condition.Test(f, values))
                {
                    // Two filters of the same facet (year_from and year_to) fail it once.
                    failed = failed is { Length: 0 } || failed == condition.Facet ? condition.Facet : null;
                    if (failed is null)
                    {
                        return null;
                    }
                }
            }
            return failed;
        };
    }

    /// <summary>
    /// What each parameter of the list means, once: the facet it belongs to, whether it is given, and which rulings
    /// it keeps. SQL runs them (<see cref="Apply"/>) on every surface, and a text search's matches in memory
    /// (<see cref="FailedFilter"/>) run the same expressions compiled. A new filter is one more line here
    /// (plus how it is read from and written to the query string, above and below).
    /// </summary>
    private static readonly Condition[] Conditions =
    [
        new("outcome", f => f.Outcomes.Count > 0, (r, v) => v.Outcomes.Contains(r.Outcome)),
        new("verdict", f => f.Verdicts.Count > 0, (r, v) => r.Verdict != null && v.Verdicts.Contains(r.Verdict.Value)),
        new("court", f => f.Courts.Count > 0, (r, v) => v.Courts.Contains(r.CourtSlug)),
        new("country", f => f.Countries.Count > 0, (r, v) => v.Countries.Contains(r.Country.ToLower())),
        // Only an origin and an ethnicity the public sees are in the facts.
        new("origin", f => f.Origins.Count > 0, (r, v) => r.Origin != null && v.Origins.Contains(r.Origin.ToLower())),
        new("charge", f => f.Charges.Count > 0, (r, v) => r.Charges.Any(c => v.Charges.Contains(c))),
        new("ethnicity", f => f.Ethnicities.Count > 0, (r, v) => r.Ethnicity != null && v.Ethnicities.Contains(r.Ethnicity.ToLower())),
        new("claim", f => f.Claims.Count > 0, (r, v) => r.ClaimKinds.Any(k => v.Claims.Contains(k))),
        new("judge", f => f.Judges.Count > 0, (r, v) => r.JudgeId != null && v.JudgeIds.Contains(r.JudgeId.Value)),
        new("year", f => f.YearFrom is not null, (r, v) => r.Year >= v.YearFrom),
        new("year", f => f.YearTo is not null, (r, v) => r.Year <= v.YearTo),
    ];

    private sealed record Condition(string Facet, Func<RulingFilter, bool> IsSet, Expression<Func<RulingFacts, FilterValues, bool>> Keeps)
    {
        /// <summary>
        /// The same expression compiled for the matches in memory, where SQL's <c>lower()</c> is
        /// <see cref="string.ToLowerInvariant"/>: <see cref="string.ToLower()"/> would ask the reader's culture
        /// (ICU) for every row.
        /// </summary>
        public Func<RulingFacts, FilterValues, bool> Test { get; } = ((Expression<Func<RulingFacts, FilterValues, bool>>)new InvariantLowerCase().Visit(Keeps)).Compile();
    }

    /// <summary>Rewrites <see cref="string.ToLower()"/> as <see cref="string.ToLowerInvariant"/>.</summary>
    private sealed class InvariantLowerCase : ExpressionVisitor
    {
        private static readonly System.Reflection.MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        private static readonly System.Reflection.MethodInfo ToLowerInvariant = typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!;

        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == ToLower ? Expression.Call(Visit(node.Object)!, ToLowerInvariant) : base.VisitMethodCall(node);
    }

    /// <summary>The filter's values as the conditions compare them (lower case where SQL compares lower()), made once per use.</summary>
    private sealed class FilterValues(RulingFilter filter)
    {
        public List<Outcome> Outcomes { get; } = [.. filter.Outcomes];
        public List<Verdict> Verdicts { get; } = [.. filter.Verdicts];
        public List<string> Courts { get; } = [.. filter.Courts];
        public List<string> Countries { get; } = [.. filter.Countries.Select(c => c.ToLowerInvariant())];
        public List<string> Origins { get; } = [.. filter.Origins.Select(c => c.ToLowerInvariant())];
        public List<string> Charges { get; } = [.. filter.Charges];
        public List<string> Ethnicities { get; } = [.. filter.Ethnicities.Select(c => c.ToLowerInvariant())];
        public List<string> Claims { get; } = [.. filter.Claims.Select(k => VocabularyText.ToText(k))];
        public List<int> JudgeIds { get; } = [.. filter.JudgeIds ?? []];
        public int? YearFrom { get; } = filter.YearFrom;
        public int? YearTo { get; } = filter.YearTo;
    }

    private sealed class Holder(FilterValues values)
    {
        public FilterValues Values { get; } = values;
    }

    /// <summary>The rank of a ruling for the query (0 when only a name's trigrams matched).</summary>
    public Expression<Func<Ruling, float>> Rank()
    {
        var q = Q ?? string.Empty;
        var folded = FoldedQ ?? string.Empty;
        return r => r.SearchFacts!.SearchVector
            .Rank(EF.Functions.WebSearchToTsQuery("simple", q).Or(EF.Functions.WebSearchToTsQuery("simple", folded)));
    }

    /// <summary>The query string of this filter, with one parameter changed or removed (value null).</summary>
    /// <remarks>The filter's values are the reader's own words, marked as such (<paramref name="words"/>); <paramref name="value"/> is not.</remarks>
    public string ToQueryString(ReaderWords words, string? change = null, string? value = null, bool includeSort = true)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string key, IEnumerable<string> values)
        {
            if (key == change)
            {
                if (value is not null)
                {
                    pairs.Add(new(key, Uri.EscapeDataString(value)));
                }
                return;
            }
            pairs.AddRange(values.Select(v => new KeyValuePair<string, string>(key, words.Mark(Uri.EscapeDataString(v)))));
        }
        Add("q", Q is null ? [] : [Q]);
        Add("outcome", Outcomes.Select(VocabularyText.ToText));
        Add("verdict", Verdicts.Select(VocabularyText.ToText));
        Add("court", Courts);
        Add("country", Countries);
        Add("origin", Origins);
        Add("charge", Charges);
        Add("ethnicity", Ethnicities);
        Add("claim", Claims.Select(VocabularyText.ToText));
        Add("judge", Judges);
        Add("year_from", YearFrom is int from ? [from.ToString(CultureInfo.InvariantCulture)] : []);
        Add("year_to", YearTo is int to ? [to.ToString(CultureInfo.InvariantCulture)] : []);
        if (includeSort)
        {
            Add("sort", RequestedSort is RulingSort sort ? [VocabularyText.ToText(sort)] : []);
        }
        if (change is not null && value is not null && !Parameters.Contains(change))
        {
            pairs.Add(new(change, Uri.EscapeDataString(value)));
        }
        if (pairs.Count == 0)
        {
            return string.Empty;
        }
        var builder = new StringBuilder("?");
        foreach (var (key, v) in pairs)
        {
            if (builder.Length > 1)
            {
                builder.Append('&');
            }
            builder.Append(Uri.EscapeDataString(key)).Append('=').Append(v);
        }
        return builder.ToString();
    }

    /// <summary>The filters in words, for headings and feeds, in the reader's language: "outcome not deported, from 2019".</summary>
    /// <remarks>The reader's own values are marked as theirs (<paramref name="words"/>).</remarks>
    public string Describe(ReaderWords words)
    {
        var or = Texts.Get(" or ");
        string Words<T>(IEnumerable<T> values) where T : struct, Enum => string.Join(or, values.Select(Display.Words));
        var parts = new List<string>();
        if (Q is not null) { parts.Add(Texts.Format("matching “{0}”", words.Mark(Q))); }
        if (Outcomes.Count > 0) { parts.Add(Texts.Format("outcome {0}", Words(Outcomes))); }
        if (Verdicts.Count > 0) { parts.Add(Texts.Format("verdict {0}", Words(Verdicts))); }
        if (Courts.Count > 0) { parts.Add(Texts.Format("court {0}", string.Join(or, Courts.Select(Quoted)))); }
        if (Countries.Count > 0) { parts.Add(Texts.Format("in {0}", string.Join(or, Countries.Select(Texts.Data).Select(Quoted)))); }
        if (Origins.Count > 0) { parts.Add(Texts.Format("fled from {0}", string.Join(or, Origins.Select(Texts.Data).Select(Quoted)))); }
        if (Charges.Count > 0) { parts.Add(Texts.Format("charged with {0}", string.Join(or, Charges.Select(c => Texts.Data(c.Replace('_', ' '))).Select(Quoted)))); }
        if (Ethnicities.Count > 0) { parts.Add(Texts.Format("ethnicity {0}", string.Join(or, Ethnicities.Select(Texts.Data).Select(Quoted)))); }
        if (Claims.Count > 0) { parts.Add(Texts.Format("claim {0}", Words(Claims))); }
        if (Judges.Count > 0) { parts.Add(Texts.Format("judge {0}", string.Join(or, Judges.Select(Quoted)))); }
        if (YearFrom is int from) { parts.Add(Texts.Format("from {0}", from.ToString(CultureInfo.InvariantCulture))); }
        if (YearTo is int to) { parts.Add(Texts.Format("to {0}", to.ToString(CultureInfo.InvariantCulture))); }
        return string.Join(", ", parts);

        // Typed values quoted, as the search is, and marked as the reader's own words.
        string Quoted(string value) => $"“{words.Mark(value)}”";
    }

    private static string? Single(IQueryCollection query, string key, Errors errors)
    {
        if (!query.TryGetValue(key, out var values) || values.Count == 0)
        {
            return null;
        }
        if (values.Count > 1)
        {
            errors.Add(new FilterMessage("{0} was given {1} times; give it once.", key, values.Count));
            return null;
        }
        if (values[0] is string value && value.Any(char.IsControl))
        {
            errors.Add(new FilterMessage("{0} holds control characters; remove them.", key));
            return null;
        }
        return values[0];
    }

    private static List<TEnum> Vocabulary<TEnum>(IQueryCollection query, string key, Errors errors) where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach (var raw in Many(query, key, errors))
        {
            if (VocabularyText.TryParse<TEnum>(raw, out var value))
            {
                result.Add(value);
            }
            else
            {
                var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(VocabularyText.ToText));
                errors.Add(new FilterMessage("{0} \"{1}\" is not known; use one of: {2}.", key, errors.Echo(raw), allowed));
            }
        }
        return [.. result.Distinct()];
    }

    private static List<string> Words(IQueryCollection query, string key, Errors errors, bool slug)
    {
        var result = new List<string>();
        foreach (var raw in Many(query, key, errors))
        {
            if (raw.Length > 100 || (slug && !raw.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')))
            {
                errors.Add(slug
                    ? new FilterMessage("{0} \"{1}\" is not a {0} code (lower-case letters, digits, - and _).", key, errors.Echo(raw))
                    : new FilterMessage("{0} \"{1}\" is too long to be a {0}.", key, errors.Echo(raw)));
                continue;
            }
            result.Add(raw.Trim());
        }
        return [.. result.Distinct()];
    }

    private static List<string> Many(IQueryCollection query, string key, Errors errors)
    {
        if (!query.TryGetValue(key, out var values))
        {
            return [];
        }
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        if (given.Any(v => v.Any(char.IsControl)))
        {
            errors.Add(new FilterMessage("{0} holds control characters; remove them.", key));
            return [];
        }
        if (given.Count > MaxValues)
        {
            errors.Add(new FilterMessage("{0} was given {1} values; at most {2}.", key, given.Count, MaxValues));
            return [];
        }
        return given;
    }

    private static int? Year(IQueryCollection query, string key, Errors errors)
    {
        var raw = Single(query, key, errors);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (raw.Length == 4 && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= PartialDate.MinYear and <= PartialDate.MaxYear)
        {
            return year;
        }
        return Error<int?>(errors, new FilterMessage("{0} must be a year such as 2019 (between {1} and {2}), not \"{3}\".", key, PartialDate.MinYear, PartialDate.MaxYear, errors.Echo(raw)));
    }

    private static T Error<T>(Errors errors, FilterMessage message)
    {
        errors.Add(message);
        return default!;
    }

    /// <summary>What was wrong, giving back at most the first 40 characters of the reader's value, marked as theirs.</summary>
    private sealed class Errors(ReaderWords words) : List<FilterMessage>
    {
        public string Echo(string text) => text.Length <= 40 ? words.Mark(text) : words.Mark(text[..40]) + "…";
    }
}

/// <summary>The filter when the query string was valid, else what was wrong; notices say what was ignored.</summary>
public sealed record FilterParse(RulingFilter? Filter, IReadOnlyList<FilterMessage> ErrorMessages, IReadOnlyList<FilterMessage> NoticeMessages)
{
    public bool IsValid => Filter is not null;

    /// <summary>The errors in English, as the API, the feed and the exports give them.</summary>
    public IReadOnlyList<string> Errors => [.. ErrorMessages.Select(m => m.English)];

    public IReadOnlyList<string> Notices => [.. NoticeMessages.Select(m => m.English)];
}

/// <summary>
/// A message about the filters as its English format (the key of the pages' catalogue) and its values, so
/// that each page gives it in its reader's language and the API in English.
/// </summary>
public sealed record FilterMessage(string Format, params object?[] Values)
{
    public string English => string.Format(CultureInfo.InvariantCulture, Format, Values);

    public override string ToString() => English;
}

/// <summary>
/// What the filters, the facets and the order read of one ruling: its <see cref="RulingSearchFacts"/> and court.
/// A query's rows in SQL (<see cref="RulingFilter.Rows"/>), and a text search's matches in memory (<see cref="RulingMatches"/>).
/// </summary>
public sealed class RulingFacts
{
    public int Id { get; init; }
    public DateOnly? DateKey { get; init; }
    public int? Year { get; init; }
    public float Rank { get; init; }
    public Outcome Outcome { get; init; }
    public Verdict? Verdict { get; init; }
    public string CourtSlug { get; init; } = string.Empty;
    public string CourtName { get; init; } = string.Empty;
    public string Country { get; init; } = string.Empty;
    public int? JudgeId { get; init; }
    public string? Origin { get; init; }
    public string? Ethnicity { get; init; }
    public List<string> Charges { get; init; } = [];
    public List<string> ClaimKinds { get; init; } = [];

    public bool Has(ClaimKind kind) => ClaimKinds.Contains(VocabularyText.ToText(kind), StringComparer.Ordinal);
}
