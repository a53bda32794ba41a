using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using CaseArchive.Domain;
using CaseArchive.Domain.Privacy;
using CaseArchive.Extraction.Text;
using CaseArchive.Web.Infrastructure;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using SpreadCheetah;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>/rulings/export.csv, .xlsx and .json: every ruling the filters select, streamed row by row.</summary>
public static partial class RulingExports
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
        endpoints.MapGet("/rulings/export.xlsx", ExportXlsxAsync).ExcludeFromDescription().RequireRateLimiting(RateLimits.PublicApi);
    }

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// "rulings_outcome-not-deported_from-2019.csv": the filters in Latin letters, digits and hyphens only
    /// (safe in any file system and header); a name search (q, judge) by its label alone, the same for every name.
    /// </summary>
    public static string FileName(RulingFilter filter, string extension)
    {
        var name = new StringBuilder("rulings");
        foreach (var pair in filter.ToQueryString(includeSort: false).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair.Split('=')[0], Uri.UnescapeDataString(pair.Split('=')[1]));
            // A name search's words are never written; other values always are (the reader's own words, the same for every name).
            var safe = key is "q" or "judge" ? "" : UnsafeInFileName().Replace(NameFolding.ToLatin(value), "-").Trim('-');
            var label = key switch { "q" => "search", "year_from" => "from", "year_to" => "to", _ => key };
            name.Append('_').Append(label);
            if (safe.Length > 0)
            {
                name.Append('-').Append(safe.Length > 40 ? safe[..40].TrimEnd('-') : safe);
            }
        }
        var stem = name.Length > 150 ? name.ToString(0, 150).TrimEnd('-', '_') : name.ToString();
        return $"{stem}.{extension}";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex UnsafeInFileName();

    private static string Attachment(RulingFilter filter, string extension) => $"attachment; filename=\"{FileName(filter, extension)}\"";

    private static async Task ExportCsvAsync(HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (await FilteredOrRefusedAsync(context, db) is not var (filter, ordered))
        {
            return;
        }
        using var turn = await TurnOrRefusedAsync(context, cancellationToken);
        if (turn is null)
        {
            return;
        }
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = Attachment(filter, "csv");
        // The byte-order mark: without it Excel reads UTF-8 as the system's code page and Cyrillic is garbled.
        await context.Response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
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
        if (await FilteredOrRefusedAsync(context, db) is not var (filter, ordered))
        {
            return;
        }
        using var turn = await TurnOrRefusedAsync(context, cancellationToken);
        if (turn is null)
        {
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.ContentDisposition = Attachment(filter, "json");
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

    /// <summary>
    /// The same rows and columns as the CSV, in a workbook. The redaction step cannot read inside a zip,
    /// so each cell is redacted here, with the hidden names as they are now (the same rule as the step's).
    /// </summary>
    private static async Task ExportXlsxAsync(HttpContext context, ReadOnlyArchiveDbContext db, HiddenNamesStore store, CancellationToken cancellationToken)
    {
        if (await FilteredOrRefusedAsync(context, db) is not var (filter, ordered))
        {
            return;
        }
        using var turn = await TurnOrRefusedAsync(context, cancellationToken);
        if (turn is null)
        {
            return;
        }
        await using var scope = context.RequestServices.CreateAsyncScope();
        var lookups = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        var names = await store.CurrentAsync(lookups, cancellationToken);
        context.Response.ContentType = XlsxContentType;
        context.Response.Headers.ContentDisposition = Attachment(filter, "xlsx");
        // The zip's last writes are synchronous, which the response refuses: the workbook is written to a
        // temporary file (not memory: an export can hold a million rulings) and sent from there.
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (var workbook = await Spreadsheet.CreateNewAsync(file, cancellationToken: cancellationToken))
        {
            await WriteWorkbookAsync(context, db, ordered, workbook, names, store, lookups, cancellationToken);
        }
        file.Position = 0;
        await file.CopyToAsync(context.Response.Body, cancellationToken);
    }

    private static async Task WriteWorkbookAsync(HttpContext context, ReadOnlyArchiveDbContext db, IQueryable<Domain.Model.Ruling> ordered, Spreadsheet workbook, HiddenNames names, HiddenNamesStore store, ReadOnlyArchiveDbContext lookups, CancellationToken cancellationToken)
    {
        await workbook.StartWorksheetAsync("Rulings", token: cancellationToken);
        await workbook.AddHeaderRowAsync([.. RulingRecord.CsvHeader], token: cancellationToken);
        var cells = new DataCell[RulingRecord.CsvHeader.Count];
        await WriteEachAsync(db, ordered, BaseUrl(context), async record =>
        {
            var fields = record.CsvFields();
            for (var i = 0; i < cells.Length; i++)
            {
                // Text cells: nothing in them is read as a formula.
                cells[i] = new DataCell(await PublicRedaction.RedactAsync(fields[i], names, store, lookups, cancellationToken));
            }
            await workbook.AddRowAsync(cells, cancellationToken);
        }, cancellationToken);
        await workbook.FinishAsync(cancellationToken);
    }

    /// <summary>The filter and the filtered, ordered rulings; or null after answering 400 with what was wrong.</summary>
    private static async Task<(RulingFilter Filter, IQueryable<Domain.Model.Ruling> Ordered)?> FilteredOrRefusedAsync(HttpContext context, ReadOnlyArchiveDbContext db)
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
        return (filter, RulingSearch.Ordered(filter.Rulings(db), filter));
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
