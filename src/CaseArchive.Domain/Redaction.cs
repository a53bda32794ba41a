using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain;

/// <summary>
/// Quotes are verbatim, so a quote cited for one person may name another who is
/// withheld or pseudonymised. Before a quote reaches the public, those names
/// (every spelling, and the surname alone) become the pseudonym or "[name withheld]".
/// </summary>
public sealed class Redaction
{
    public const string Withheld = "[name withheld]";

    private readonly List<(Regex Pattern, string Replacement)> _rules;

    private Redaction(List<(Regex, string)> rules) => _rules = rules;

    public static Redaction None { get; } = new([]);

    public static async Task<Redaction> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        // Deleted (or merged-away) persons too: their names may still stand in quotes.
        var hidden = await db.Persons.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.Visibility != PersonVisibility.Public)
            .Select(p => new { p.DisplayName, p.Pseudonym, p.Visibility, Names = p.Names.Select(n => n.Name).ToList() })
            .ToListAsync(cancellationToken);
        var rules = new List<(Regex, string)>();
        foreach (var person in hidden)
        {
            var replacement = person.Visibility == PersonVisibility.Pseudonymised && person.Pseudonym is not null ? person.Pseudonym : Withheld;
            var spellings = person.Names.Append(person.DisplayName)
                .SelectMany(name => new[] { name, name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] })
                .Where(s => s.Length >= 3)
                .Distinct()
                .OrderByDescending(s => s.Length);
            var alternatives = string.Join("|", spellings.Select(Regex.Escape));
            rules.Add((new Regex($@"\b(?:{alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), replacement));
        }
        return new Redaction(rules);
    }

    public string Apply(string text)
    {
        foreach (var (pattern, replacement) in _rules)
        {
            text = pattern.Replace(text, replacement);
        }
        return text;
    }
}
