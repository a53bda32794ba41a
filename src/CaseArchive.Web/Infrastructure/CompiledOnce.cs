using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// A public query written once as ordinary LINQ (helper methods, captured values), compiled once
/// (<c>EF.CompileAsyncQuery</c>) for the public pages' context: a hot query built per request costs EF Core
/// its expression tree's walk, hashing and comparison with its cache on every run, which a compiled query skips.
/// </summary>
/// <remarks>
/// The builder is given two marker strings in place of the query's two values; wherever its lambdas capture
/// one of them, the compiled query reads its parameter instead, and a captured context becomes the compiled
/// query's context, so each run reads its own values on its own context. The builder must therefore use the
/// values only as given inside its lambdas (a value derived from one in C#, such as <c>value + "%"</c> outside
/// a lambda, would be compiled as the marker's), and take its branches on other arguments: a compiled query
/// serves the branch it was built with.
/// </remarks>
public static class CompiledOnce
{
    public static Func<ReadOnlyArchiveDbContext, string, string, IAsyncEnumerable<T>> Query<T>(Func<string, string, IQueryable<T>> build)
    {
        // Fresh instances, told apart from every other string by reference.
        var (first, second) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var db = Expression.Parameter(typeof(ReadOnlyArchiveDbContext), "db");
        var one = Expression.Parameter(typeof(string), "first");
        var two = Expression.Parameter(typeof(string), "second");
        var captured = new Captured(db, [(first, one), (second, two)]);
        var body = captured.Visit(build(first, second).Expression);
        if (captured.Unused.Count > 0)
        {
            throw new InvalidOperationException("A compiled public query does not read every value it is given as given: build it from the values themselves.");
        }
        return EF.CompileAsyncQuery(Expression.Lambda<Func<ReadOnlyArchiveDbContext, string, string, IQueryable<T>>>(body, db, one, two));
    }

    /// <summary>Turns a captured marker into its parameter and a captured context into the context parameter.</summary>
    private sealed class Captured(ParameterExpression db, (string Marker, ParameterExpression Parameter)[] values) : ExpressionVisitor
    {
        public HashSet<string> Unused { get; } = [.. values.Select(v => v.Marker)];

        protected override Expression VisitConstant(ConstantExpression node) => (Expression?)Replacement(node.Value, node.Type) ?? node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression closure && node.Member is FieldInfo field)
            {
                var value = field.GetValue(closure.Value);
                if (Replacement(value, node.Type) is { } replacement)
                {
                    return replacement;
                }
                // A captured query (a subquery built apart) is inlined, so that its own captures are seen too.
                if (value is IQueryable query && node.Type.IsAssignableFrom(query.Expression.Type))
                {
                    return Visit(query.Expression);
                }
            }
            return base.VisitMember(node);
        }

        private ParameterExpression? Replacement(object? value, Type type)
        {
            foreach (var (marker, parameter) in values)
            {
                if (ReferenceEquals(value, marker))
                {
                    Unused.Remove(marker);
                    return parameter;
                }
            }
            return value switch
            {
                DbContext when type.IsAssignableFrom(db.Type) => db,
                DbContext => throw new InvalidOperationException($"A compiled public query captures a {type.Name}: it runs on the public pages' context only."),
                _ => null,
            };
        }
    }
}
