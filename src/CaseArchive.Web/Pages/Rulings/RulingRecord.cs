using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>
/// A ruling as exports, the API and the feed give it: its person (public name only), court,
/// date with its precision, outcome, verdict, sentence, charges and source addresses.
/// </summary>
public sealed record RulingRecord
{
    public int Id { get; init; }
    public string Url { get; init; } = string.Empty;
    public string Person { get; init; } = string.Empty;
    public string PersonSlug { get; init; } = string.Empty;
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
    public string? Sentence { get; init; }
    public IReadOnlyList<string> Charges { get; init; } = [];
    public string? Summary { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The columns of the CSV export, in order.</summary>
    public static readonly IReadOnlyList<string> CsvHeader =
    [
        "id", "url", "person", "person_slug", "court", "court_slug", "court_town", "country", "date", "date_precision", "date_inferred",
        "outcome", "verdict", "sentence_kind", "sentence_months", "fine_amount", "sentence", "charges", "summary", "sources", "updated_at",
    ];

    public IReadOnlyList<string> CsvFields() =>
    [
        Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Url, Person, PersonSlug, Court, CourtSlug, CourtTown ?? "", Country,
        Date ?? "", DatePrecision ?? "", DateInferred ? "true" : "false", Outcome, Verdict ?? "", SentenceKind ?? "",
        SentenceMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", FineAmount ?? "", Sentence ?? "",
        string.Join("; ", Charges), Summary ?? "", string.Join(" ", Sources), UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// The records of these rulings in this order, their summaries redacted for the hidden persons they
    /// can name (a ruling no longer public since its id was found is left out): a page of the API.
    /// </summary>
    public static async Task<List<RulingRecord>> OfAsync(ReadOnlyArchiveDbContext db, IReadOnlyCollection<int> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var wanted = ids.ToArray();
        var rulings = db.Rulings.AsNoTracking().VisibleToPublic().Where(r => wanted.Contains(r.Id));
        var redaction = Redaction.For(db);
        await redaction.PrepareAsync(await rulings.Select(r => r.Summary).ToListAsync(cancellationToken), cancellationToken);
        var byId = new Dictionary<int, RulingRecord>(wanted.Length);
        await foreach (var record in StreamAsync(db, rulings, baseUrl, redaction, cancellationToken))
        {
            byId[record.Id] = record;
        }
        return [.. wanted.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>Streams the records of rulings the caller has limited to what the public may see, in the list's order.</summary>
    public static async IAsyncEnumerable<RulingRecord> StreamAsync(
        ArchiveDbContext db, IQueryable<Ruling> ordered, string baseUrl, Redaction redaction,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = ordered.Select(r => new
        {
            r.Id,
            Person = r.Person.Visibility == PersonVisibility.Pseudonymised ? r.Person.Pseudonym! : r.Person.DisplayName,
            PersonSlug = r.Person.Slug,
            Court = r.Court.Name,
            CourtSlug = r.Court.Slug,
            r.Court.Town,
            r.Court.Country,
            r.Date,
            r.Outcome,
            r.Verdict,
            r.SentenceKind,
            r.SentenceMonths,
            r.FineAmount,
            r.Charges,
            r.Summary,
            r.UpdatedAt,
            Sources = db.Citations.Where(c => c.RulingId == r.Id && c.Source.Url != null).Select(c => c.Source.Url!).Distinct().ToList(),
        }).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            yield return new RulingRecord
            {
                Id = r.Id,
                Url = $"{baseUrl}/rulings/{r.Id}",
                Person = r.Person,
                PersonSlug = r.PersonSlug,
                Court = r.Court,
                CourtSlug = r.CourtSlug,
                CourtTown = r.Town,
                Country = r.Country,
                Date = r.Date?.ToIsoString(),
                DatePrecision = r.Date is null ? null : VocabularyText.ToText(r.Date.Precision),
                DateInferred = r.Date?.Inferred ?? false,
                Outcome = VocabularyText.ToText(r.Outcome),
                Verdict = r.Verdict is Verdict v ? VocabularyText.ToText(v) : null,
                SentenceKind = r.SentenceKind is SentenceKind k ? VocabularyText.ToText(k) : null,
                SentenceMonths = r.SentenceMonths,
                FineAmount = r.FineAmount,
                Sentence = Display.Sentence(r.SentenceKind, r.SentenceMonths, r.FineAmount),
                Charges = r.Charges,
                Summary = r.Summary is null ? null : redaction.Apply(r.Summary),
                Sources = r.Sources,
                UpdatedAt = r.UpdatedAt,
            };
        }
    }
}
