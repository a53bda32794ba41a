using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>
/// A list's rows are read by id after the ids were found (a search's from its facts): a ruling
/// deleted since, or whose person or court was, is left out, with or without the spellings a text
/// search reads alongside (the rows' statement keeps every soft-delete filter).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RulingSearchTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("ruling", null)]
    [InlineData("ruling", "Qaisha")]
    [InlineData("person", null)]
    [InlineData("person", "Qaisha")]
    [InlineData("court", null)]
    [InlineData("court", "Qaisha")]
    public async Task Should_leave_out_a_row_deleted_since_its_id_was_found(string deleted, string? q)
    {
        var ids = await IdsAsync();
        var before = await RowsAsync(ids, q);
        var gone = 0;
        await factory.ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.Include(r => r.Person).Include(r => r.Court).FirstAsync(r => r.Person.Slug == "qaisha-aqan");
            gone = ruling.Id;
            (deleted switch { "ruling" => (Entity)ruling, "person" => ruling.Person, _ => ruling.Court }).Delete();
        });

        var after = await RowsAsync(ids, q);

        Assert.Contains(before, r => r.Id == gone);
        Assert.Equal(before.Where(r => r.Id != gone).Select(r => r.Id), after.Select(r => r.Id));
    }

    private async Task<List<RulingRow>> RowsAsync(List<int> ids, string? q)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        return await RulingSearch.RowsAsync(db, ids, new RulingFilter { Q = q }, CancellationToken.None);
    }

    private async Task<List<int>> IdsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        return await db.Rulings.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
    }
}
