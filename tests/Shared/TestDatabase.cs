using CaseArchive.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;

namespace CaseArchive.Tests;

/// <summary>
/// The real PostgreSQL database of the test run (scripts/test creates it and sets
/// ConnectionStrings__Archive), migrated once and emptied before each test.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string FallbackConnectionString = "Host=127.0.0.1;Port=55432;Database=casearchive_test;Username=casearchive;Password=casearchive";

    private Respawner? _respawner;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Archive") is { Length: > 0 } configured ? configured : FallbackConnectionString;

    /// <summary>
    /// Rulings whose row in ruling_search_facts (what a search reads) is missing or differs from what the
    /// view ruling_search_facts_source computes from the ruling, its person, court and claims: 0 when the
    /// triggers (or the generator) kept them current.
    /// </summary>
    public const string StaleSearchFactsSql = """
        SELECT count(*) FROM ruling_search_facts_source s
        LEFT JOIN ruling_search_facts f ON f.ruling_id = s.ruling_id
        WHERE f.ruling_id IS NULL
           OR (f.is_public, f.date_key, f.date_year, f.outcome, f.verdict, f.court_id, f.origin_country, f.ethnicity, f.charges, f.claim_kinds, f.judge_id)
              IS DISTINCT FROM (s.is_public, s.date_key, s.date_year, s.outcome, s.verdict, s.court_id, s.origin_country, s.ethnicity, s.charges, s.claim_kinds, s.judge_id)
        """;

    /// <summary>
    /// Rulings whose full-text document (ruling_search_facts.search_vector) is missing or holds other words or
    /// weights than the database's function gives (ruling_search_documents, all at once, as the refreshes of
    /// the triggers and the generator compute them; positions may differ with the order words were
    /// aggregated in): 0 when the triggers (or the generator) kept them current.
    /// </summary>
    public const string StaleSearchDocumentsSql = """
        SELECT count(*) FROM rulings r
        LEFT JOIN ruling_search_facts f ON f.ruling_id = r.id
        LEFT JOIN ruling_search_documents(ARRAY(SELECT id FROM rulings)) d ON d.ruling_id = r.id
        WHERE f.search_vector IS NULL
           OR (SELECT array_agg(l || ':' || array_to_string(w, '') ORDER BY l) FROM unnest(f.search_vector) AS u(l, p, w))
              IS DISTINCT FROM
              (SELECT array_agg(l || ':' || array_to_string(w, '') ORDER BY l) FROM unnest(d.search_vector) AS u(l, p, w))
        """;

    /// <summary>
    /// Persons whose row in person_ruling_counts is missing or differs from the number of their rulings
    /// that are not deleted: 0 when the triggers (or the generator) kept them current.
    /// </summary>
    public const string StalePersonRulingCountsSql = """
        SELECT count(*) FROM persons p
        LEFT JOIN person_ruling_counts c ON c.person_id = p.id
        WHERE c.rulings IS DISTINCT FROM (SELECT count(*) FROM rulings r WHERE r.person_id = p.id AND r.deleted_at IS NULL)
        """;

    /// <summary>
    /// Spellings whose person_hidden is not whether their person is hidden from the public (withheld or
    /// pseudonymised): 0 when the triggers (or the generator) kept them current.
    /// </summary>
    public const string StaleHiddenNamesSql = """
        SELECT count(*) FROM person_names n JOIN persons p ON p.id = n.person_id
        WHERE n.person_hidden <> (p.visibility <> 'public')
        """;

    public ArchiveDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContext.Configure(options, ConnectionString);
        return new ArchiveDbContext(options.Options);
    }

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__migrations", "hidden_names_version"],
        });
        await _respawner.ResetAsync(connection);
    }

    /// <summary>Empties the database and loads the Zharkent sample: where most tests start.</summary>
    public async Task ResetToSampleAsync()
    {
        await ResetAsync();
        await using var db = CreateContext();
        await ZharkentSample.LoadAsync(db);
    }

    /// <summary>Runs one statement on a connection of its own and gives its number (0 when it returns nothing, as an UPDATE).</summary>
    public static async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A file of the shared corpus, which lies beside the repository (&lt;repo&gt;/../shared/corpus); null when absent.</summary>
    public static string? CorpusFile(string name)
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "corpus", name);
        return File.Exists(path) ? Path.GetFullPath(path) : null;
    }

    /// <summary>The repository's folder: the first above the tests' binaries that holds CaseArchive.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseArchive.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (CaseArchive.sln) was not found above the test's folder.");
    }
}

/// <summary>Tests that share the one test database run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<TestDatabase>
{
    public const string Name = "database";
}
