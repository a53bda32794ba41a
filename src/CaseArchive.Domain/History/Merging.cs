using System.Globalization;
using System.Text.Json;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.History;

/// <summary>What a merge moved from the duplicate to the record kept: the undo needs exactly this.</summary>
public sealed record MergeMoves
{
    /// <summary>Names the merge in both records' histories, and in its undo.</summary>
    public Guid MergeId { get; init; } = Guid.NewGuid();
    public int Kept { get; init; }
    public int Duplicate { get; init; }
    public List<int> Rulings { get; init; } = [];
    public List<int> RulingsAsJudge { get; init; } = [];
    public List<int> RulingsAsProsecutor { get; init; } = [];
    public List<int> Claims { get; init; } = [];
    public List<int> Events { get; init; } = [];
    public List<int> Cases { get; init; } = [];

    /// <summary>Case parties moved; those the kept person already had in the same role were removed, and are listed apart.</summary>
    public List<int> Parties { get; init; } = [];
    public List<PartyCopy> PartiesRemoved { get; init; } = [];
    public List<int> Citations { get; init; } = [];
    public List<int> ImportMatches { get; init; } = [];

    /// <summary>Spellings the kept person gained.</summary>
    public List<string> AddedNames { get; init; } = [];
}

public sealed record PartyCopy(int CaseId, PartyRole Role);

