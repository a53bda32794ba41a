using System.Linq.Expressions;
using CaseArchive.Domain.Model;

namespace CaseArchive.Domain;

/// <summary>
/// What the public may see, defined once. Every public read (pages, search, exports,
/// feeds, the API) starts from these: a withheld person appears nowhere public.
/// </summary>
public static class PublicQueries
{
    public static IQueryable<Person> VisibleToPublic(this IQueryable<Person> persons) =>
        persons.Where(PersonIsPublic);

    /// <summary>The same rule as an expression, for compiled queries.</summary>
    public static readonly Expression<Func<Person, bool>> PersonIsPublic = p => p.Visibility != PersonVisibility.Withheld;

    /// <summary>A source that may be published: with a title and an outlet (declared first: the citations' rule is made from it).</summary>
    public static readonly Expression<Func<Source, bool>> SourceIsPublished =
        s => s.Title.Trim() != "" && s.Outlet != null && s.Outlet.Trim() != "";

    /// <summary>
    /// A citation the public may be shown, and that makes what it cites public: its source has a title
    /// and an outlet (a deleted source's citations are filtered out already). The database's search facts
    /// say the same (citation_source_is_published, Migrations/Baseline).
    /// </summary>
    public static readonly Expression<Func<Citation, bool>> CitationIsPublished = OfSource(SourceIsPublished);

    private static Expression<Func<Citation, bool>> OfSource(Expression<Func<Source, bool>> rule)
    {
        var citation = Expression.Parameter(typeof(Citation), "c");
        return Expression.Lambda<Func<Citation, bool>>(
            new Replacing(rule.Parameters[0], Expression.Property(citation, nameof(Citation.Source))).Visit(rule.Body)!, citation);
    }

    private sealed class Replacing(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }

    public static IQueryable<Citation> VisibleToPublic(this IQueryable<Citation> citations) =>
        citations.Where(CitationIsPublished);

    public static IQueryable<Ruling> VisibleToPublic(this IQueryable<Ruling> rulings) =>
        rulings.Where(RulingIsPublic);

    /// <summary>
    /// The same rule as an expression, for compiled queries (which cannot call <see cref="VisibleToPublic(IQueryable{Ruling})"/>):
    /// the person not withheld, and the ruling sourced (nothing is public before it is).
    /// </summary>
    public static readonly Expression<Func<Ruling, bool>> RulingIsPublic =
        r => r.Person.Visibility != PersonVisibility.Withheld && r.Citations.AsQueryable().Any(CitationIsPublished);

    /// <summary>A ruling, claim or event is sourced when one of its citations is published; an editor sees the others marked.</summary>
    public static readonly Expression<Func<DetentionClaim, bool>> ClaimIsPublic =
        c => c.Person.Visibility != PersonVisibility.Withheld && c.Citations.AsQueryable().Any(CitationIsPublished);

    public static readonly Expression<Func<TimelineEvent, bool>> EventIsPublic =
        e => e.Person.Visibility != PersonVisibility.Withheld && e.Citations.AsQueryable().Any(CitationIsPublished);

    public static IQueryable<DetentionClaim> VisibleToPublic(this IQueryable<DetentionClaim> claims) =>
        claims.Where(ClaimIsPublic);

    public static IQueryable<TimelineEvent> VisibleToPublic(this IQueryable<TimelineEvent> events) =>
        events.Where(EventIsPublic);

    /// <summary>A judge, prosecutor or other party shown beside a public record: null when withheld.</summary>
    public static Person? ShownToPublic(this Person? person) =>
        person is null || person.Visibility == PersonVisibility.Withheld ? null : person;
}
