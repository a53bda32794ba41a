using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Importing;

/// <summary>
/// Finds the existing person or court an article's proposal refers to, across
/// spellings and alphabets, and says why, so an editor can check the match.
/// </summary>
public static class RecordMatcher
{
    /// <summary>How alike two folded names must be (pg_trgm similarity) to be taken for one person.</summary>
    public const double SimilarityThreshold = 0.6;

    public sealed record Match<T>(T Record, string MatchedName, string Reason);

    public static async Task<Match<Person>?> FindPersonAsync(ArchiveDbContext db, string name, IEnumerable<string> otherNames, CancellationToken cancellationToken = default)
    {
        var spellings = otherNames.Prepend(name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList();
        var folded = spellings.Select(NameFolding.Fold).Where(f => f.Length > 0).Distinct().ToList();
        if (folded.Count == 0)
        {
            return null;
        }

        // 1. The same name once spellings are folded: Sayragul / Sairagul, Sauytbai / Сауытбай, Qaster / Kaster.
        var exact = await db.Persons
            .Where(p => folded.Contains(p.FoldedName) || p.Names.Any(n => folded.Contains(n.FoldedName)))
            .Include(p => p.Names)
            .OrderBy(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (exact is not null)
        {
            var matched = exact.Names.Select(n => n.Name).Prepend(exact.DisplayName).First(n => folded.Contains(NameFolding.Fold(n)));
            var proposed = spellings.First(s => NameFolding.Fold(s) == NameFolding.Fold(matched));
            return new Match<Person>(exact, matched, proposed == matched
                ? $"the same name: \"{matched}\""
                : $"the same name spelled another way: \"{proposed}\" and \"{matched}\" both fold to \"{NameFolding.Fold(matched)}\"");
        }

        // 2. A close spelling of the whole name (pg_trgm), with every part starting alike, so that
        //    "Qaster Musakhanuli" meets "Qaster Musakhanuly" but "Nurlan Alimuly" does not meet "Murager Alimuly".
        var key = folded[0];
        var candidates = await db.PersonNames
            .Select(n => new { n.PersonId, n.Name, n.FoldedName })
            .Concat(db.Persons.Select(p => new { PersonId = p.Id, Name = p.DisplayName, p.FoldedName }))
            .Where(n => EF.Functions.TrigramsSimilarity(n.FoldedName, key) >= SimilarityThreshold)
            .Select(n => new { n.PersonId, n.Name, n.FoldedName, Similarity = EF.Functions.TrigramsSimilarity(n.FoldedName, key) })
            .OrderByDescending(n => n.Similarity)
            .Take(5)
            .ToListAsync(cancellationToken);
        var best = candidates.FirstOrDefault(c => PartsStartAlike(c.FoldedName, key));
        if (best is null)
        {
            return null;
        }
        var person = await db.Persons.Include(p => p.Names).SingleAsync(p => p.Id == best.PersonId, cancellationToken);
        return new Match<Person>(person, best.Name,
            $"a close spelling: \"{spellings[0]}\" is {best.Similarity:0.00} alike to \"{best.Name}\" (trigram similarity of the folded names)");
    }

    public static async Task<Match<Court>?> FindCourtAsync(ArchiveDbContext db, string? name, string? town, string? country, CancellationToken cancellationToken = default)
    {
        var foldedName = NameFolding.Fold(name);
        if (foldedName.Length > 0)
        {
            var byName = await db.Courts.OrderBy(c => c.Id).FirstOrDefaultAsync(c => c.FoldedName == foldedName, cancellationToken);
            if (byName is not null)
            {
                return new Match<Court>(byName, byName.Name, $"the same court name: \"{name}\" and \"{byName.Name}\"");
            }
        }
        if (!string.IsNullOrWhiteSpace(town) && !string.IsNullOrWhiteSpace(country))
        {
            // "A court in Zharkent" and "the Zharkent court" are one court while a town has one court in the archive.
            var inTown = await db.Courts.Where(c => c.Town != null && c.Country == country).ToListAsync(cancellationToken);
            var foldedTown = NameFolding.Fold(town);
            var same = inTown.Where(c => NameFolding.Fold(c.Town) == foldedTown).ToList();
            if (same.Count == 1)
            {
                return new Match<Court>(same[0], same[0].Name, $"the only court of {town}, {country} in the archive");
            }
        }
        return null;
    }

    private static bool PartsStartAlike(string a, string b)
    {
        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return left.Length == right.Length && left.Zip(right).All(pair => pair.First[0] == pair.Second[0]);
    }
}
