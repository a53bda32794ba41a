using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>One line of a list of rulings, as the public sees it.</summary>
public sealed record RulingRow(
    int Id, PartialDate? Date, string PersonName, string PersonSlug, string CourtName, string CourtCountry,
    Outcome Outcome, SentenceKind? SentenceKind, int? SentenceMonths, string? FineAmount)
{
    public string? Sentence => Display.Sentence(SentenceKind, SentenceMonths, FineAmount);

    public int PersonId { get; init; }
    public string CourtSlug { get; init; } = string.Empty;

    /// <summary>The spelling of the person's name that a search matched, when it is not the name shown.</summary>
    public string? MatchedSpelling { get; init; }

    /// <summary>Projects rulings the caller has already limited to what the public may see.</summary>
    public static IQueryable<RulingRow> From(IQueryable<Ruling> rulings) =>
        rulings.Select(r => new RulingRow(
            r.Id,
            r.Date,
            r.Person.Visibility == PersonVisibility.Pseudonymised ? r.Person.Pseudonym! : r.Person.DisplayName,
            r.Person.Slug,
            r.Court.Name,
            r.Court.Country,
            r.Outcome,
            r.SentenceKind,
            r.SentenceMonths,
            r.FineAmount)
        {
            PersonId = r.PersonId,
            CourtSlug = r.Court.Slug,
        });

    /// <summary>Newest first: by date (undated last), then most recently entered.</summary>
    public static IQueryable<Ruling> Newest(IQueryable<Ruling> rulings) =>
        rulings.OrderBy(r => r.Date == null ? 1 : 0)
            .ThenByDescending(r => r.Date!.Year).ThenByDescending(r => r.Date!.Month).ThenByDescending(r => r.Date!.Day)
            .ThenByDescending(r => r.Id);
}
