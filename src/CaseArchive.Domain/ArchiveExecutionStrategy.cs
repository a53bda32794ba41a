using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace CaseArchive.Domain;

/// <summary>
/// Retries an operation that failed on a dropped connection (a database restart, a failover) when it is
/// safe to: a read, a SaveChanges of its own, or a unit of work run through CreateExecutionStrategy().
/// Inside a transaction someone else opened (the history's save of a record with its entries, say) it
/// does not retry: repeating half a transaction could write twice or lose what was already accepted.
/// </summary>
public sealed class ArchiveExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 2, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null)
{
    private bool _insideOpenTransaction;

    /// <summary>
    /// Set for an operation whose reads hand their rows over as they come (<see cref="StreamingAsync"/>).
    /// EF Core reads a query's whole result before the first row whenever the strategy running it says
    /// it retries, so that a retry cannot hand rows over twice; this one says it does not.
    /// </summary>
    private bool _streams;

    public override bool RetriesOnFailure => !_streams && base.RetriesOnFailure;

    /// <summary>
    /// Runs an operation whose queries stream their rows instead of reading each result whole (an export
    /// writing a million rows as they are read). A dropped connection still restarts the operation from
    /// the beginning; an operation that has already handed rows on must throw a failure of its own, which
    /// is not retried, rather than start again.
    /// </summary>
    public static Task StreamingAsync(DbContext db, Func<CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        new ArchiveExecutionStrategy(db.GetService<ExecutionStrategyDependencies>()) { _streams = true }.ExecuteAsync(operation, cancellationToken);

    protected override void OnFirstExecution()
    {
        _insideOpenTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        if (_insideOpenTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }
        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) => !_insideOpenTransaction && base.ShouldRetryOn(exception);
}
