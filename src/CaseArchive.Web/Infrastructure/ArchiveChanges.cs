using CaseArchive.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// Tells what this app server keeps from the archive that the archive's records changed: the output cache
/// first (its public answers evicted), then each subscriber (<see cref="Subscribe"/>). Told at once when
/// this server saves (<see cref="ArchiveChangesOnSave"/>), when PostgreSQL announces a write by anyone
/// (<see cref="ArchiveChangeListener"/>), and whenever the listener (re)connects, since it may have missed
/// some. Subscribers are called one after another; one that fails is logged and does not stop the others.
/// </summary>
public sealed class ArchiveChanges(IOutputCacheStore outputCache, ILogger<ArchiveChanges> logger)
{
    private readonly List<Func<CancellationToken, Task>> _subscribers = [];
    private long _generation;

    /// <summary>
    /// How many changes this server has been told of. An answer made while it moved may show what the change
    /// hid (its hidden names read before the change), so it is sent but not kept (<see cref="PublicRedaction"/>).
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Calls <paramref name="onChanged"/> after every change from now on.</summary>
    public void Subscribe(Func<CancellationToken, Task> onChanged)
    {
        lock (_subscribers)
        {
            _subscribers.Add(onChanged);
        }
    }

    /// <summary>Evicts the cached public answers and tells every subscriber that the archive changed.</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        // Before the eviction: an answer that checks the count after it is kept only if it began after the change.
        Interlocked.Increment(ref _generation);
        await outputCache.EvictByTagAsync(OutputCaching.Tag, cancellationToken);
        Func<CancellationToken, Task>[] subscribers;
        lock (_subscribers)
        {
            subscribers = [.. _subscribers];
        }
        foreach (var onChanged in subscribers)
        {
            try
            {
                await onChanged(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A subscriber to the archive's changes failed");
            }
        }
    }
}

/// <summary>
/// Listens on <see cref="ChangeNotifications.Channel"/> on a connection of its own to the primary (replicas
/// cannot listen) and passes each notification to <see cref="ArchiveChanges"/>. The connection is checked
/// every <see cref="Probe"/>; after a drop it connects again, and on every (re)connection it reports a change,
/// since notifications sent while it was not listening are lost.
/// </summary>
public sealed class ArchiveChangeListener(ArchiveChanges changes, IConfiguration configuration, ILogger<ArchiveChangeListener> logger) : BackgroundService
{
    /// <summary>The name the listener's connection carries in pg_stat_activity.</summary>
    public const string ApplicationName = "casearchive-changes";

    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    /// <summary>Null before the first connection; false while the connection is lost.</summary>
    private bool? _listening;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Archive"))
        {
            ApplicationName = ApplicationName,
            // A broken connection is dropped, not handed back to a pool.
            Pooling = false,
            CommandTimeout = (int)Probe.TotalSeconds,
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                if (_listening ?? true)
                {
                    logger.LogWarning(e, "Not listening for the archive's changes (other servers' edits reach this server's cache only when it expires); trying again");
                }
                _listening = false;
            }
            try
            {
                await Task.Delay(Retry, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var notified = false;
        connection.Notification += (_, _) => notified = true;
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeNotifications.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        if (_listening == false)
        {
            logger.LogInformation("Listening for the archive's changes again");
        }
        _listening = true;
        // Whatever changed while nobody listened went unannounced.
        await changes.ChangedAsync(stoppingToken);
        while (true)
        {
            if (!await connection.WaitAsync(Probe, stoppingToken))
            {
                // Nothing for a while: a query tells a live connection from one silently gone.
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteNonQueryAsync(stoppingToken);
            }
            if (notified)
            {
                notified = false;
                await changes.ChangedAsync(stoppingToken);
            }
        }
    }
}

/// <summary>Tells <see cref="ArchiveChanges"/> whenever the archive's records are saved through this server, before its answer is sent.</summary>
public sealed class ArchiveChangesOnSave(ArchiveChanges changes) : SaveChangesInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0 && eventData.Context is ArchiveDbContext)
        {
            await changes.ChangedAsync(cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context is ArchiveDbContext)
        {
            changes.ChangedAsync(default).GetAwaiter().GetResult();
        }
        return result;
    }
}

public static class ArchiveChangesSetup
{
    /// <summary>The archive's changes, told by this server's saves and by PostgreSQL's notifications of everyone's writes.</summary>
    public static void AddArchiveChanges(this IServiceCollection services)
    {
        services.AddSingleton<ArchiveChanges>();
        services.AddSingleton<ArchiveChangesOnSave>();
        services.AddHostedService<ArchiveChangeListener>();
    }
}