/// <summary>
/// Merges a duplicate person or court into the record kept: every record that pointed to the
/// duplicate points to the one kept, the duplicate's spellings are kept, and the duplicate is
/// deleted (restorable). One history entry lists what moved, so the merge can be undone.
/// </summary>
public static class Merging
{
    public static async Task<MergeMoves> MergePersonsAsync(ArchiveDbContext db, int keptId, int duplicateId, CancellationToken cancellationToken = default)
    {
        if (keptId == duplicateId)
        {
            throw new InvalidOperationException("A person cannot be merged with themself.");
        }
        var kept = await db.Persons.Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == keptId, cancellationToken)
            ?? throw new InvalidOperationException("The person to keep is not in the archive.");
        var duplicate = await db.Persons.Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == duplicateId, cancellationToken)
            ?? throw new InvalidOperationException("The duplicate is not in the archive.");

        // The duplicate's names become spellings of the person kept: they must be protected no less.
        if (duplicate.Visibility > kept.Visibility)
        {
            throw new InvalidOperationException(
                $"{duplicate.DisplayName} is {VocabularyText.ToWords(duplicate.Visibility)} but {kept.DisplayName} is {VocabularyText.ToWords(kept.Visibility)}: " +
                "their names would become public spellings. Give the person kept the same protection first, or keep the protected one.");
        }

        var rulings = await db.Rulings.IgnoreQueryFilters().Where(r => r.PersonId == duplicateId || r.JudgeId == duplicateId || r.ProsecutorId == duplicateId).ToListAsync(cancellationToken);
        var claims = await db.DetentionClaims.IgnoreQueryFilters().Where(c => c.PersonId == duplicateId).ToListAsync(cancellationToken);
        var events = await db.Events.IgnoreQueryFilters().Where(e => e.PersonId == duplicateId).ToListAsync(cancellationToken);
        var parties = await db.CaseParties.IgnoreQueryFilters().Where(p => p.PersonId == duplicateId).ToListAsync(cancellationToken);
        var keptParties = await db.CaseParties.IgnoreQueryFilters().Where(p => p.PersonId == keptId).Select(p => new { p.CaseId, p.Role }).ToListAsync(cancellationToken);
        var citations = await db.Citations.IgnoreQueryFilters().Where(c => c.PersonId == duplicateId).ToListAsync(cancellationToken);
        var matches = await db.ImportMatches.Where(m => m.PersonId == duplicateId).ToListAsync(cancellationToken);

        var moves = new MergeMoves
        {
            Kept = keptId,
            Duplicate = duplicateId,
            Rulings = [.. rulings.Where(r => r.PersonId == duplicateId).Select(r => r.Id)],
            RulingsAsJudge = [.. rulings.Where(r => r.JudgeId == duplicateId).Select(r => r.Id)],
            RulingsAsProsecutor = [.. rulings.Where(r => r.ProsecutorId == duplicateId).Select(r => r.Id)],
            Claims = [.. claims.Select(c => c.Id)],
            Events = [.. events.Select(e => e.Id)],
            Citations = [.. citations.Select(c => c.Id)],
            ImportMatches = [.. matches.Select(m => m.Id)],
        };
        foreach (var ruling in rulings)
        {
            ruling.PersonId = ruling.PersonId == duplicateId ? keptId : ruling.PersonId;
            ruling.JudgeId = ruling.JudgeId == duplicateId ? keptId : ruling.JudgeId;
            ruling.ProsecutorId = ruling.ProsecutorId == duplicateId ? keptId : ruling.ProsecutorId;
        }
        foreach (var claim in claims)
        {
            claim.MoveTo(keptId);
        }
        foreach (var timelineEvent in events)
        {
            timelineEvent.MoveTo(keptId);
        }
        foreach (var party in parties)
        {
            if (keptParties.Any(k => k.CaseId == party.CaseId && k.Role == party.Role))
            {
                moves.PartiesRemoved.Add(new PartyCopy(party.CaseId, party.Role));
                db.CaseParties.Remove(party);
            }
            else
            {
                moves.Parties.Add(party.Id);
                party.PersonId = keptId;
            }
        }
        citations.ForEach(c => c.PersonId = keptId);
        matches.ForEach(m => m.PersonId = keptId);

        foreach (var name in duplicate.Names.Select(n => n.Name).Prepend(duplicate.DisplayName).ToList())
        {
            if (kept.AddName(name))
            {
                moves.AddedNames.Add(name.Trim());
            }
        }
        duplicate.Delete();
        db.ChangeNote = string.Create(CultureInfo.InvariantCulture, $"merged {duplicate.DisplayName} (#{duplicateId}) into {kept.DisplayName} (#{keptId})");
        db.AuditEntries.Add(new AuditEntry(nameof(Person), keptId, AuditAction.Merged, db.ActorName, null, JsonSerializer.Serialize(moves, RecordSnapshot.JsonOptions), db.ChangeNote));
        db.AuditEntries.Add(new AuditEntry(nameof(Person), duplicateId, AuditAction.Merged, db.ActorName, null, JsonSerializer.Serialize(moves, RecordSnapshot.JsonOptions), db.ChangeNote));
        await db.SaveChangesAsync(cancellationToken);
        return moves;
    }

    public static async Task<MergeMoves> MergeCourtsAsync(ArchiveDbContext db, int keptId, int duplicateId, CancellationToken cancellationToken = default)
    {
        if (keptId == duplicateId)
        {
            throw new InvalidOperationException("A court cannot be merged with itself.");
        }
        var kept = await db.Courts.FirstOrDefaultAsync(c => c.Id == keptId, cancellationToken)
            ?? throw new InvalidOperationException("The court to keep is not in the archive.");
        var duplicate = await db.Courts.FirstOrDefaultAsync(c => c.Id == duplicateId, cancellationToken)
            ?? throw new InvalidOperationException("The duplicate is not in the archive.");
        var rulings = await db.Rulings.IgnoreQueryFilters().Where(r => r.CourtId == duplicateId).ToListAsync(cancellationToken);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => c.CourtId == duplicateId).ToListAsync(cancellationToken);
        var matches = await db.ImportMatches.Where(m => m.CourtId == duplicateId).ToListAsync(cancellationToken);
        var moves = new MergeMoves
        {
            Kept = keptId,
            Duplicate = duplicateId,
            Rulings = [.. rulings.Select(r => r.Id)],
            Cases = [.. cases.Select(c => c.Id)],
            ImportMatches = [.. matches.Select(m => m.Id)],
        };
        rulings.ForEach(r => r.CourtId = keptId);
        cases.ForEach(c => c.CourtId = keptId);
        matches.ForEach(m => m.CourtId = keptId);
        duplicate.Delete();
        db.ChangeNote = string.Create(CultureInfo.InvariantCulture, $"merged {duplicate.Name} (#{duplicateId}) into {kept.Name} (#{keptId})");
        db.AuditEntries.Add(new AuditEntry(nameof(Court), keptId, AuditAction.Merged, db.ActorName, null, JsonSerializer.Serialize(moves, RecordSnapshot.JsonOptions), db.ChangeNote));
        db.AuditEntries.Add(new AuditEntry(nameof(Court), duplicateId, AuditAction.Merged, db.ActorName, null, JsonSerializer.Serialize(moves, RecordSnapshot.JsonOptions), db.ChangeNote));
        await db.SaveChangesAsync(cancellationToken);
        return moves;
    }

    /// <summary>Whether a merge entry has been undone already (an undo entry names it).</summary>
    public static Task<bool> IsUndoneAsync(ArchiveDbContext db, AuditEntry merge, CancellationToken cancellationToken = default)
    {
        var marker = UndoMarker(merge);
        return db.AuditEntries.AnyAsync(a => a.Action == AuditAction.MergeUndone && a.Note != null && a.Note.Contains(marker), cancellationToken);
    }

    /// <summary>Moves everything a merge moved back to the duplicate, takes back the spellings it added, and restores the duplicate.</summary>
    public static async Task UndoAsync(ArchiveDbContext db, AuditEntry merge, CancellationToken cancellationToken = default)
    {
        if (merge.Action != AuditAction.Merged || merge.After is null)
        {
            throw new InvalidOperationException("That history entry is not a merge.");
        }
        if (await IsUndoneAsync(db, merge, cancellationToken))
        {
            throw new InvalidOperationException("This merge has been undone already.");
        }
        var moves = JsonSerializer.Deserialize<MergeMoves>(merge.After, RecordSnapshot.JsonOptions)!;
        var (kept, duplicate) = (moves.Kept, moves.Duplicate);
        if (merge.EntityType == nameof(Court))
        {
            foreach (var ruling in await db.Rulings.IgnoreQueryFilters().Where(r => moves.Rulings.Contains(r.Id) && r.CourtId == kept).ToListAsync(cancellationToken))
            {
                ruling.CourtId = duplicate;
            }
            foreach (var @case in await db.Cases.IgnoreQueryFilters().Where(c => moves.Cases.Contains(c.Id) && c.CourtId == kept).ToListAsync(cancellationToken))
            {
                @case.CourtId = duplicate;
            }
            foreach (var match in await db.ImportMatches.Where(m => moves.ImportMatches.Contains(m.Id) && m.CourtId == kept).ToListAsync(cancellationToken))
            {
                match.CourtId = duplicate;
            }
            (await db.Courts.IgnoreQueryFilters().FirstAsync(c => c.Id == duplicate, cancellationToken)).Undelete();
        }
        else
        {
            foreach (var ruling in await db.Rulings.IgnoreQueryFilters().Where(r => moves.Rulings.Contains(r.Id) || moves.RulingsAsJudge.Contains(r.Id) || moves.RulingsAsProsecutor.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                if (moves.Rulings.Contains(ruling.Id) && ruling.PersonId == kept)
                {
                    ruling.PersonId = duplicate;
                }
                if (moves.RulingsAsJudge.Contains(ruling.Id) && ruling.JudgeId == kept)
                {
                    ruling.JudgeId = duplicate;
                }
                if (moves.RulingsAsProsecutor.Contains(ruling.Id) && ruling.ProsecutorId == kept)
                {
                    ruling.ProsecutorId = duplicate;
                }
            }
            foreach (var claim in await db.DetentionClaims.IgnoreQueryFilters().Where(c => moves.Claims.Contains(c.Id) && c.PersonId == kept).ToListAsync(cancellationToken))
            {
                claim.MoveTo(duplicate);
            }
            foreach (var timelineEvent in await db.Events.IgnoreQueryFilters().Where(e => moves.Events.Contains(e.Id) && e.PersonId == kept).ToListAsync(cancellationToken))
            {
                timelineEvent.MoveTo(duplicate);
            }
            foreach (var party in await db.CaseParties.IgnoreQueryFilters().Where(p => moves.Parties.Contains(p.Id) && p.PersonId == kept).ToListAsync(cancellationToken))
            {
                party.PersonId = duplicate;
            }
            foreach (var removed in moves.PartiesRemoved)
            {
                db.CaseParties.Add(new CaseParty { CaseId = removed.CaseId, PersonId = duplicate, Role = removed.Role });
            }
            foreach (var citation in await db.Citations.IgnoreQueryFilters().Where(c => moves.Citations.Contains(c.Id) && c.PersonId == kept).ToListAsync(cancellationToken))
            {
                citation.PersonId = duplicate;
            }
            foreach (var match in await db.ImportMatches.Where(m => moves.ImportMatches.Contains(m.Id) && m.PersonId == kept).ToListAsync(cancellationToken))
            {
                match.PersonId = duplicate;
            }
            var keptPerson = await db.Persons.IgnoreQueryFilters().Include(p => p.Names).FirstAsync(p => p.Id == kept, cancellationToken);
            keptPerson.ReplaceNames(keptPerson.Names.Select(n => n.Name).Where(n => !moves.AddedNames.Contains(n)).ToList());
            (await db.Persons.IgnoreQueryFilters().FirstAsync(p => p.Id == duplicate, cancellationToken)).Undelete();
        }
        db.ChangeNote = $"undid the merge {UndoMarker(merge)}: {merge.Note}";
        db.AuditEntries.Add(new AuditEntry(merge.EntityType, kept, AuditAction.MergeUndone, db.ActorName, merge.After, null, db.ChangeNote));
        db.AuditEntries.Add(new AuditEntry(merge.EntityType, duplicate, AuditAction.MergeUndone, db.ActorName, merge.After, null, db.ChangeNote));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string UndoMarker(AuditEntry merge) =>
        $"[merge {JsonSerializer.Deserialize<MergeMoves>(merge.After!, RecordSnapshot.JsonOptions)!.MergeId}]";
}
