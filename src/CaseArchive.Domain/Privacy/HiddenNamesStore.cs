using System.Collections.Concurrent;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Privacy;

/// <summary>
/// Who is hidden now, as <see cref="HiddenNames"/>: loaded from the database when
/// <c>hidden_names_version</c> (moved by triggers, whoever writes) differs from the one loaded, so every
/// answer is redacted for the hidden persons of the moment it is made. One per process.
/// </summary>
public sealed class HiddenNamesStore : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (long Version, HiddenNames Names)? _current;

    // Which folded names are a public person's, as found since the hidden names were loaded. Kept while
    // nobody's visibility changes: a public person renamed since keeps the old name spared, which is
    // no hidden person's full name; one added since is redacted until the next load (the safe side).
    private ConcurrentDictionary<string, bool> _publicNames = new(StringComparer.Ordinal);

    public void Dispose() => _loading.Dispose();

    /// <summary>The hidden names as of now (one small read when nothing changed).</summary>
    public async Task<HiddenNames> CurrentAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var version = await VersionAsync(db, cancellationToken);
        if (_current is { } current && current.Version == version)
        {
            return current.Names;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Version == version)
            {
                return loaded.Names;
            }
            // Read after the version: a change committed in between is loaded early and loaded again next time.
            var names = await LoadAsync(db, cancellationToken);
            _publicNames = new(StringComparer.Ordinal);
            _current = (version, names);
            return names;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Of these hidden-name spans, folded (<see cref="NameFolding.Fold"/>) as the archive matches names, the
    /// ones that are a public person's full name in one of its spellings: a public namesake keeps the name.
    /// The context is asked for only when a name has not been looked up before.
    /// </summary>
    public async Task<HashSet<string>> PublicNamesAsync(Func<ArchiveDbContext> db, IEnumerable<string> foldedCandidates, CancellationToken cancellationToken = default)
    {
        var known = _publicNames;
        var folded = foldedCandidates.Where(f => f.Contains(' ', StringComparison.Ordinal)).Distinct().ToList();
        var unknown = folded.Where(f => !known.ContainsKey(f)).ToArray();
        if (unknown.Length > 0)
        {
            var found = await QueryPublicNamesAsync(db(), unknown, cancellationToken);
            if (known.Count > 100_000)
            {
                known.Clear();
            }
            foreach (var name in unknown)
            {
                known[name] = found.Contains(name);
            }
        }
        return [.. folded.Where(f => known.TryGetValue(f, out var isPublic) && isPublic)];
    }

    private static async Task<HashSet<string>> QueryPublicNamesAsync(ArchiveDbContext db, string[] folded, CancellationToken cancellationToken)
    {
        var found = await db.Database.SqlQuery<string>($"""
            SELECT f AS "Value" FROM unnest({folded}) AS f
            WHERE EXISTS (SELECT 1 FROM persons p WHERE p.folded_name = f AND p.visibility = 'public' AND p.deleted_at IS NULL)
               OR EXISTS (SELECT 1 FROM person_names n JOIN persons p ON p.id = n.person_id
                          WHERE n.folded_name = f AND p.visibility = 'public' AND p.deleted_at IS NULL)
            """).ToListAsync(cancellationToken);
        return [.. found];
    }

    // Asked before every public answer: a plain command on the context's connection, not a LINQ query,
    // whose translation and shaping would cost more than the read.
    private static async Task<long> VersionAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT coalesce((SELECT version FROM hidden_names_version), 0)";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every withheld or pseudonymised person, deleted ones too (their names may still stand in quotes and titles).</summary>
    public static async Task<HiddenNames> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var persons = await db.Persons.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Visibility != PersonVisibility.Public)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.DisplayName, Names = p.Names.Select(n => n.Name).ToList() })
            .ToListAsync(cancellationToken);
        return new HiddenNames(persons.Select(p => new HiddenPerson(p.Id, [p.DisplayName, .. p.Names])));
    }
}
