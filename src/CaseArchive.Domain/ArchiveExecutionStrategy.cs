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
