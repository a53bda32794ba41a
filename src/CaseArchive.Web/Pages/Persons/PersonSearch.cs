using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Persons;

/// <summary>Finds persons by name across spellings and alphabets, as the public may: a pseudonymised person only by the pseudonym.</summary>
public static class PersonSearch
{
    /// <summary>Persons (already limited to the visible) whose public name or other spellings meet the query once folded.</summary>
    public static IQueryable<Person> MatchingName(this IQueryable<Person> persons, string q)
    {
        var folded = NameFolding.Fold(q);
        if (folded.Length == 0)
        {
            return persons.Where(p => false);
        }
        var lower = q.Trim().ToLowerInvariant();
        // Short queries: a prefix of a word; longer ones: trigram word similarity (pg_trgm's <%, index-backed).
        if (folded.Length < 4)
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
}
