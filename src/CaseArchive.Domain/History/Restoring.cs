using System.Globalization;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.History;

/// <summary>Puts a record back the way a history entry shows it, as a new change in the history.</summary>
public static class Restoring
{
    /// <summary>
    /// Restores the record of <paramref name="entry"/> to the values after that change (or, with
    /// <paramref name="before"/>, the values before it: how a deletion is undone). Deleted records come back.
    /// The record must still be at <paramref name="version"/>, or the save is refused as a conflict.
    /// </summary>
    public static async Task RestoreAsync(ArchiveDbContext db, AuditEntry entry, bool before, uint? version, CancellationToken cancellationToken = default)
    {
        var snapshot = RecordSnapshot.Parse(before ? entry.Before : entry.After)
            ?? throw new InvalidOperationException("That history entry has no version to restore.");
        var record = await LoadAsync(db, entry.EntityType, entry.EntityId, cancellationToken)
            ?? throw new InvalidOperationException("That record is no longer in the archive.");
        var tracked = db.Entry(record);
        if (version is uint expected)
        {
            tracked.Property(r => r.Version).OriginalValue = expected;
        }
        RecordSnapshot.Apply(tracked, snapshot);
        await RefuseDeletedReferencesAsync(db, tracked, cancellationToken);
        db.ChangeAction = AuditAction.Restored;
        db.ChangeNote = string.Create(CultureInfo.InvariantCulture,
            $"restored the version {(before ? "before" : "after")} the change of {entry.At.ToUniversalTime():d MMMM yyyy HH:mm} UTC by {entry.Actor} (history entry {entry.Id})");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// An older version may name a court, case, person or source deleted since: restored as it is, the record would
    /// point to what the public cannot see (a listed ruling whose page is not found). That is refused, with what to restore first.
    /// </summary>
    private static async Task RefuseDeletedReferencesAsync(ArchiveDbContext db, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Entity> tracked, CancellationToken cancellationToken)
    {
        foreach (var foreignKey in tracked.Metadata.GetForeignKeys().Where(k => typeof(Entity).IsAssignableFrom(k.PrincipalEntityType.ClrType) && k.Properties.Count == 1))
        {
            if (tracked.Property(foreignKey.Properties[0].Name).CurrentValue is not int id)
            {
                continue;
            }
            var principal = await LoadAsync(db, foreignKey.PrincipalEntityType.ClrType.Name, id, cancellationToken);
            if (principal is null || principal.IsDeleted)
            {
                var kind = foreignKey.PrincipalEntityType.ClrType.Name.ToLowerInvariant();
                throw new InvalidOperationException($"that version names a {kind} (number {id}) that has been deleted since. Restore the {kind} first, then this version.");
            }
        }
    }

    /// <summary>A record by the type name the history keeps, deleted or not, tracked.</summary>
    public static async Task<Entity?> LoadAsync(ArchiveDbContext db, string entityType, int id, CancellationToken cancellationToken = default) => entityType switch
    {
        nameof(Person) => await db.Persons.IgnoreQueryFilters().Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == id, cancellationToken),
        nameof(Court) => await db.Courts.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == id, cancellationToken),
        nameof(Case) => await db.Cases.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == id, cancellationToken),
        nameof(Ruling) => await db.Rulings.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Id == id, cancellationToken),
        nameof(DetentionClaim) => await db.DetentionClaims.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == id, cancellationToken),
        nameof(TimelineEvent) => await db.Events.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, cancellationToken),
        nameof(Source) => await db.Sources.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == id, cancellationToken),
        nameof(ArticleImport) => await db.Imports.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.Id == id, cancellationToken),
        _ => null,
    };
}
