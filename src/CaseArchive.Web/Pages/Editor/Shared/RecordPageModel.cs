using CaseArchive.Domain;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>
/// What every edit page of the editors' area shares: saving with the version the form was
/// opened at, and, when someone else saved the record in between, both versions side by side.
/// </summary>
public abstract class RecordPageModel(ArchiveDbContext db) : PageModel
{
    protected ArchiveDbContext Db => db;

    /// <summary>Set when the save was refused because someone else saved first: their values and this editor's.</summary>
    public IReadOnlyList<FieldChange>? Conflict { get; private set; }

    /// <summary>Who saved the other version, and when, for the conflict message.</summary>
    public string? ConflictBy { get; private set; }

    /// <summary>
    /// Saves the record unless someone else saved it after <paramref name="version"/>; then fills
    /// <see cref="Conflict"/>, returns the record's current version (for a knowing second save) and saves nothing.
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
}
