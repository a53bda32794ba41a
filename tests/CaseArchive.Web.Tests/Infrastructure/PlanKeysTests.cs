using CaseArchive.Domain;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Persons;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// The hot statements given key lists (a search's rows with their spellings, a timeline's quotes) keep one
/// generic plan per connection instead of being planned on every run.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PlanKeysTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Should_keep_the_keys_in_their_order_and_pad_with_zeros()
    {
        var keys = PlanKeys.Of([7, 3, 5]);

        Assert.Equal(PlanKeys.AtLeast, keys.Length);
        Assert.Equal([7, 3, 5], keys[..3]);
        Assert.All(keys[3..], k => Assert.Equal(0, k));
    }

    [Fact]
    public void Should_leave_a_list_of_enough_keys_as_it_is()
    {
        var many = Enumerable.Range(1, PlanKeys.AtLeast + 4).ToArray();

        Assert.Equal(many, PlanKeys.Of(many));
    }

    [Fact]
    public void Should_refuse_a_list_holding_the_key_it_pads_with()
    {
        Assert.Throws<ArgumentException>(() => PlanKeys.Of([4, 0]));
    }

    [Fact]
    public async Task Should_plan_a_search_pages_rows_a_lists_rows_and_a_timelines_quotes_once_per_connection()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        // One connection for every statement, so that its prepared statements can be read afterwards:
        // a new one (the pool's idle connections closed first), so that they are this test's alone.
        NpgsqlConnection.ClearPool((NpgsqlConnection)db.Database.GetDbConnection());
        await db.Database.OpenConnectionAsync();
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Slug == "qaisha-aqan");
        var rulingIds = await db.Rulings.Where(r => r.PersonId == person.Id).Select(r => r.Id).ToListAsync();
        Assert.NotEmpty(rulingIds);

        // Npgsql prepares a statement at its fifth use; PostgreSQL then plans it with its values five
        // times before it may keep a generic plan.
        for (var i = 0; i < 20; i++)
        {
            var rows = await RulingSearch.RowsAsync(db, rulingIds, new RulingFilter { Q = "Qaisha" }, CancellationToken.None);
            Assert.Equal(rulingIds.Count, rows.Count);
            var listed = await RulingSearch.RowsAsync(db, rulingIds, RulingFilter.None, CancellationToken.None);
            Assert.Equal(rulingIds.Count, listed.Count);
            var timeline = await PersonTimeline.LoadAsync(db, person, CancellationToken.None);
            Assert.Contains(timeline.Items, item => item.Citations.Count > 0);
        }

        var prepared = await db.Database
            .SqlQueryRaw<PreparedStatement>("""SELECT statement AS "Statement", generic_plans AS "Generic", custom_plans AS "Custom" FROM pg_prepared_statements""")
            .ToListAsync();
        // Each statement by its first columns and its key list (a search's rows with their spellings, a list's without).
        foreach (var (start, keys, spellings) in new[]
        {
            ("SELECT r.id, r.date_year, r.date_month, r.date_day, r.date_inferred, CASE", "AND r.id = ANY ($1)", true),
            ("SELECT r.id, r.date_year, r.date_month, r.date_day, r.date_inferred, CASE", "AND r.id = ANY ($1)", false),
            ("SELECT c.timeline_event_id, c.detention_claim_id, c.ruling_id", "timeline_event_id = ANY ($1)", false),
        })
        {
            var statement = Assert.Single(prepared, p => p.Statement.StartsWith(start, StringComparison.Ordinal) && p.Statement.Contains(keys, StringComparison.Ordinal)
                && p.Statement.Contains("person_names", StringComparison.Ordinal) == spellings);
            Assert.True(statement.Generic > statement.Custom && statement.Custom <= 5,
                $"{statement.Statement}\n: {statement.Generic} runs on a generic plan, {statement.Custom} planned with their values");
        }
    }

    private sealed record PreparedStatement(string Statement, long Generic, long Custom);
}
