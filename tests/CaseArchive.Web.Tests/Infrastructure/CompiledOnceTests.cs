using CaseArchive.Domain;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// A query compiled once from an ordinary builder reads each run's own values, and refuses a builder that
/// changes a value outside its lambdas (the compiled copy would read the first run's value for every run).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CompiledOnceTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_read_each_runs_own_values()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        var slugs = await db.Persons.OrderBy(p => p.Slug).Select(p => p.Slug).Take(2).ToListAsync();
        var query = CompiledOnce.Query((first, second) => db.Persons.Where(p => p.Slug == first || p.Slug == second).Select(p => p.Slug));

        Assert.Equal([slugs[0]], await query(db, slugs[0], "none").ToListAsync());
        Assert.Equal([slugs[1]], await query(db, "none", slugs[1]).ToListAsync());
    }

    [Fact]
    public async Task Should_refuse_a_value_changed_outside_the_lambdas()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();

        Assert.Throws<InvalidOperationException>(() => CompiledOnce.Query((first, second) =>
        {
            var prefix = first + "%";
            return db.Persons.Where(p => EF.Functions.Like(p.Slug, prefix) || p.Slug == second).Select(p => p.Slug);
        }));
    }
}
