using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>
/// A ruling as exports, the API and the feed give it: its person (public name only), the ethnicity
/// and origin the public sees, court, date with its precision, outcome, verdict, sentence, charges,
/// the kinds of the person's detention claims, judge and prosecutor (public names) and source addresses.
/// </summary>
public sealed record RulingRecord
{
    /// <summary>The ruling's key (its address, /rulings/{key}), never the database's id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The database's id, for the server only: internal, so never written to JSON.</summary>
    internal int DatabaseId { get; init; }
    public string Url { get; init; } = string.Empty;
    public string Person { get; init; } = string.Empty;
    public string PersonSlug { get; init; } = string.Empty;

    /// <summary>The person's ethnicity and country fled, as the public sees them (none of a pseudonymised person's unless marked safe).</summary>
    public string? Ethnicity { get; init; }
    public string? Origin { get; init; }
    public string Court { get; init; } = string.Empty;
    public string CourtSlug { get; init; } = string.Empty;
    public string? CourtTown { get; init; }
    public string Country { get; init; } = string.Empty;

    /// <summary>"2019-12-23", "2019-12" or "2019": as precise as reported.</summary>
    public string? Date { get; init; }

    /// <summary>"day", "month" or "year".</summary>
    public string? DatePrecision { get; init; }
    public bool DateInferred { get; init; }
    public string Outcome { get; init; } = string.Empty;
    public string? Verdict { get; init; }
    public string? SentenceKind { get; init; }
    public int? SentenceMonths { get; init; }
    public string? FineAmount { get; init; }

    /// <summary>A fine's amount as a number (invariant in the CSV), in <see cref="FineCurrency"/> (ISO 4217).</summary>
    public decimal? FineValue { get; init; }
    public string? FineCurrency { get; init; }
    public string? Sentence { get; init; }
    public IReadOnlyList<string> Charges { get; init; } = [];
    public string? Summary { get; init; }

    /// <summary>The kinds of detention claim the person makes ("camp", ...), each once.</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>The judge's and prosecutor's public names (a pseudonym; nobody when withheld).</summary>
    public string? Judge { get; init; }
    public string? Prosecutor { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The columns of the CSV export, in order.</summary>
    public static readonly IReadOnlyList<string> CsvHeader =
    [
        "id", "url", "person", "person_slug", "ethnicity", "origin", "court", "court_slug", "court_town", "country", "date", "date_precision", "date_inferred",
        "outcome", "verdict", "sentence_kind", "sentence_months", "fine_amount", "fine_value", "fine_currency", "sentence", "charges", "claims", "judge", "prosecutor", "summary", "sources", "updated_at",
    ];

    public IReadOnlyList<string> CsvFields() =>
    [
        Id, Url, Person, PersonSlug, Ethnicity ?? "", Origin ?? "", Court, CourtSlug, CourtTown ?? "", Country,
        Date ?? "", DatePrecision ?? "", DateInferred ? "true" : "false", Outcome, Verdict ?? "", SentenceKind ?? "",
        SentenceMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", FineAmount ?? "",
        FineValue?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "", FineCurrency ?? "", Sentence ?? "",
        string.Join("; ", Charges), string.Join("; ", Claims), Judge ?? "", Prosecutor ?? "", Summary ?? "", string.Join(" ", Sources), UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// The records of these rulings in this order, their summaries redacted for the hidden persons they
    /// can name (a ruling no longer public since its id was found is left out): a page of the API.
    /// </summary>
    public static async Task<List<RulingRecord>> OfAsync(ReadOnlyArchiveDbContext db, IReadOnlyCollection<int> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<int, RulingRecord>(ids.Count);
        await foreach (var row in PageOf(db, PlanKeys.Of(ids)).WithCancellation(cancellationToken))
        {
            byId[row.Id] = row.ToRecord(baseUrl);
        }
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>
    /// The records of rulings the caller has limited to what the public may see (and to a page), in the
    /// query's order, read in one statement (hidden names are redacted on the way out: PublicRedaction).
    /// </summary>
    public static async Task<List<RulingRecord>> ReadAsync(
        ArchiveDbContext db, IQueryable<Ruling> rulings, string baseUrl, CancellationToken cancellationToken)
    {
        var rows = await RowsOf(rulings).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToRecord(baseUrl))];
    }

    /// <summary>
    /// Streams the records of rulings the caller has limited to what the public may see, in the query's
    /// order: an export. The
    /// rows come one at a time only inside an operation of the execution strategy (a retrying strategy
    /// otherwise reads the whole result first).
    /// </summary>
    public static async IAsyncEnumerable<RulingRecord> StreamAsync(
        ArchiveDbContext db, IQueryable<Ruling> ordered, string baseUrl,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in RowsOf(ordered).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row.ToRecord(baseUrl);
        }
    }

    private static IQueryable<Row> RowsOf(IQueryable<Ruling> rulings) => rulings.Select(Projection);

