using System.Linq.Expressions;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>
/// The order of every list of rulings, once: newest first (undated last), or most relevant first when a text
/// query asks for it; the id breaks ties. Its keys and its keyset condition (the rows after a cursor) are
/// expressions over <see cref="RulingFacts"/>: SQL runs them over a filter's facts (<see cref="RulingSearch"/>)
/// and, their members mapped to the ruling's, over rulings (exports, a court's page, the home page); a text
/// search's matches in memory (<see cref="RulingMatches"/>) run the same expressions compiled.
/// </summary>
public static class RulingOrder
{
    private sealed record Key(LambdaExpression Expression, bool Descending);

    private static Key Ascending<T>(Expression<Func<RulingFacts, T>> key) => new(key, false);

    private static Key Descending<T>(Expression<Func<RulingFacts, T>> key) => new(key, true);

    private static readonly Key[] ByDate = [Ascending(f => f.DateKey == null), Descending(f => f.DateKey), Descending(f => f.Id)];

    private static readonly Key[] ByRelevance = [Descending(f => f.Rank), Descending(f => f.Id)];

    /// <summary>The rows after a cursor, for each kind of cursor: dated (the undated follow the dated), undated, and by rank.</summary>
    private static readonly Expression<Func<RulingFacts, RulingCursor, bool>> AfterDated =
        (f, c) => f.DateKey < c.DateKey || (f.DateKey == c.DateKey && f.Id < c.Id) || f.DateKey == null;

    private static readonly Expression<Func<RulingFacts, RulingCursor, bool>> AfterUndated = (f, c) => f.DateKey == null && f.Id < c.Id;

    private static readonly Expression<Func<RulingFacts, RulingCursor, bool>> AfterRank = (f, c) => f.Rank < c.Rank || (f.Rank == c.Rank && f.Id < c.Id);

    private static readonly Func<IEnumerable<RulingFacts>, IEnumerable<RulingFacts>> SortByDate = Compile(ByDate);
    private static readonly Func<IEnumerable<RulingFacts>, IEnumerable<RulingFacts>> SortByRelevance = Compile(ByRelevance);
    private static readonly Func<RulingFacts, RulingCursor, bool> IsAfterDated = AfterDated.Compile();
    private static readonly Func<RulingFacts, RulingCursor, bool> IsAfterUndated = AfterUndated.Compile();
    private static readonly Func<RulingFacts, RulingCursor, bool> IsAfterRank = AfterRank.Compile();

    /// <summary>Whether the filter's list is ordered by relevance (a text query, and no other order asked for).</summary>
    public static bool ByRank(RulingFilter filter) => filter.Sort == RulingSort.Relevance && filter.Q is not null;

    /// <summary>The cursor of the page that starts after this row.</summary>
    public static RulingCursor CursorAfter(RulingFacts last, bool byRank) =>
        new(byRank ? RulingSort.Relevance : RulingSort.Date, last.DateKey, byRank ? last.Rank : 0f, last.Id);

    /// <summary>The rows after the cursor, in the order, in SQL.</summary>
    public static IOrderedQueryable<RulingFacts> Apply(IQueryable<RulingFacts> rows, bool byRank, RulingCursor? after = null)
    {
        if (after is not null)
        {
            var condition = After(after, byRank);
            // The cursor as a captured object's member, so that EF Core sends its values as parameters.
            var cursor = Expression.Property(Expression.Constant(new Holder(after)), nameof(Holder.Cursor));
            rows = rows.Where(Expression.Lambda<Func<RulingFacts, bool>>(
                new Replacer(condition.Parameters[1], cursor).Visit(condition.Body), condition.Parameters[0]));
        }
        return Sort(rows, byRank ? ByRelevance : ByDate, key => key);
    }

    /// <summary>The rows after the cursor, in the order, in memory (a text search's matches).</summary>
    public static IEnumerable<RulingFacts> Apply(IEnumerable<RulingFacts> rows, bool byRank, RulingCursor? after = null)
    {
        if (after is not null)
        {
            var test = byRank ? IsAfterRank : after.DateKey is null ? IsAfterUndated : IsAfterDated;
            rows = rows.Where(f => test(f, after));
        }
        return (byRank ? SortByRelevance : SortByDate)(rows);
    }

    /// <summary>Rulings in the filter's order (no cursor: the lists that use it are read from their start).</summary>
    public static IOrderedQueryable<Ruling> Apply(IQueryable<Ruling> rulings, RulingFilter filter)
    {
        var byRank = ByRank(filter);
        var ruling = Expression.Parameter(typeof(Ruling), "r");
        var members = new Dictionary<string, Expression>
        {
            [nameof(RulingFacts.Id)] = Expression.Property(ruling, nameof(Ruling.Id)),
            [nameof(RulingFacts.DateKey)] = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(DateOnly?)], ruling, Expression.Constant(RulingConfiguration.DateKey)),
        };
        if (byRank)
        {
            var rank = filter.Rank();
            members[nameof(RulingFacts.Rank)] = new Replacer(rank.Parameters[0], ruling).Visit(rank.Body);
        }
        return Sort(rulings, byRank ? ByRelevance : ByDate, key => Expression.Lambda(new FactsOfRuling(key.Parameters[0], members).Visit(key.Body), ruling));
    }

    private static Expression<Func<RulingFacts, RulingCursor, bool>> After(RulingCursor after, bool byRank) =>
        byRank ? AfterRank : after.DateKey is null ? AfterUndated : AfterDated;

    private static IOrderedQueryable<T> Sort<T>(IQueryable<T> rows, Key[] keys, Func<LambdaExpression, LambdaExpression> over)
    {
        var expression = rows.Expression;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = over(keys[i].Expression);
            expression = Expression.Call(typeof(Queryable), Method(i, keys[i].Descending), [typeof(T), key.ReturnType], expression, Expression.Quote(key));
        }
        return (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(expression);
    }

    private static Func<IEnumerable<RulingFacts>, IEnumerable<RulingFacts>> Compile(Key[] keys)
    {
        var rows = Expression.Parameter(typeof(IEnumerable<RulingFacts>), "rows");
        Expression expression = rows;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i].Expression;
            expression = Expression.Call(typeof(Enumerable), Method(i, keys[i].Descending), [typeof(RulingFacts), key.ReturnType], expression, key);
        }
        return Expression.Lambda<Func<IEnumerable<RulingFacts>, IEnumerable<RulingFacts>>>(expression, rows).Compile();
    }

    private static string Method(int index, bool descending) => (index, descending) switch
    {
        (0, false) => nameof(Queryable.OrderBy),
        (0, true) => nameof(Queryable.OrderByDescending),
        (_, false) => nameof(Queryable.ThenBy),
        (_, true) => nameof(Queryable.ThenByDescending),
    };

    private sealed class Holder(RulingCursor cursor)
    {
        public RulingCursor Cursor { get; } = cursor;
    }

    private sealed class Replacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    /// <summary>A key over the facts made a key over the ruling: each member read becomes the ruling's own.</summary>
    private sealed class FactsOfRuling(ParameterExpression facts, IReadOnlyDictionary<string, Expression> members) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == facts
                ? members.TryGetValue(node.Member.Name, out var member) ? member : throw new InvalidOperationException($"The order reads {node.Member.Name}, which rulings do not map.")
                : base.VisitMember(node);
    }
}
