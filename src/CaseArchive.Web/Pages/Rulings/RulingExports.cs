using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using CaseArchive.Domain;
using CaseArchive.Web.Infrastructure;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>/rulings/export.csv and /rulings/export.json: every ruling the filters select, streamed row by row.</summary>
public static class RulingExports
{
    /// <summary>
    /// Exports running at once on this server: a quarter of the public reads' connections
    /// (<see cref="ArchiveSetup.PublicReadConnections"/>), at least one. An export reads all its rulings
    /// in one statement (seconds for a year of a large archive) and holds a connection
    /// meanwhile; unbounded, four exports at once would hold every connection the pages wait for. The
    /// others wait their turn, in order; beyond <see cref="Waiting"/> waiting, an export is refused with
    /// 503 and Retry-After.
    /// </summary>
    public static readonly int AtOnce = Math.Max(1, ArchiveSetup.PublicReadConnections / 4);

    /// <summary>Exports that may wait for their turn.</summary>
    public const int Waiting = 16;

    private static readonly ConcurrencyLimiter Turns = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = AtOnce,
        QueueLimit = Waiting,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Exports waiting for their turn now.</summary>
    internal static long WaitingNow => Turns.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>This export's turn, waited for; or null after answering 503 because too many are waiting.</summary>
    private static async Task<RateLimitLease?> TurnOrRefusedAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var turn = await Turns.AcquireAsync(1, cancellationToken);
        if (turn.IsAcquired)
        {
            return turn;
        }
        turn.Dispose();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "60";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync($"{AtOnce + Waiting} exports are already running or waiting on this server: try again in a minute.\n", Encoding.UTF8, cancellationToken);
        return null;
    }

    public static void MapRulingExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/rulings/export.csv", ExportCsvAsync).ExcludeFromDescription().RequireRateLimiting(RateLimits.PublicApi);
        endpoints.MapGet("/rulings/export.json", ExportJsonAsync).ExcludeFromDescription().RequireRateLimiting(RateLimits.PublicApi);
    }

    private static async Task ExportCsvAsync(HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (await FilteredOrRefusedAsync(context, db) is not { } ordered)
        {
            return;
        }
        using var turn = await TurnOrRefusedAsync(context, cancellationToken);
        if (turn is null)
        {
            return;
        }
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"rulings.csv\"";
        // Injection escaping: a cell starting with = + - @ is not run as a formula by a spreadsheet.
        await using var csv = CsvWriter.Create(context.Response.Body, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        foreach (var column in RulingRecord.CsvHeader)
        {
            csv.WriteField(column);
        }
        await csv.EndRecordAsync(cancellationToken);
        await WriteEachAsync(db, ordered, BaseUrl(context), async record =>
        {
            foreach (var field in record.CsvFields())
            {
                csv.WriteField(field);
            }
            await csv.EndRecordAsync(cancellationToken);
        }, cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    private static async Task ExportJsonAsync(HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (await FilteredOrRefusedAsync(context, db) is not { } ordered)
        {
            return;
        }
        using var turn = await TurnOrRefusedAsync(context, cancellationToken);
        if (turn is null)
        {
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"rulings.json\"";
        // Written into the response's pipe (no synchronous I/O), which is flushed to the client every 200 rulings.
        var body = context.Response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = ApiJson.Options.Encoder });
        json.WriteStartArray();
        var written = 0;
        await WriteEachAsync(db, ordered, BaseUrl(context), async record =>
        {
            JsonSerializer.Serialize(json, record, ApiJson.Options);
            if (++written % 200 == 0)
            {
                await json.FlushAsync(cancellationToken);
                await body.FlushAsync(cancellationToken);
            }
        }, cancellationToken);
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
        await body.FlushAsync(cancellationToken);
    }

    /// <summary>The filtered, ordered rulings; or null after answering 400 with what was wrong.</summary>
    private static async Task<IQueryable<Domain.Model.Ruling>?> FilteredOrRefusedAsync(HttpContext context, ReadOnlyArchiveDbContext db)
    {
        var parsed = RulingFilter.Parse(context.Request.Query);
        if (parsed.Filter is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The filters could not be read:\n" + string.Join("\n", parsed.Errors.Select(e => "- " + e)) + "\n", Encoding.UTF8);
            return null;
        }
        var filter = await parsed.Filter.ResolveAsync(db, context.RequestAborted);
        return RulingSearch.Ordered(filter.Rulings(db), filter);
    }

    /// <summary>
    /// Writes the record of each ruling as it is read: the app holds one ruling at a time, not the whole
    /// export (reading a large export whole first would hold all of it in memory).
    /// The rows stream because they are read in a streaming operation of the execution strategy, which a
    /// dropped connection retries from the start only while nothing has been written; once the response
    /// has begun, a retry would write rulings twice, so the failure ends the export instead.
    /// </summary>
    private static async Task WriteEachAsync(ReadOnlyArchiveDbContext db, IQueryable<Domain.Model.Ruling> ordered, string baseUrl, Func<RulingRecord, Task> write, CancellationToken cancellationToken)
    {
        var written = false;
        await ArchiveExecutionStrategy.StreamingAsync(db, async token =>
        {
            try
            {
                await foreach (var record in RulingRecord.StreamAsync(db, ordered, baseUrl, token))
                {
                    written = true;
                    await write(record);
                }
            }
            catch (Exception e) when (written && e is not OperationCanceledException)
            {
                throw new ExportInterruptedException(e);
            }
        }, cancellationToken);
    }

    /// <summary>An export failed after its first rulings were written: not retried, the response ends unfinished.</summary>
    private sealed class ExportInterruptedException(Exception inner) : Exception("The export failed after its first rulings were written.", inner);

    public static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
