using System.Linq.Expressions;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>One line of a list of rulings, as the public sees it.</summary>
public sealed record RulingRow(
    int Id, PartialDate? Date, string PersonName, string PersonSlug, string CourtName, string CourtCountry,
    Outcome Outcome, SentenceKind? SentenceKind, int? SentenceMonths, string? FineAmount)
{
    public string? Sentence => Display.Sentence(SentenceKind, SentenceMonths, FineAmount);

    /// <summary>The ruling's address, /rulings/{key}: the <see cref="Id"/> is for the server only.</summary>
    public string Key { get; init; } = string.Empty;

    public int PersonId { get; init; }
    public string CourtSlug { get; init; } = string.Empty;

    /// <summary>The spelling of the person's name that a search matched, when it is not the name shown.</summary>
    public string? MatchedSpelling { get; init; }

    /// <summary>The passage of the ruling's text a search matched, its words marked (<see cref="RulingSnippets"/>).</summary>
    public Snippet? Snippet { get; init; }

    /// <summary>Projects rulings the caller has already limited to what the public may see.</summary>
    public static IQueryable<RulingRow> From(IQueryable<Ruling> rulings) => rulings.Select(Projection);

    /// <summary>The row of a ruling, as an expression (for compiled queries too).</summary>
    public static readonly Expression<Func<Ruling, RulingRow>> Projection = r => new RulingRow(
            r.Id,
            // The date's columns, not the complex property: projecting that would read the whole ruling.
            DateOf((int?)r.Date!.Year, r.Date!.Month, r.Date!.Day, (bool?)r.Date!.Inferred),
            r.Person.Visibility == PersonVisibility.Pseudonymised ? r.Person.Pseudonym! : r.Person.DisplayName,
            r.Person.Slug,
            r.Court.Name,
            r.Court.Country,
            r.Outcome,
            r.SentenceKind,
            r.SentenceMonths,
            r.FineAmount)
    {
        Key = r.Key,
        PersonId = r.PersonId,
        CourtSlug = r.Court.Slug,
    };

    /// <summary>A date read as its columns (a ruling without a date has them all null).</summary>
    public static PartialDate? DateOf(int? year, int? month, int? day, bool? inferred) =>
        year is int y ? PartialDate.Create(y, month, day, inferred ?? false) : null;
}
