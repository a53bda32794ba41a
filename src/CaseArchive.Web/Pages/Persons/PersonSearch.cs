using System.Collections.Concurrent;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

/// <summary>Finds persons by name across spellings and alphabets, as the public may: a pseudonymised person only by the pseudonym.</summary>
public static class PersonSearch
{
    /// <summary>
    /// Persons (already limited to the visible) whose names meet the query: the first of the query's passes
    /// (<see cref="Passes"/>) that finds anyone, the last one otherwise. Asks whether a pass finds anyone before
    /// the caller reads it: with the trigram pass in the same statement (under a condition evaluated once)
    /// PostgreSQL plans its similarity conditions on every search, which costs more than the round trip.
    /// </summary>
    public static async Task<IQueryable<Person>> MatchingNameAsync(this IQueryable<Person> persons, string q, CancellationToken cancellationToken)
    {
        var (folded, lower) = (NameFolding.Fold(q), Lower(q));
        var passes = Passes(q);
        foreach (var pass in passes.SkipLast(1))
        {
            var found = persons.By(pass, folded, lower);
            if (await found.AnyAsync(cancellationToken))
            {
                return found;
            }
        }
        return persons.By(passes.Length == 0 ? NamePass.None : passes[^1], folded, lower);
    }

    /// <summary>The text search configuration of the words indexes: words as they are, no stemming, no stop words.</summary>
    private const string WordsConfig = "simple";

    /// <summary>Shorter folded queries match as the start of a word; from this length on, as words or by trigrams.</summary>
    private const int MinTrigramLength = 4;

    /// <summary>How a name query is matched: nobody (nothing to fold), the start of a word, whole words, or by trigrams.</summary>
    private enum NamePass
    {
        None,
        Start,
        Words,
        Trigrams,
    }

    /// <summary>
    /// A query's passes in order, each tried when the ones before it found nobody: nothing to fold, none; a short
    /// query, the start of a word; else whole words (a words index), then names like it by trigrams.
    /// </summary>
    private static NamePass[] Passes(string q) => NameFolding.Fold(q).Length switch
    {
        0 => [],
        < MinTrigramLength => [NamePass.Start],
        _ => [NamePass.Words, NamePass.Trigrams],
    };

    /// <summary>The query as pseudonyms are matched: lower case.</summary>
    private static string Lower(string q) => q.Trim().ToLowerInvariant();

