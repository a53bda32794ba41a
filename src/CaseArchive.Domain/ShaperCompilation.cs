using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

// EF Core's query compilation context is an internal (EF1001), and the executor's expression and
// SupportsPrecompiledQuery belong to the experimental precompiled-query API (EF9100): extended here,
// and checked by ShaperCompilationTests, to be run again on every EF Core upgrade.
#pragma warning disable EF1001, EF9100

namespace CaseArchive.Domain;

/// <summary>
/// EF Core's query compilation with each query's inner delegates (the shaper that reads a row, the
/// resolver of the command) compiled once, when the query is, as EF Core 8 did. EF Core 9 and 10 keep
/// them as lambdas nested in the query's executor, and a compiled expression tree makes a nested lambda
/// into a delegate again on every run (<c>DynamicMethod.CreateDelegate</c>): 2.7% of the web app's
/// CPU on a search, which runs two queries (docs/performance.md). A nested lambda that uses nothing
/// from around it is the same delegate every time, so it is compiled on its own and put in as a constant.
/// </summary>
/// <remarks>Npgsql's factory, so that what it adds (its precompiled queries' context) stays as it is.</remarks>
public sealed class ShaperCompilingContextFactory : NpgsqlQueryCompilationContextFactory
{
    private readonly QueryCompilationContextDependencies _dependencies;
    private readonly RelationalQueryCompilationContextDependencies _relationalDependencies;

    public ShaperCompilingContextFactory(QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies)
        : base(dependencies, relationalDependencies) =>
        (_dependencies, _relationalDependencies) = (dependencies, relationalDependencies);

    public override QueryCompilationContext Create(bool async) => new ShaperCompilingContext(_dependencies, _relationalDependencies, async);
}

public sealed class ShaperCompilingContext(QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies, bool async)
    : NpgsqlQueryCompilationContext(dependencies, relationalDependencies, async)
{
    /// <summary>What <see cref="QueryCompilationContext.CreateQueryExecutor{TResult}"/> does, with the closed inner lambdas compiled once.</summary>
    public override Func<QueryContext, TResult> CreateQueryExecutor<TResult>(Expression query)
    {
        var executor = CreateQueryExecutorExpression<TResult>(query);
        var inlined = (Expression<Func<QueryContext, TResult>>)Dependencies.LiftableConstantProcessor.InlineConstants(executor, SupportsPrecompiledQuery);
        try
        {
            return inlined.Update(ClosedLambdas.Compile(inlined.Body), inlined.Parameters).Compile();
        }
        finally
        {
            Logger.QueryExecutionPlanned(Dependencies.Context, new ExpressionPrinter(), executor);
        }
    }
}

/// <summary>Replaces each lambda nested in an expression that uses no variable from outside itself with its compiled delegate.</summary>
public sealed class ClosedLambdas : ExpressionVisitor
{
    public static Expression Compile(Expression expression) => new ClosedLambdas().Visit(expression);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        var visited = (Expression<T>)base.VisitLambda(node);
        return IsClosed(visited) ? Expression.Constant(visited.Compile(), typeof(T)) : visited;
    }

    // A quoted lambda is passed as an expression tree, not as a delegate: it stays as it is.
    protected override Expression VisitUnary(UnaryExpression node) => node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);

    public static bool IsClosed(LambdaExpression lambda)
    {
        var finder = new FreeVariables();
        finder.Visit(lambda);
        return !finder.Found;
    }

    /// <summary>
    /// Whether an expression reads a variable it does not declare (as a lambda's parameter, a block's or
    /// a catch's variable), each declaration holding only inside its own lambda, block or catch.
    /// </summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];

        public bool Found { get; private set; }

        protected override Expression VisitLambda<T>(Expression<T> node) => Within(node.Parameters, () => base.VisitLambda(node));

        protected override Expression VisitBlock(BlockExpression node) => Within(node.Variables, () => base.VisitBlock(node));

        protected override CatchBlock VisitCatchBlock(CatchBlock node) =>
            node.Variable is null ? base.VisitCatchBlock(node) : Within([node.Variable], () => base.VisitCatchBlock(node));

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= !_declared.Contains(node);
            return node;
        }

        private TResult Within<TResult>(IEnumerable<ParameterExpression> variables, Func<TResult> visit)
        {
            // Only those not declared around it already, so that leaving does not undeclare an outer one.
            var added = variables.Where(_declared.Add).ToList();
            try
            {
                return visit();
            }
            finally
            {
                _declared.ExceptWith(added);
            }
        }
    }
}
