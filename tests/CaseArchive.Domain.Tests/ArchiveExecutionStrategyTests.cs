using System.Data;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseArchive.Domain.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class ArchiveExecutionStrategyTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetToSampleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Whether the query's reader is still open on the connection once its first row is in hand.</summary>
    private static async Task<bool> ReaderOpenAtFirstRowAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        await foreach (var _ in db.Rulings.AsNoTracking().Select(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            return ((NpgsqlConnection)db.Database.GetDbConnection()).FullState.HasFlag(ConnectionState.Fetching);
        }
        throw new InvalidOperationException("The sample archive has no rulings.");
    }

    [Fact]
    public async Task Should_read_a_result_whole_first_outside_a_streaming_operation_and_row_by_row_inside_one()
    {
        await using var db = database.CreateContext();

        var outside = await ReaderOpenAtFirstRowAsync(db);
        var inside = false;
        await ArchiveExecutionStrategy.StreamingAsync(db, async token => inside = await ReaderOpenAtFirstRowAsync(db, token), CancellationToken.None);

        Assert.False(outside);
        Assert.True(inside);
    }

    [Fact]
    public async Task Should_run_a_streaming_operation_again_after_a_dropped_connection()
    {
        await using var db = database.CreateContext();
        var attempts = 0;

        await ArchiveExecutionStrategy.StreamingAsync(db, _ =>
        {
            if (++attempts == 1)
            {
                throw new NpgsqlException("The connection dropped.", new System.IO.IOException("reset by peer"));
            }
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Should_not_run_a_streaming_operation_again_when_it_wraps_the_failure_as_its_own()
    {
        await using var db = database.CreateContext();
        var attempts = 0;

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ArchiveExecutionStrategy.StreamingAsync(db, _ =>
        {
            attempts++;
            throw new InvalidOperationException("Rows were already written.", new NpgsqlException("The connection dropped.", new System.IO.IOException("reset by peer")));
        }, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.IsType<NpgsqlException>(thrown.InnerException);
    }
}