    /// <summary>
    /// The persons a pass finds for the folded query and the query in lower case (for pseudonyms); the values
    /// are read only inside the lambdas, so that a compiled copy reads its own (<see cref="CompiledOnce"/>).
    /// </summary>
    private static IQueryable<Person> By(this IQueryable<Person> persons, NamePass pass, string folded, string lower)
    {
        switch (pass)
        {
            case NamePass.Words:
                {
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
            case NamePass.Trigrams:
                {
                    // Trigram word similarity (pg_trgm's <%, index-backed), each side its own subquery on its own trigram
                    // index, united, so the work follows the matches (a full name: a few hundred) rather than every
                    // person tested against one OR.
                    var byName = persons.Where(p => p.Visibility == PersonVisibility.Public && EF.Functions.TrigramsAreWordSimilar(folded, p.FoldedName)).Select(p => p.Id);
                    var bySpelling = persons.Where(p => p.Visibility == PersonVisibility.Public).SelectMany(p => p.Names)
                        .Where(n => EF.Functions.TrigramsAreWordSimilar(folded, n.FoldedName)).Select(n => n.PersonId);
                    var byPseudonym = persons.Where(p => p.Visibility == PersonVisibility.Pseudonymised
                        && (EF.Functions.TrigramsAreWordSimilar(lower, p.Pseudonym!.ToLower()) || p.Pseudonym!.ToLower().StartsWith(lower))).Select(p => p.Id);
                    var matching = byName.Union(bySpelling).Union(byPseudonym);
                    return persons.Where(p => matching.Contains(p.Id));
                }
            case NamePass.Start:
                // Short queries: the start of a word of a public name or spelling, or of a pseudonym.
                return persons.Where(p =>
                    (p.Visibility == PersonVisibility.Public
                        && (EF.Functions.Like(p.FoldedName, folded + "%") || EF.Functions.Like(p.FoldedName, "% " + folded + "%")
                            || p.Names.Any(n => EF.Functions.Like(n.FoldedName, folded + "%") || EF.Functions.Like(n.FoldedName, "% " + folded + "%"))))
                    || (p.Visibility == PersonVisibility.Pseudonymised && p.Pseudonym!.ToLower().StartsWith(lower)));
            default:
                return persons.Where(p => false);
        }
    }

    /// <summary>A person a name search found: the public name, the address, the spelling the query met (when not the name), the rulings.</summary>
    public sealed record PersonMatch(string Name, string Slug, string? Matched, int Rulings);

    /// <summary>
    /// The persons whose names meet the query (any spelling or alphabet; with or without rulings; never a
    /// withheld person, a pseudonymised one only by the pseudonym), those who bear the whole name first, then most rulings: the type-ahead and
    /// the persons above a search's rulings. The query's passes (<see cref="Passes"/>), each one statement
    /// that reads the persons it finds (an empty answer is what sends the query to the next pass), compiled once
    /// per pass and limit.
    /// </summary>
    public static async Task<List<PersonMatch>> FindAsync(ReadOnlyArchiveDbContext db, string q, int limit, CancellationToken cancellationToken)
    {
        var (folded, lower) = (NameFolding.Fold(q), Lower(q));
        foreach (var pass in Passes(q))
        {
            var persons = await Found(db, pass, limit)(db, folded, lower).ToListAsync(cancellationToken);
            if (persons.Count > 0)
            {
                return [.. persons.Select(p => new PersonMatch(p.Name, p.Slug, Rulings.RulingSearch.MatchedSpelling(q, p.Name, p.Names), p.Rulings))];
            }
        }
        return [];
    }

    private static readonly ConcurrentDictionary<(NamePass, int), Func<ReadOnlyArchiveDbContext, string, string, IAsyncEnumerable<FoundRow>>> FoundBy = new();

    /// <summary>The persons a pass finds (folded query, lower-case query), the whole name first, then the most rulings, then by name; at most <paramref name="limit"/>.</summary>
    private static Func<ReadOnlyArchiveDbContext, string, string, IAsyncEnumerable<FoundRow>> Found(ReadOnlyArchiveDbContext db, NamePass pass, int limit) =>
        FoundBy.GetOrAdd((pass, limit), key => CompiledOnce.Query((folded, lower) =>
            // The soft-delete filters written out: the model's filter on names (their person not deleted) would
            // add a subquery per name read, which PostgreSQL plans anew on every search, for persons already not deleted.
            db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => p.DeletedAt == null).VisibleToPublic().By(key.Item1, folded, lower)
                .Join(db.Set<PersonRulingCount>(), p => p.Id, c => c.PersonId, (p, c) => new { p, c.Rulings })
                .Select(x => new FoundRow
                {
                    // The whole name first (a pseudonymised person's only by the pseudonym), then the most rulings.
                    Whole = x.p.Visibility == PersonVisibility.Public
                        ? x.p.FoldedName == folded || x.p.Names.Any(n => n.FoldedName == folded)
                        : x.p.Pseudonym!.ToLower() == lower,
                    Slug = x.p.Slug,
                    Name = x.p.Visibility == PersonVisibility.Pseudonymised ? x.p.Pseudonym! : x.p.DisplayName,
                    Names = x.p.Visibility == PersonVisibility.Public ? x.p.Names.Select(n => n.Name).ToList() : new List<string>(),
                    // The person's rulings as the table the database keeps (person_ruling_counts), not counted per search.
                    Rulings = x.Rulings,
                })
                .OrderByDescending(p => p.Whole).ThenByDescending(p => p.Rulings).ThenBy(p => p.Name).Take(key.Item2)));

    private sealed class FoundRow
    {
        public bool Whole { get; init; }
        public string Slug { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public List<string> Names { get; init; } = [];
        public int Rulings { get; init; }
    }
}
