using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using CaseArchive.Domain;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.Model;
using CaseArchive.Extraction.Text;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CaseArchive.Web.Pages.Rulings;

public enum RulingSort
{
    Date,
    Relevance,
}

/// <summary>
/// The filters of a list of rulings, read from the query string: one definition shared by
/// the list, the statistics, the exports, the API and the feed, so one link reproduces a view
/// everywhere. Callers start from <c>VisibleToPublic()</c>; <see cref="Apply"/> narrows further.
/// </summary>
public sealed record RulingFilter
{
    public const int MaxQueryLength = 200;
    public const int MaxValues = 20;

    /// <summary>Below this length a folded query matches too many names by trigrams: only full text then.</summary>
    private const int MinTrigramLength = 4;

    /// <summary>Every query-string parameter the filter reads, in the order links write them.</summary>
    public static readonly IReadOnlyList<string> Parameters =
        ["q", "outcome", "verdict", "court", "country", "origin", "charge", "ethnicity", "claim", "year_from", "year_to", "sort"];

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
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public RulingSort? RequestedSort { get; init; }

    /// <summary>Relevance when there is a query and no other sort was asked for; newest first otherwise.</summary>
    public RulingSort Sort => RequestedSort ?? (Q is null ? RulingSort.Date : RulingSort.Relevance);

    /// <summary>The query folded as names are (one spelling per sound, Latin): "Сауытбай" → "sauitbai".</summary>
    public string? FoldedQ => Q is null ? null : NameFolding.Fold(Q);

    /// <summary>The rulings the text query matched, once looked up (<see cref="WithSearchResolvedAsync"/>); null: matched in each query.</summary>
    public IReadOnlyList<int>? MatchedIds { get; init; }

    /// <summary>
    /// The query's words matched no document, so names are matched by their trigrams instead
    /// (a misspelt or partial name): set by <see cref="WithFuzzyFallbackAsync"/> and kept in every query of the request.
    /// </summary>
    public bool Fuzzy { get; init; }

    /// <summary>At most this many matches are looked up once and passed to every query of a page as a list of ids.</summary>
    public const int ResolvedMatchLimit = 10_000;

    /// <summary>
    /// Looks the text query's matches up once, so the count, the page and every facet of a request
    /// read a list of ids instead of matching again; a query that matches more stays a subquery.
    /// </summary>
    public async Task<RulingFilter> WithSearchResolvedAsync(IQueryable<Ruling> visible, CancellationToken cancellationToken)
    {
        if (Q is null || MatchedIds is not null)
        {
            return this;
        }
        var filter = this;
        var ids = await Matching(visible).Select(r => r.Id).Take(ResolvedMatchLimit + 1).ToListAsync(cancellationToken);
        if (ids.Count == 0 && !Fuzzy && CanMatchFuzzily)
        {
            filter = this with { Fuzzy = true };
            ids = await filter.Matching(visible).Select(r => r.Id).Take(ResolvedMatchLimit + 1).ToListAsync(cancellationToken);
        }
        return ids.Count > ResolvedMatchLimit ? filter : filter with { MatchedIds = ids };
    }

    /// <summary>This filter, or the same matching names by trigrams when the query's words match no ruling (see <see cref="Fuzzy"/>).</summary>
    public async Task<RulingFilter> WithFuzzyFallbackAsync(IQueryable<Ruling> visible, CancellationToken cancellationToken) =>
        Q is null || Fuzzy || !CanMatchFuzzily || await Matching(visible).AnyAsync(cancellationToken) ? this : this with { Fuzzy = true };

    /// <summary>Whether the folded query is long enough to match names by trigrams.</summary>
    public bool CanMatchFuzzily => (FoldedQ ?? string.Empty).Length >= MinTrigramLength;

    public bool IsEmpty => this == None || (Q is null && Outcomes.Count == 0 && Verdicts.Count == 0 && Courts.Count == 0 && Countries.Count == 0
        && Origins.Count == 0 && Charges.Count == 0 && Ethnicities.Count == 0 && Claims.Count == 0 && YearFrom is null && YearTo is null);