    /// <summary>
    /// What a record is read as, one expression for the API, the feed and the exports: a flat row a ruling.
    /// The date as its columns (projecting the complex property reads every column of the ruling); the claims'
    /// kinds from the ruling's search facts, where the triggers keep the same public claims' kinds that the
    /// claim filter reads (ruling_search_facts_source); the sources' addresses the one collection, so that no
    /// two collections multiply each other's rows.
    /// </summary>
    private static readonly System.Linq.Expressions.Expression<Func<Ruling, Row>> Projection = r => new Row(
        r.Id,
        r.Key,
        r.Person.Visibility == PersonVisibility.Pseudonymised ? r.Person.Pseudonym! : r.Person.DisplayName,
        r.Person.Slug,
        r.Person.PublicEthnicity,
        r.Person.PublicOriginCountry,
        r.Court.Name,
        r.Court.Slug,
        r.Court.Town,
        r.Court.Country,
        (int?)r.Date!.Year,
        r.Date!.Month,
        r.Date!.Day,
        (bool?)r.Date!.Inferred,
        r.Outcome,
        r.Verdict,
        r.SentenceKind,
        r.SentenceMonths,
        r.FineAmount,
        r.FineValue,
        r.FineCurrency,
        r.Charges,
        r.Summary,
        r.UpdatedAt,
        r.SearchFacts!.ClaimKinds,
        r.Judge == null || r.Judge.Visibility == PersonVisibility.Withheld ? null : r.Judge.Visibility == PersonVisibility.Pseudonymised ? r.Judge.Pseudonym : r.Judge.DisplayName,
        r.Prosecutor == null || r.Prosecutor.Visibility == PersonVisibility.Withheld ? null : r.Prosecutor.Visibility == PersonVisibility.Pseudonymised ? r.Prosecutor.Pseudonym : r.Prosecutor.DisplayName,
        r.Citations.AsQueryable().Where(PublicQueries.CitationIsPublished).Where(c => c.Source.Url != null).Select(c => c.Source.Url!).Distinct().ToList());

    // A page of the API, compiled once as the search page's rows are (RulingSearch), after the projection it reads: no translation or cache
    // lookup per page, and the key list padded (PlanKeys) so that the statement keeps one plan per connection.
    private static readonly Func<ReadOnlyArchiveDbContext, int[], IAsyncEnumerable<Row>> PageOf = EF.CompileAsyncQuery(
        (ReadOnlyArchiveDbContext db, int[] ids) => db.Rulings.AsNoTracking().Where(PublicQueries.RulingIsPublic).Where(r => ids.Contains(r.Id)).Select(Projection));

    /// <summary>What a record is made of, as read.</summary>
    private sealed record Row(
        int Id, string Key, string Person, string PersonSlug, string? Ethnicity, string? Origin, string Court, string CourtSlug, string? Town, string Country,
        int? Year, int? Month, int? Day, bool? Inferred, Outcome Outcome, Verdict? Verdict, SentenceKind? SentenceKind, int? SentenceMonths, string? FineAmount,
        decimal? FineValue, string? FineCurrency, List<string> Charges, string? Summary, DateTimeOffset UpdatedAt, List<string>? Claims, string? Judge,
        string? Prosecutor, List<string> Sources)
    {
        public RulingRecord ToRecord(string baseUrl)
        {
            var date = RulingRow.DateOf(Year, Month, Day, Inferred);
            return new()
            {
                Id = Key,
                DatabaseId = Id,
                Url = $"{baseUrl}/rulings/{Key}",
                Person = Person,
                PersonSlug = PersonSlug,
                Ethnicity = Ethnicity,
                Origin = Origin,
                Court = Court,
                CourtSlug = CourtSlug,
                CourtTown = Town,
                Country = Country,
                Date = date?.ToIsoString(),
                DatePrecision = date is null ? null : VocabularyText.ToText(date.Precision),
                DateInferred = date?.Inferred ?? false,
                Outcome = VocabularyText.ToText(Outcome),
                Verdict = Verdict is Verdict v ? VocabularyText.ToText(v) : null,
                SentenceKind = SentenceKind is SentenceKind k ? VocabularyText.ToText(k) : null,
                SentenceMonths = SentenceMonths,
                FineAmount = FineAmount,
                FineValue = FineValue,
                FineCurrency = FineCurrency,
                Sentence = Display.Sentence(SentenceKind, SentenceMonths, FineAmount),
                Charges = Charges,
                Summary = Summary,
                // The facts hold the kinds as text, in text's order: given in the vocabulary's.
                Claims = [.. (Claims ?? []).Select(text => VocabularyText.TryParse<ClaimKind>(text, out var kind) ? kind : (ClaimKind?)null).OfType<ClaimKind>().Order().Select(VocabularyText.ToText)],
                Judge = Judge,
                Prosecutor = Prosecutor,
                Sources = Sources,
                UpdatedAt = UpdatedAt,
            };
        }
    }
}
