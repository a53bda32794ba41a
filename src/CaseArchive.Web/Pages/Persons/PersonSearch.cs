using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

/// <summary>Finds persons by name across spellings and alphabets, as the public may: a pseudonymised person only by the pseudonym.</summary>
public static class PersonSearch
{
    /// <summary>
    /// Persons (already limited to the visible) whose names meet the query: those bearing every word of the
    /// folded query as a whole word when there are any (<see cref="MatchingWords"/>, a words index), else those
    /// whose names are like it by trigrams (<see cref="MatchingName"/>), as the rulings' search falls back.
    /// Two statements, not one: with the trigram pass in the same statement (under a condition evaluated
    /// once) PostgreSQL plans its similarity conditions on every search, which costs more than the round trip.
    /// </summary>
    public static async Task<IQueryable<Person>> MatchingNameAsync(this IQueryable<Person> persons, string q, CancellationToken cancellationToken)
    {
        var exact = persons.MatchingWords(q);
        return await exact.AnyAsync(cancellationToken) ? exact : persons.MatchingName(q);
    }

    /// <summary>
    /// Persons (already limited to the visible) with every word of the folded query as a whole word of their
    /// public name or of a spelling, or of their pseudonym (lower case): the exact pass of <see cref="MatchingNameAsync"/>.
    /// </summary>
    public static IQueryable<Person> MatchingWords(this IQueryable<Person> persons, string q)
    {
        var folded = NameFolding.Fold(q);
        if (folded.Length < MinTrigramLength)
        {
            return persons.MatchingName(q);
        }
        var lower = q.Trim().ToLowerInvariant();
        // The same expressions as the words indexes (Migrations/Baseline/schema-additions.sql), each side its own subquery, united.
        var byName = persons.Where(p => p.Visibility == PersonVisibility.Public
            && EF.Functions.ToTsVector(WordsConfig, p.FoldedName).Matches(EF.Functions.PlainToTsQuery(WordsConfig, folded))).Select(p => p.Id);
        var bySpelling = persons.Where(p => p.Visibility == PersonVisibility.Public).SelectMany(p => p.Names)
            .Where(n => EF.Functions.ToTsVector(WordsConfig, n.FoldedName).Matches(EF.Functions.PlainToTsQuery(WordsConfig, folded))).Select(n => n.PersonId);
        var byPseudonym = persons.Where(p => p.Visibility == PersonVisibility.Pseudonymised
            && (EF.Functions.ToTsVector(WordsConfig, p.Pseudonym!.ToLower()).Matches(EF.Functions.PlainToTsQuery(WordsConfig, lower))
                || p.Pseudonym!.ToLower().StartsWith(lower))).Select(p => p.Id);
        var matching = byName.Union(bySpelling).Union(byPseudonym);
        return persons.Where(p => matching.Contains(p.Id));
    }

    /// <summary>The text search configuration of the words indexes: words as they are, no stemming, no stop words.</summary>
    private const string WordsConfig = "simple";

    /// <summary>Shorter folded queries match as the start of a word; from this length on, as words or by trigrams.</summary>
    private const int MinTrigramLength = 4;

    /// <summary>Persons (already limited to the visible) whose public name or other spellings meet the query once folded, by trigrams: the fallback of <see cref="MatchingNameAsync"/>.</summary>
    public static IQueryable<Person> MatchingName(this IQueryable<Person> persons, string q)
    {
        var folded = NameFolding.Fold(q);
        if (folded.Length == 0)
        {
            return persons.Where(p => false);
        }
        var lower = q.Trim().ToLowerInvariant();
        // Short queries: a prefix of a word; longer ones: trigram word similarity (pg_trgm's <%, index-backed).
        if (folded.Length < MinTrigramLength)
        {
            var start = folded + "%";
            var inWord = "% " + folded + "%";
            return persons.Where(p =>
                (p.Visibility == PersonVisibility.Public
                    && (EF.Functions.Like(p.FoldedName, start) || EF.Functions.Like(p.FoldedName, inWord)
                        || p.Names.Any(n => EF.Functions.Like(n.FoldedName, start) || EF.Functions.Like(n.FoldedName, inWord))))
                || (p.Visibility == PersonVisibility.Pseudonymised && p.Pseudonym!.ToLower().StartsWith(lower)));
        }
        // Each its own subquery on its own trigram index, united, so the work follows the matches (a full
        // name: a few hundred) rather than every person tested against one OR.
        var byName = persons.Where(p => p.Visibility == PersonVisibility.Public && EF.Functions.TrigramsAreWordSimilar(folded, p.FoldedName)).Select(p => p.Id);
        var bySpelling = persons.Where(p => p.Visibility == PersonVisibility.Public).SelectMany(p => p.Names)
            .Where(n => EF.Functions.TrigramsAreWordSimilar(folded, n.FoldedName)).Select(n => n.PersonId);
        var byPseudonym = persons.Where(p => p.Visibility == PersonVisibility.Pseudonymised
            && (EF.Functions.TrigramsAreWordSimilar(lower, p.Pseudonym!.ToLower()) || p.Pseudonym!.ToLower().StartsWith(lower))).Select(p => p.Id);
        var matching = byName.Union(bySpelling).Union(byPseudonym);
        return persons.Where(p => matching.Contains(p.Id));
    }

    /// <summary>A person a name search found: the public name, the address, the spelling the query met (when not the name), the rulings.</summary>
    public sealed record PersonMatch(string Name, string Slug, string? Matched, int Rulings);

    /// <summary>
    /// The persons whose names meet the query (any spelling or alphabet; with or without rulings; never a
    /// withheld person, a pseudonymised one only by the pseudonym), those who bear the whole name first, then most rulings: the type-ahead and
    /// the persons above a search's rulings.
    /// </summary>
    public static async Task<List<PersonMatch>> FindAsync(Domain.ArchiveDbContext db, string q, int limit, CancellationToken cancellationToken)
    {
        var folded = NameFolding.Fold(q);
        var lower = q.Trim().ToLowerInvariant();
        var matching = await Domain.PublicQueries.VisibleToPublic(db.Persons.AsNoTracking()).MatchingNameAsync(q, cancellationToken);
        var persons = await Found(matching).ToListAsync(cancellationToken);
        return [.. persons.Select(p => new PersonMatch(p.Name, p.Slug, Rulings.RulingSearch.MatchedSpelling(q, p.Name, p.Names), p.Rulings))];

        IQueryable<FoundRow> Found(IQueryable<Person> matching) => matching
            .Select(p => new FoundRow
            {
                // The whole name first (a pseudonymised person's only by the pseudonym), then the most rulings.
                Whole = p.Visibility == PersonVisibility.Public
                    ? p.FoldedName == folded || p.Names.Any(n => n.FoldedName == folded)
                    : p.Pseudonym!.ToLower() == lower,
                Slug = p.Slug,
                Name = p.Visibility == PersonVisibility.Pseudonymised ? p.Pseudonym! : p.DisplayName,
                Names = p.Visibility == PersonVisibility.Public ? p.Names.Select(n => n.Name).ToList() : new List<string>(),
                Rulings = db.Rulings.Count(r => r.PersonId == p.Id),
            })
            .OrderByDescending(p => p.Whole).ThenByDescending(p => p.Rulings).ThenBy(p => p.Name).Take(limit);
    }

    private sealed class FoundRow
    {
        public bool Whole { get; init; }
        public string Slug { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public List<string> Names { get; init; } = [];
        public int Rulings { get; init; }
    }
}
