using CaseArchive.Domain;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>
/// What every edit page of the editors' area shares: saving with the version the form was
/// opened at, and, when someone else saved the record in between, both versions side by side.
/// </summary>
public abstract class RecordPageModel(ArchiveDbContext db) : PageModel
{
    protected ArchiveDbContext Db => db;

    /// <summary>A record a new one may duplicate (found as the import review finds them, <see cref="RecordMatcher"/>), with why: shown, and nothing saved, until the editor says it is new.</summary>
    public LikelyDuplicate? LikelySame { get; protected set; }

    /// <summary>The editor ticked "this is a new one" after being warned of <see cref="LikelySame"/>.</summary>
    [BindProperty]
    public bool ConfirmedNew { get; set; }

    public sealed record LikelyDuplicate(string Kind, string Label, string Address, string Reason);

    /// <summary>A create form's one-time token (a hidden field, made when the form is shown): the same form sent twice makes one record.</summary>
    [BindProperty]
    public Guid FormToken { get; set; }

    /// <summary>The editor answered "yes, delete it" on the page that asks (<see cref="AskingToDelete"/>).</summary>
    [BindProperty]
    public bool DeleteConfirmed { get; set; }

    /// <summary>The page asks whether to delete the record (<c>?delete=confirm</c>), with the button that does.</summary>
    public bool AskingToDelete { get; private set; }

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        // A delete is done only once the editor has said yes: the first press asks, on the record's own page.
        if (context.HandlerMethod?.Name == "Delete" && !DeleteConfirmed)
        {
            context.Result = Redirect($"{Request.PathBase}{Request.Path}?delete=confirm");
            return;
        }
        if (HttpMethods.IsGet(Request.Method))
        {
            AskingToDelete = Request.Query["delete"] == "confirm";
            if (FormToken == Guid.Empty)
            {
                FormToken = Guid.NewGuid();
            }
        }
        base.OnPageHandlerExecuting(context);
    }

    /// <summary>
    /// Creates the record once per form: when this form's token already made a record (sent twice, or again
    /// after Back), or makes it now while another send of it does, the editor is taken to that record and
    /// nothing new is saved. Null when the save was refused (the model state says why): show the page again.
    /// </summary>
    protected async Task<IActionResult?> CreateOnceAsync<T>(T record, string saved, CancellationToken cancellationToken) where T : Entity
    {
        if (await EarlierSubmissionAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }
        if (!ConfirmedNew && await JustMadeAsync(record, cancellationToken) is { } same)
        {
            // Back that reloads the form brings a new token: the same values saved moments ago are the sign of it.
            LikelySame = same;
            db.ChangeTracker.Clear();
            return null;
        }
        db.Submission = FormToken == Guid.Empty ? null : (FormToken, record);
        try
        {
            if (await SaveAsync(record, 0, cancellationToken) is not null)
            {
                return null;
            }
        }
        catch (DbUpdateException e) when (IsRepeatedForm(e))
        {
            db.ChangeTracker.Clear();
            return await EarlierSubmissionAsync(cancellationToken);
        }
        finally
        {
            db.Submission = null;
        }
        TempData["Saved"] = saved;
        return Redirect(EditorAddress(typeof(T).Name, record.Id));
    }

    /// <summary>How far back a record this editor made with the same values counts as the same form sent again.</summary>
    private static readonly TimeSpan RepeatWindow = TimeSpan.FromHours(1);

    /// <summary>Values that differ between two creations of the same thing (identity, bookkeeping, generated addresses).</summary>
    private static readonly string[] NotCompared = [nameof(Entity.Id), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt), nameof(Ruling.Key), nameof(Person.Slug)];

    /// <summary>
    /// A record of the same kind this editor created within <see cref="RepeatWindow"/> with exactly the values
    /// of <paramref name="record"/> (as the history recorded them at creation), and which still exists.
    /// </summary>
    private async Task<LikelyDuplicate?> JustMadeAsync<T>(T record, CancellationToken cancellationToken) where T : Entity
    {
        var mine = Comparable(RecordSnapshot.Take(db.Entry(record), original: false));
        var since = DateTimeOffset.UtcNow - RepeatWindow;
        var made = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == typeof(T).Name && a.Action == AuditAction.Created && a.Actor == db.ActorName && a.At >= since)
            .OrderByDescending(a => a.Id).Select(a => new { a.EntityId, a.After, a.At }).Take(50).ToListAsync(cancellationToken);
        foreach (var earlier in made)
        {
            if (RecordSnapshot.Parse(earlier.After) is { } theirs && System.Text.Json.Nodes.JsonNode.DeepEquals(mine, Comparable(theirs))
                && await db.Set<T>().AnyAsync(r => r.Id == earlier.EntityId, cancellationToken))
            {
                var word = RecordKinds.Describe(typeof(T));
                return new(word, $"{word} #{earlier.EntityId}", EditorAddress(typeof(T).Name, earlier.EntityId),
                    $"you saved one with exactly these values at {earlier.At.ToUniversalTime():HH:mm} UTC");
            }
        }
        return null;
    }

    private static System.Text.Json.Nodes.JsonObject Comparable(System.Text.Json.Nodes.JsonObject snapshot)
    {
        foreach (var name in NotCompared)
        {
            snapshot.Remove(name);
        }
        return snapshot;
    }

    /// <summary>The record this form's token made, if it made one: a redirect to it, saying so.</summary>
    protected async Task<IActionResult?> EarlierSubmissionAsync(CancellationToken cancellationToken)
    {
        if (FormToken == Guid.Empty)
        {
            return null;
        }
        var made = await db.AuditEntries.AsNoTracking().Where(a => a.FormToken == FormToken)
            .Select(a => new { a.EntityType, a.EntityId }).FirstOrDefaultAsync(cancellationToken);
        if (made is null)
        {
            return null;
        }
        TempData["Saved"] = "This form was sent before and made this record: nothing new was saved.";
        return Redirect(EditorAddress(made.EntityType, made.EntityId));
    }

    /// <summary>A record's page in the editors' area, by its class name.</summary>
    public static string EditorAddress(string entityType, int id) => RecordKinds.WordOf(entityType) switch
    {
        "import" => $"/editor/imports/{id}",
        var word => $"/editor/{word}s/edit/{id}",
    };

    private static bool IsRepeatedForm(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_audit_entries_form_token" };

    /// <summary>Set when the save was refused because someone else saved first: their values and this editor's.</summary>
    public IReadOnlyList<FieldChange>? Conflict { get; private set; }

    /// <summary>Who saved the other version, and when, for the conflict message.</summary>
    public string? ConflictBy { get; private set; }

    /// <summary>
    /// Saves the record unless someone else saved it after <paramref name="version"/>; then fills
    /// <see cref="Conflict"/>, returns the record's current version (for a knowing second save) and saves nothing.
    /// When the database refuses the values (a record chosen that no longer exists, a value too long), it says so
    /// in the model state, returns <paramref name="version"/> unchanged and saves nothing.
    /// </summary>
    protected async Task<uint?> SaveAsync<T>(T record, uint version, CancellationToken cancellationToken) where T : Entity
    {
        if (record.Id != 0)
        {
            db.Entry(record).Property(r => r.Version).OriginalValue = version;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && !IsRepeatedForm(e) && e.InnerException is PostgresException { SqlState: ['2', '2' or '3', _, _, _] } refusal)
        {
            // The page's own checks should have caught it; the database's constraints are the last word, and a
            // value they refuse is the editor's to correct, not a failure of the app.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, RefusalMessage(refusal.SqlState));
            return version;
        }
        catch (DbUpdateConcurrencyException)
        {
            var mine = RecordSnapshot.Take(db.Entry(record), original: false);
            db.ChangeTracker.Clear();
            IQueryable<T> query = db.Set<T>().IgnoreQueryFilters();
            if (typeof(T) == typeof(Person))
            {
                query = (IQueryable<T>)db.Persons.IgnoreQueryFilters().Include(p => p.Names);
            }
            var current = await query.AsNoTracking().FirstAsync(r => r.Id == record.Id, cancellationToken);
            var theirs = RecordSnapshot.Take(db.Attach(current), original: false);
            db.ChangeTracker.Clear();
            var diff = await RecordDiff.ForAsync(db, [theirs, mine], cancellationToken);
            Conflict = diff.Compare(theirs, mine);
            var last = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == typeof(T).Name && a.EntityId == record.Id)
                .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            ConflictBy = last is null ? null : $"{last.Actor}, {last.At.ToUniversalTime():d MMMM yyyy HH:mm} UTC";
            return current.Version;
        }
    }

    private static string RefusalMessage(string sqlState) => sqlState switch
    {
        PostgresErrorCodes.ForeignKeyViolation => "A record chosen on this form does not exist (any more): choose again. Nothing was saved.",
        PostgresErrorCodes.UniqueViolation => "Another record already has one of these values, and it must be unique: change it. Nothing was saved.",
        PostgresErrorCodes.StringDataRightTruncation => "A value is longer than its field can hold: shorten it. Nothing was saved.",
        _ => "The archive cannot store these values as they are: check the fields and try again. Nothing was saved.",
    };
}
