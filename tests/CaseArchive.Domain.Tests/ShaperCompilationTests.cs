using System.Linq.Expressions;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace CaseArchive.Domain.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class ShaperCompilationTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetToSampleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static int Twice(Func<int, int> f, int x) => f(f(x));

    private static int Quoted(Expression<Func<int, int>> f, int x) => f.Compile()(x);

    private static readonly System.Reflection.MethodInfo TwiceMethod = typeof(ShaperCompilationTests).GetMethod(nameof(Twice), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static readonly System.Reflection.MethodInfo QuotedMethod = typeof(ShaperCompilationTests).GetMethod(nameof(Quoted), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    [Fact]
    public void Should_compile_a_nested_lambda_that_uses_nothing_from_outside_once()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        Expression<Func<int, int>> closed = n => n + 1;
        var open = Expression.Lambda<Func<int, int>>(Expression.Add(y, x), y);
        var body = Expression.Add(
            Expression.Call(TwiceMethod, closed, x),
            Expression.Call(TwiceMethod, open, x));

        var hoisted = (BinaryExpression)ClosedLambdas.Compile(body);

        // n + 1 reads only its own parameter: it is now its delegate; y + x reads the outer x and stays a lambda.
        Assert.IsAssignableFrom<ConstantExpression>(((MethodCallExpression)hoisted.Left).Arguments[0]);
        Assert.IsAssignableFrom<LambdaExpression>(((MethodCallExpression)hoisted.Right).Arguments[0]);
        // (5 + 1) + 1, and (5 + 5) + 5, as before.
        Assert.Equal(7 + 15, Expression.Lambda<Func<int, int>>(hoisted, x).Compile()(5));
    }

    [Fact]
    public void Should_leave_a_quoted_lambda_as_an_expression_tree()
    {
        var x = Expression.Parameter(typeof(int), "x");
        Expression<Func<int, int>> doubled = n => n * 2;
        var call = Expression.Call(QuotedMethod, Expression.Quote(doubled), x);

        var hoisted = (MethodCallExpression)ClosedLambdas.Compile(call);

        Assert.Equal(ExpressionType.Quote, hoisted.Arguments[0].NodeType);
        Assert.Equal(10, Expression.Lambda<Func<int, int>>(hoisted, x).Compile()(5));
    }

    [Fact]
    public void Should_see_a_variable_declared_inside_a_lambda_as_its_own()
    {
        var local = Expression.Variable(typeof(int), "local");
        var n = Expression.Parameter(typeof(int), "n");
        var withBlock = Expression.Lambda<Func<int, int>>(Expression.Block([local], Expression.Assign(local, n), Expression.Add(local, n)), n);
        var outer = Expression.Parameter(typeof(int), "outer");
        var readsOuter = Expression.Lambda<Func<int, int>>(Expression.Add(n, outer), n);

        // n declared by an inner lambda, then read outside it: the outer read is still free.
        var inner = Expression.Lambda<Func<int, int>>(n, n);
        var readsAfterInner = Expression.Lambda<Func<int>>(Expression.Block(Expression.Invoke(inner, Expression.Constant(1)), n));

        Assert.True(ClosedLambdas.IsClosed(withBlock));
        Assert.False(ClosedLambdas.IsClosed(readsOuter));
        Assert.True(ClosedLambdas.IsClosed(inner));
        Assert.False(ClosedLambdas.IsClosed(readsAfterInner));
    }

    [Fact]
    public async Task Should_compile_the_archives_queries_with_their_shapers_compiled_once()
    {
        await using var db = database.CreateContext();
        var factory = db.GetService<IQueryCompilationContextFactory>();
        var context = Assert.IsType<ShaperCompilingContext>(factory.Create(async: false));

        var executor = context.CreateQueryExecutor<IEnumerable<int>>(db.Rulings.AsNoTracking().Select(r => r.Id).Expression);

        // A compiled expression tree keeps its constants in its closure: the shaper is one of them as a
        // delegate, and no inner method is left to be made into a delegate on each run.
        var closure = executor.Target!;
        var constants = Assert.IsType<object[]>(closure.GetType().GetField("Constants")!.GetValue(closure));
        Assert.Contains(constants, c => c is Delegate);
        Assert.DoesNotContain(constants, c => c is System.Reflection.Emit.DynamicMethod);
    }

    [Fact]
    public async Task Should_read_what_sql_reads_through_the_compiled_shapers()
    {
        await using var db = database.CreateContext();

        var people = await db.Rulings.AsNoTracking().Select(r => new { r.Id, Person = r.Person.DisplayName }).OrderBy(r => r.Id).ToListAsync();

        var counted = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM rulings r JOIN persons p ON p.id = r.person_id WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL").SingleAsync();
        Assert.Equal(counted, people.Count);
        Assert.All(people, p => Assert.False(string.IsNullOrEmpty(p.Person)));
    }
}