    /// <summary>Reads the filters; unknown parameters are left alone, bad values are errors a reader can act on.</summary>
    public static FilterParse Parse(IQueryCollection query)
    {
        var errors = new List<string>();
        var notices = new List<string>();

        string? q = null;
        if (Single(query, "q", errors) is string text)
        {
            if (text.Length > MaxQueryLength)
            {
                errors.Add($"q (the search) is {text.Length} characters long; keep it to {MaxQueryLength}.");
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
            YearFrom = Year(query, "year_from", errors),
            YearTo = Year(query, "year_to", errors),
            RequestedSort = Single(query, "sort", errors) switch
            {
                null or "" => null,
                "date" => RulingSort.Date,
                "relevance" => RulingSort.Relevance,
                var other => Error<RulingSort?>(errors, $"sort must be \"date\" or \"relevance\", not \"{Clip(other)}\"."),
            },
        };
        if (filter.YearFrom > filter.YearTo)
        {
            errors.Add($"year_from ({filter.YearFrom}) is after year_to ({filter.YearTo}): swap them.");
        }
        // The list used to be paged by number; links that still carry one get the first page.
        foreach (var old in new[] { "p", "page" })
        {
            if (query.TryGetValue(old, out var number))
            {
                if (int.TryParse(number.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    notices.Add($"The page number ({old}) was ignored: this list pages with its “Older rulings” link.");
                }
                else
                {
                    errors.Add($"The page number ({old}) must be a whole number from 1, and is no longer needed: follow “Older rulings”.");
                }
            }
        }
        return new FilterParse(errors.Count == 0 ? filter : null, errors, notices);
    }

    /// <summary>Narrows public rulings to the filters, leaving out the facet named by <paramref name="except"/> (for its counts).</summary>
    public IQueryable<Ruling> Apply(IQueryable<Ruling> rulings, string? except = null)
    {
        if (Q is not null)
        {
            if (MatchedIds is { } ids)
            {
                rulings = rulings.Where(r => ids.Contains(r.Id));
            }
            else
            {
                rulings = Matching(rulings);
            }
        }
        if (Outcomes.Count > 0 && except != "outcome")
        {
            var outcomes = Outcomes.ToList();
            rulings = rulings.Where(r => outcomes.Contains(r.Outcome));
        }
        if (Verdicts.Count > 0 && except != "verdict")
        {
            var verdicts = Verdicts.Cast<Verdict?>().ToList();
            rulings = rulings.Where(r => verdicts.Contains(r.Verdict));
        }
        if (Courts.Count > 0 && except != "court")
        {
            var courts = Courts.ToList();
            rulings = rulings.Where(r => courts.Contains(r.Court.Slug));
        }
        if (Countries.Count > 0 && except != "country")
        {
            var countries = Countries.Select(c => c.ToLowerInvariant()).ToList();
            rulings = rulings.Where(r => countries.Contains(r.Court.Country.ToLower()));
        }
        if (Origins.Count > 0 && except != "origin")
        {
            var origins = Origins.Select(c => c.ToLowerInvariant()).ToList();
            rulings = rulings.Where(r => origins.Contains(r.Person.PublicOriginCountry!.ToLower()));
        }
        if (Charges.Count > 0 && except != "charge")
        {
            var charges = Charges.ToList();
            rulings = rulings.Where(r => r.Charges.Any(c => charges.Contains(c)));
        }
        if (Ethnicities.Count > 0 && except != "ethnicity")
        {
            // Only an ethnicity the public sees can be filtered on.
            var ethnicities = Ethnicities.Select(c => c.ToLowerInvariant()).ToList();
            rulings = rulings.Where(r => ethnicities.Contains(r.Person.PublicEthnicity!.ToLower()));
        }
        if (Claims.Count > 0 && except != "claim")
        {
            var claims = Claims.ToList();
            rulings = rulings.Where(r => r.Person.Claims.AsQueryable().Where(PublicQueries.ClaimIsPublic).Any(c => claims.Contains(c.Kind)));
        }
        if (YearFrom is int from && except != "year")
        {
            rulings = rulings.Where(r => r.Date!.Year >= from);
        }
        if (YearTo is int to && except != "year")
        {
            rulings = rulings.Where(r => r.Date!.Year <= to);
        }
        return rulings;
    }

    /// <summary>
    /// The facts (<see cref="RulingSearchFacts"/>) of the public rulings this filter keeps: exactly
    /// <see cref="Apply"/> over <c>VisibleToPublic()</c>, for counts that read one narrow row a ruling,
    /// or only the index of the public counts. The text query, as in Apply, by its ids or its matching.
    /// </summary>
    public IQueryable<RulingSearchFacts> ApplyToFacts(ArchiveDbContext db)
    {
        var facts = db.Set<RulingSearchFacts>().Where(f => f.IsPublic);
        if (Q is not null)
        {
            var ids = MatchedIds ?? (IEnumerable<int>)Matching(db.Rulings.AsNoTracking().VisibleToPublic()).Select(r => r.Id);
            facts = facts.Where(f => ids.Contains(f.RulingId));
        }
        if (Outcomes.Count > 0)
        {
            var outcomes = Outcomes.ToList();
            facts = facts.Where(f => outcomes.Contains(f.Outcome));
        }
        if (Verdicts.Count > 0)
        {
            var verdicts = Verdicts.Cast<Verdict?>().ToList();
            facts = facts.Where(f => verdicts.Contains(f.Verdict));
        }
        var courts = db.Courts.IgnoreQueryFilters();
        if (Courts.Count > 0)
        {
            var slugs = Courts.ToList();
            facts = facts.Where(f => courts.Where(c => slugs.Contains(c.Slug)).Select(c => c.Id).Contains(f.CourtId));
        }
        if (Countries.Count > 0)
        {
            var countries = Countries.Select(c => c.ToLowerInvariant()).ToList();
            facts = facts.Where(f => courts.Where(c => countries.Contains(c.Country.ToLower())).Select(c => c.Id).Contains(f.CourtId));
        }
        if (Origins.Count > 0)
        {
            var origins = Origins.Select(c => c.ToLowerInvariant()).ToList();
            facts = facts.Where(f => origins.Contains(f.OriginCountry!.ToLower()));
        }
        if (Charges.Count > 0)
        {
            var charges = Charges.ToList();
            facts = facts.Where(f => f.Charges.Any(c => charges.Contains(c)));
        }
        if (Ethnicities.Count > 0)
        {
            // Only an ethnicity the public sees is in the facts.
            var ethnicities = Ethnicities.Select(c => c.ToLowerInvariant()).ToList();
            facts = facts.Where(f => ethnicities.Contains(f.Ethnicity!.ToLower()));
        }
        if (Claims.Count > 0)
        {
            var claims = Claims.Select(k => VocabularyText.ToText(k)).ToList();
            facts = facts.Where(f => f.ClaimKinds.Any(k => claims.Contains(k)));
        }
        if (YearFrom is int from)
        {
            facts = facts.Where(f => f.DateYear >= from);
        }
        if (YearTo is int to)
        {
            facts = facts.Where(f => f.DateYear <= to);
        }
        return facts;
    }

    /// <summary>
    /// The rulings the text query matches. Normally full text over the stored document
    /// (websearch_to_tsquery of the query as typed OR of its folded form, so "Сауытбай" meets
    /// "sauitbai"; a public person's every spelling and its folded form are in the document): one
    /// lookup in the document's GIN index. When those words match nothing (<see cref="Fuzzy"/>), a
    /// person's public name, a spelling or a pseudonym by trigrams instead, each its own subquery on
    /// its own trigram index, united (one OR across the joined tables would test every ruling).
    /// </summary>
    public IQueryable<Ruling> Matching(IQueryable<Ruling> rulings)
    {
        var q = Q!;
        var folded = FoldedQ ?? string.Empty;
        if (!Fuzzy)
        {
            return rulings.Where(r => r.SearchFacts!.SearchVector
                .Matches(EF.Functions.WebSearchToTsQuery("simple", q).Or(EF.Functions.WebSearchToTsQuery("simple", folded))));
        }
        var ids = rulings.Where(r => r.Person.Visibility == PersonVisibility.Public && EF.Functions.TrigramsAreWordSimilar(folded, r.Person.FoldedName)).Select(r => r.Id)
            // A join, not EXISTS: the planner then starts from the spellings' trigram index.
            .Union(rulings.Where(r => r.Person.Visibility == PersonVisibility.Public)
                .SelectMany(r => r.Person.Names.Where(n => EF.Functions.TrigramsAreWordSimilar(folded, n.FoldedName)), (r, n) => r.Id))
            .Union(rulings.Where(r => r.Person.Visibility == PersonVisibility.Pseudonymised && EF.Functions.TrigramsAreWordSimilar(folded, r.Person.Pseudonym!.ToLower())).Select(r => r.Id));
        return rulings.Where(r => ids.Contains(r.Id));
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
    public string ToQueryString(string? change = null, string? value = null, bool includeSort = true)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string key, IEnumerable<string> values)
        {
            if (key == change)
            {
                if (value is not null)
                {
                    pairs.Add(new(key, value));
                }
                return;
            }
            pairs.AddRange(values.Select(v => new KeyValuePair<string, string>(key, v)));
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
        Add("year_from", YearFrom is int from ? [from.ToString(CultureInfo.InvariantCulture)] : []);
        Add("year_to", YearTo is int to ? [to.ToString(CultureInfo.InvariantCulture)] : []);
        if (includeSort)
        {
            Add("sort", RequestedSort is RulingSort sort ? [VocabularyText.ToText(sort)] : []);
        }
        if (change is not null && value is not null && !Parameters.Contains(change))
        {
            pairs.Add(new(change, value));
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
            builder.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(v));
        }
        return builder.ToString();
    }

    /// <summary>The filters in words, for headings and feeds: "outcome not deported, from 2019".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Q is not null) { parts.Add($"matching “{Q}”"); }
        if (Outcomes.Count > 0) { parts.Add("outcome " + string.Join(" or ", Outcomes.Select(VocabularyText.ToWords))); }
        if (Verdicts.Count > 0) { parts.Add("verdict " + string.Join(" or ", Verdicts.Select(VocabularyText.ToWords))); }
        if (Courts.Count > 0) { parts.Add("court " + string.Join(" or ", Courts)); }
        if (Countries.Count > 0) { parts.Add("in " + string.Join(" or ", Countries)); }
        if (Origins.Count > 0) { parts.Add("fled from " + string.Join(" or ", Origins)); }
        if (Charges.Count > 0) { parts.Add("charged with " + string.Join(" or ", Charges.Select(c => c.Replace('_', ' ')))); }
        if (Ethnicities.Count > 0) { parts.Add("ethnicity " + string.Join(" or ", Ethnicities)); }
        if (Claims.Count > 0) { parts.Add("claim " + string.Join(" or ", Claims.Select(VocabularyText.ToWords))); }
        if (YearFrom is int from) { parts.Add($"from {from}"); }
        if (YearTo is int to) { parts.Add($"to {to}"); }
        return string.Join(", ", parts);
    }

