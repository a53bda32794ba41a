using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using CaseArchive.Extraction.Text;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain;

/// <summary>
/// Quotes are verbatim, so a quote cited for one person may name another who is
/// withheld or pseudonymised. Before a quote reaches the public, those names
/// (every spelling, and the surname alone) become the pseudonym or "[name withheld]".
/// </summary>
/// <remarks>
/// A spelling can only match a text that holds the spelling's last word, so each rule is filed
/// under its last words once folded (<see cref="NameFolding.Fold"/>), and a text is checked only
/// against the rules its own words name. A page loads only the hidden persons its texts can name
/// (<see cref="For"/> and <see cref="PrepareAsync"/>, through an index of the folded last words);
/// exports load them all (<see cref="LoadAsync"/>). Applying a redaction to a text it was not
/// prepared for throws rather than let a name through.
/// </remarks>
public sealed partial class Redaction
{
    public const string Withheld = "[name withheld]";

    private readonly ArchiveDbContext? _db;
    private readonly List<Rule> _rules = [];
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prepared = new(StringComparer.Ordinal);
    private readonly HashSet<int> _loadedPersons = [];
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);
    private bool _complete;

    private Redaction(ArchiveDbContext? db, bool complete)
    {
        _db = db;
        _complete = complete;
    }

    public static Redaction None => new(null, complete: true);

    /// <summary>Every hidden person's rules: for exports, which redact every ruling of the archive.</summary>
    public static async Task<Redaction> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var redaction = new Redaction(db, complete: true);
        await redaction.LoadPersonsAsync(db.Persons.IgnoreQueryFilters().Where(p => p.Visibility != PersonVisibility.Public), cancellationToken);
        return redaction;
    }

    /// <summary>A redaction that loads, for the texts it is prepared for, only the hidden persons they can name.</summary>
    public static Redaction For(ArchiveDbContext db) => new(db, complete: false);

    /// <summary>Loads the rules of every hidden person whose name's last word is a word of these texts.</summary>
    public async Task PrepareAsync(IEnumerable<string?> texts, CancellationToken cancellationToken = default)
    {
        if (_complete)
        {
            return;
        }
        var keys = texts.Where(t => t is not null).SelectMany(t => KeysOf(t!)).Where(k => !_prepared.Contains(k)).Distinct().ToArray();
        if (keys.Length == 0)
        {
            return;
        }
        // One statement: the hidden persons these words can name, with their spellings. Deleted (or
        // merged-away) persons too: their names may still stand in quotes. ARRAY(...) has the planner
        // find the few ids first and read them by key; an IN (...) would hash-join every person. Both
        // halves read partial indexes of hidden persons' names only (a spelling's person_hidden is kept
        // by triggers, migration HiddenNames); the person's own visibility is asked again by key.
        var loaded = _loadedPersons.ToArray();
        var rows = await _db!.Database.SqlQuery<HiddenName>($"""
            SELECT p.id, p.display_name, p.pseudonym, p.visibility = 'pseudonymised' AS pseudonymised, n.name
            FROM persons p LEFT JOIN person_names n ON n.person_id = p.id
            WHERE p.id = ANY (ARRAY(
                SELECT p.id FROM persons p
                WHERE p.visibility <> 'public' AND substring(p.folded_name from '[^ ]*$') = ANY({keys})
                UNION
                SELECT n.person_id FROM person_names n
                WHERE n.person_hidden AND substring(n.folded_name from '[^ ]*$') = ANY({keys})))
              AND p.visibility <> 'public' AND p.id <> ALL({loaded})
            ORDER BY p.id, n.id
            """).ToListAsync(cancellationToken);
        AddRules(rows);
        _prepared.UnionWith(keys);
    }

    private async Task LoadPersonsAsync(IQueryable<Person> persons, CancellationToken cancellationToken)
    {
        var hidden = await persons.AsNoTracking()
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.DisplayName, p.Pseudonym, p.Visibility, Names = p.Names.Select(n => n.Name).ToList() })
            .ToListAsync(cancellationToken);
        AddRules(hidden.SelectMany(p => p.Names.DefaultIfEmpty().Select(name =>
            new HiddenName(p.Id, p.DisplayName, p.Pseudonym, p.Visibility == PersonVisibility.Pseudonymised, name))));
    }

    /// <summary>A hidden person's name, one row per other spelling (none: <see cref="Name"/> is null), in person order.</summary>
    private sealed record HiddenName(int Id, string DisplayName, string? Pseudonym, bool Pseudonymised, string? Name);

    private void AddRules(IEnumerable<HiddenName> rows)
    {
        foreach (var person in rows.GroupBy(r => r.Id))
        {
            var first = person.First();
            if (!_loadedPersons.Add(first.Id))
            {
                continue;
            }
            var replacement = first.Pseudonymised && first.Pseudonym is not null ? first.Pseudonym : Withheld;
            var spellings = person.Where(r => r.Name is not null).Select(r => r.Name!).Append(first.DisplayName)
                .SelectMany(name => new[] { name, name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] })
                .Where(s => s.Length >= 3)
                .Distinct()
                .OrderByDescending(s => s.Length)
                .ToList();
            if (spellings.Count == 0)
            {
                continue;
            }
            var index = _rules.Count;
            _rules.Add(new Rule(spellings, replacement));
            foreach (var key in spellings.Select(LastKey).Where(k => k.Length > 0).Distinct())
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }
                list.Add(index);
            }
        }
    }

    public string Apply(string text)
    {
        var keys = KeysOf(text);
        if (!_complete && keys.FirstOrDefault(k => !_prepared.Contains(k)) is not null)
        {
            throw new InvalidOperationException("This redaction was not prepared for the text (PrepareAsync), so it cannot tell which names to hide.");
        }
        if (_rules.Count == 0)
        {
            return text;
        }
        // The rules in order, as if every rule were tried; only those the text's words name can match.
        var last = -1;
        while (Candidates(keys, last) is { } next)
        {
            var rule = _rules[next];
            var replaced = rule.Pattern.Replace(text, rule.Replacement);
            if (!ReferenceEquals(replaced, text))
            {
                text = replaced;
                keys = KeysOf(text);
            }
            last = next;
        }
        return text;
    }

    private int? Candidates(IReadOnlyList<string> keys, int after)
    {
        int? best = null;
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var list))
            {
                foreach (var index in list)
                {
                    if (index > after && (best is null || index < best))
                    {
                        best = index;
                        break;
                    }
                }
            }
        }
        return best;
    }

    /// <summary>The folded form of every word of a text (a word as the rules' <c>\b</c> sees one).</summary>
    private List<string> KeysOf(string text)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(text))
        {
            var word = text.Substring(match.Index, match.Length);
            if (!_folded.TryGetValue(word, out var key))
            {
                _folded[word] = key = NameFolding.Fold(word);
            }
            if (key.Length > 0 && seen.Add(key))
            {
                keys.Add(key);
            }
        }
        return keys;
    }

    /// <summary>The folded last word of a spelling: the word any text it matches must hold.</summary>
    private static string LastKey(string spelling)
    {
        var words = Word().Matches(spelling);
        return words.Count == 0 ? string.Empty : NameFolding.Fold(words[^1].Value);
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private sealed class Rule(IReadOnlyList<string> spellings, string replacement)
    {
        private Regex? _pattern;

        public string Replacement { get; } = replacement;

        public Regex Pattern => _pattern ??= Patterns.Of($@"\b(?:{string.Join("|", spellings.Select(Regex.Escape))})\b");
    }

    /// <summary>
    /// Parsed patterns, shared by every redaction: a page's rules are built anew each request, and the
    /// same hidden persons' patterns come back. A pattern is its text, so sharing cannot go stale.
    /// </summary>
    private static class Patterns
    {
        // Capped for memory: with 10,000 the app's peak under the benchmark at 1M was 491 MB, with
        // 2,000 it was 435 MB (docs/performance.md). Past the cap the cache starts again.
        private const int Most = 2_000;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Parsed = new(StringComparer.Ordinal);

        public static Regex Of(string pattern)
        {
            if (Parsed.TryGetValue(pattern, out var regex))
            {
                return regex;
            }
            if (Parsed.Count >= Most)
            {
                Parsed.Clear();
            }
            return Parsed.GetOrAdd(pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        }
    }
}
