using CaseArchive.Domain;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.History;

/// <summary>A record's history: every change with who, when and what, and the way back to any version.</summary>
public class IndexModel(ArchiveDbContext db) : RecordPageModel(db)
{
    public string Kind { get; private set; } = string.Empty;
    public string KindWords { get; private set; } = string.Empty;
    public int RecordId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public bool IsDeleted { get; private set; }
    public uint CurrentVersion { get; private set; }
    public IReadOnlyList<Change> Changes { get; private set; } = [];
    public string? Error { get; private set; }

    public sealed record Change(AuditEntry Entry, IReadOnlyList<FieldChange> Fields, bool CanRestoreAfter, bool CanRestoreBefore, bool CanUndoMerge);

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken cancellationToken) =>
        await ShowAsync(kind, id, cancellationToken) ? Page() : NotFound();

    /// <summary>Restores the version after (or, for a deletion, before) a change.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string kind, int id, long entryId, bool before, uint version, CancellationToken cancellationToken)
    {
        var entry = await Db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(a => a.Id == entryId, cancellationToken);
        if (entry is null || RecordKinds.TypeOf(kind)?.Name != entry.EntityType || entry.EntityId != id)
        {
            return NotFound();
        }
        try
        {
            await Restoring.RestoreAsync(Db, entry, before, version, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            Error = "Someone changed this record after you opened its history, so nothing was restored. Here is its history as it is now: check the latest change, then restore again if you still want to.";
            return await ShowAsync(kind, id, cancellationToken) ? Page() : NotFound();
        }
        catch (DbUpdateException e)
        {
            Db.ChangeTracker.Clear();
            Error = $"That version cannot be restored as it is: {Reason(e)}";
            return await ShowAsync(kind, id, cancellationToken) ? Page() : NotFound();
        }
        catch (InvalidOperationException e)
        {
            Db.ChangeTracker.Clear();
            Error = $"That version cannot be restored as it is: {e.Message}";
            return await ShowAsync(kind, id, cancellationToken) ? Page() : NotFound();
        }
        TempData["Saved"] = "The version is restored. The restore is itself a change in the history below.";
        return Redirect($"/editor/history/{kind}/{id}");
    }

    public async Task<IActionResult> OnPostUndoMergeAsync(string kind, int id, long entryId, CancellationToken cancellationToken)
    {
        var entry = await Db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(a => a.Id == entryId && a.Action == AuditAction.Merged, cancellationToken);
        if (entry is null || RecordKinds.TypeOf(kind)?.Name != entry.EntityType || entry.EntityId != id)
        {
            return NotFound();
        }
        try
        {
            await Merging.UndoAsync(Db, entry, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            Error = $"The merge cannot be undone: {(e is DbUpdateException update ? Reason(update) : e.Message)}";
            return await ShowAsync(kind, id, cancellationToken) ? Page() : NotFound();
        }
        TempData["Saved"] = "The merge is undone: both records are back, each with its own records.";
        return Redirect($"/editor/history/{kind}/{id}");
    }

    private Task<string> PersonNameAsync(int personId, CancellationToken cancellationToken) =>
        Db.Persons.IgnoreQueryFilters().Where(p => p.Id == personId).Select(p => p.DisplayName).FirstAsync(cancellationToken);

    private static string Reason(DbUpdateException e) => e.InnerException is Npgsql.PostgresException { SqlState: "23505" }
        ? "another record now has the same address (slug) or the same text. Change that record first."
        : e.GetBaseException().Message;

    private async Task<bool> ShowAsync(string kind, int id, CancellationToken cancellationToken)
    {
        var type = RecordKinds.TypeOf(kind);
        if (type is null)
        {
            return false;
        }
        var record = await Restoring.LoadAsync(Db, type.Name, id, cancellationToken);
        if (record is null)
        {
            return false;
        }
        Kind = kind;
        KindWords = RecordKinds.Describe(type);
        RecordId = id;
        IsDeleted = record.IsDeleted;
        CurrentVersion = record.Version;
        Title = record switch
        {
            Person p => p.DisplayName,
            Court c => c.Name,
            Case c => c.Title,
            Source s => s.Title,
            Ruling r => $"ruling on {await PersonNameAsync(r.PersonId, cancellationToken)}",
            DetentionClaim c => $"claim of {await PersonNameAsync(c.PersonId, cancellationToken)}",
            TimelineEvent e => $"{Display.Words(e.Kind)} of {await PersonNameAsync(e.PersonId, cancellationToken)}",
            _ => $"{KindWords} #{id}",
        };
        var entries = await Db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == type.Name && a.EntityId == id)
            .OrderByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        var snapshots = entries.Where(e => e.Action is not (AuditAction.Merged or AuditAction.MergeUndone))
            .SelectMany(e => new[] { RecordSnapshot.Parse(e.Before), RecordSnapshot.Parse(e.After) }).ToList();
        var diff = await RecordDiff.ForAsync(Db, snapshots, cancellationToken);
        var changes = new List<Change>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var isMerge = entry.Action is AuditAction.Merged or AuditAction.MergeUndone;
            var fields = isMerge ? [] : diff.Compare(RecordSnapshot.Parse(entry.Before), RecordSnapshot.Parse(entry.After));
            var latest = i == 0 || entries.Take(i).All(e => e.Action is AuditAction.Merged or AuditAction.MergeUndone);
            changes.Add(new Change(
                entry,
                fields,
                CanRestoreAfter: !isMerge && entry.After is not null && entry.Action != AuditAction.Deleted && !latest,
                CanRestoreBefore: entry.Action == AuditAction.Deleted && IsDeleted && latest,
                CanUndoMerge: entry.Action == AuditAction.Merged && !await Merging.IsUndoneAsync(Db, entry, cancellationToken)));
        }
        Changes = changes;
        return true;
    }
}