    private static string? Single(IQueryCollection query, string key, List<string> errors)
    {
        if (!query.TryGetValue(key, out var values) || values.Count == 0)
        {
            return null;
        }
        if (values.Count > 1)
        {
            errors.Add($"{key} was given {values.Count} times; give it once.");
            return null;
        }
        if (values[0] is string value && value.Any(char.IsControl))
        {
            errors.Add($"{key} holds control characters; remove them.");
            return null;
        }
        return values[0];
    }

    private static List<TEnum> Vocabulary<TEnum>(IQueryCollection query, string key, List<string> errors) where TEnum : struct, Enum
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
                errors.Add($"{key} \"{Clip(raw)}\" is not known; use one of: {allowed}.");
            }
        }
        return [.. result.Distinct()];
    }

    private static List<string> Words(IQueryCollection query, string key, List<string> errors, bool slug)
    {
        var result = new List<string>();
        foreach (var raw in Many(query, key, errors))
        {
            if (raw.Length > 100 || (slug && !raw.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')))
            {
                errors.Add(slug
                    ? $"{key} \"{Clip(raw)}\" is not a {key} code (lower-case letters, digits, - and _)."
                    : $"{key} \"{Clip(raw)}\" is too long to be a {key}.");
                continue;
            }
            result.Add(raw.Trim());
        }
        return [.. result.Distinct()];
    }

    private static List<string> Many(IQueryCollection query, string key, List<string> errors)
    {
        if (!query.TryGetValue(key, out var values))
        {
            return [];
        }
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        if (given.Any(v => v.Any(char.IsControl)))
        {
            errors.Add($"{key} holds control characters; remove them.");
            return [];
        }
        if (given.Count > MaxValues)
        {
            errors.Add($"{key} was given {given.Count} values; at most {MaxValues}.");
            return [];
        }
        return given;
    }

    private static int? Year(IQueryCollection query, string key, List<string> errors)
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
        return Error<int?>(errors, $"{key} must be a year such as 2019 (between {PartialDate.MinYear} and {PartialDate.MaxYear}), not \"{Clip(raw)}\".");
    }

    private static T Error<T>(List<string> errors, string message)
    {
        errors.Add(message);
        return default!;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>The filter when the query string was valid, else what was wrong; notices say what was ignored.</summary>
public sealed record FilterParse(RulingFilter? Filter, IReadOnlyList<string> Errors, IReadOnlyList<string> Notices)
{
    public bool IsValid => Filter is not null;
}
