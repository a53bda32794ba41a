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

    public static IQueryable<Ruling> VisibleToPublic(this IQueryable<Ruling> rulings) =>
        rulings.Where(RulingIsPublic);

    /// <summary>The same rule as an expression, for compiled queries (which cannot call <see cref="VisibleToPublic(IQueryable{Ruling})"/>).</summary>
    public static readonly Expression<Func<Ruling, bool>> RulingIsPublic = r => r.Person.Visibility != PersonVisibility.Withheld;

    public static IQueryable<DetentionClaim> VisibleToPublic(this IQueryable<DetentionClaim> claims) =>
        claims.Where(c => c.Person.Visibility != PersonVisibility.Withheld);

    public static IQueryable<TimelineEvent> VisibleToPublic(this IQueryable<TimelineEvent> events) =>
        events.Where(e => e.Person.Visibility != PersonVisibility.Withheld);

    /// <summary>A judge, prosecutor or other party shown beside a public record: null when withheld.</summary>
    public static Person? ShownToPublic(this Person? person) =>
        person is null || person.Visibility == PersonVisibility.Withheld ? null : person;
}
