using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The archive's whole schema in one migration: the tables, keys and indexes (Baseline/schema.sql and
/// Baseline/schema-additions.sql), then each function with the triggers that run it, and the view, in a file
/// of its own (Baseline/*.sql, embedded in this assembly), then the rows the archive starts with. It is
/// exactly the schema the migrations it replaced left behind: the first baseline (20261207100000_Baseline,
/// itself the squash of 20261128122039_InitialModel … 20261207040000_HiddenNameForms) and the six after it
/// up to 20261209060000_PersonNameWords (BaselineMigrationTests compares them with pg_dump).
/// A database those migrated, at any point of their chain, is carried over: every function, trigger and
/// view is written again in its current form, the columns and indexes it lacks are added, its search
/// facts and documents are rebuilt when it predates the rule that a ruling is public once sourced, and the
/// replaced migrations' rows leave the history (EF Core then records this one). A database part-way
/// through the chain before the first baseline is refused with a message saying what to do
/// (docs/deployment.md).
/// </summary>
/// <remarks>SQL only, so it carries no target model; ArchiveDbContextModelSnapshot is the model.</remarks>
[DbContext(typeof(ArchiveDbContext))]
[Migration(Id)]
public sealed partial class Baseline : Migration
{
    public const string Id = "20261209060500_Baseline";

    /// <summary>The first baseline, whose chain (it and the migrations after it) this one replaced.</summary>
    public const string FirstBaseline = "20261207100000_Baseline";

    /// <summary>The last migration of the chain the first baseline replaced: a database whose history holds it has the first baseline's schema.</summary>
    public const string ReplacedChainLast = "20261207040000_HiddenNameForms";

    /// <summary>The migration of the replaced chain after which a ruling is public only once a published source cites it.</summary>
    public const string SourcedRule = "20261209010000_SourcedAndOnce";

    /// <summary>The tables, keys and indexes of a new database; the rows it starts with.</summary>
    private const string Schema = "schema.sql";

    private const string Seed = "seed.sql";

    /// <summary>The files in the order they run: what each depends on comes first (SQL functions are checked as they are created).</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        Schema,
        "schema-additions.sql",
        "citation_source_is_published.sql",
        "ruling_search_facts_source.sql",
        "ruling_search_shown.sql",
        "ruling_search_text.sql",
        "ruling_search_hidden_lexemes.sql",
        "ruling_search_document.sql",
        "ruling_search_documents.sql",
        "person_search_words.sql",
        "person_ruling_counts_add.sql",
        "ruling_search_refresh.sql",
        "ruling_search_refresh_all.sql",
        "ruling_search_facts_refresh.sql",
        "rulings_search_touch_words.sql",
        "archive_changed_notify.sql",
        "cases_search_touch.sql",
        "citations_search_facts_touch.sql",
        "citations_search_touch.sql",
        "courts_search_facts_touch.sql",
        "courts_search_touch.sql",
        "detention_claims_search_facts_touch.sql",
        "detention_claims_search_touch.sql",
        "hidden_names_version_move.sql",
        "hidden_names_version_names.sql",
        "person_names_hidden_set.sql",
        "person_names_search_touch.sql",
        "persons_names_hidden_touch.sql",
        "persons_person_ruling_counts_touch.sql",
        "persons_search_facts_touch.sql",
        "persons_search_touch.sql",
        "rulings_person_ruling_counts_touch.sql",
        "rulings_search_facts_touch.sql",
        "rulings_search_vector_compute.sql",
        "sources_search_touch.sql",
        Seed,
    ];

    /// <summary>
    /// One statement: on a database the replaced chain migrated (at any point from the first baseline, or the
    /// chain before it at its end), it writes the current definitions over the old ones and replaces the
    /// history; on one part-way through the chain before the first baseline, it stops with a message; on a
    /// new one, it runs every file.
    /// </summary>
    public static string Sql()
    {
        string Execute(string file, string sql) => $"\n        -- {file}\n        EXECUTE $baseline_file${sql}$baseline_file$;\n";
        var create = string.Concat(Files.Select(file => Execute(file, MigrationFiles.Read(nameof(Baseline), file))));
        // The same files but the tables' and the first rows': each function, trigger and view replaced, the
        // added columns and indexes only where missing (schema-additions.sql is written so).
        var carry = string.Concat(Files.Where(file => file is not (Schema or Seed))
            .Select(file => Execute(file, OrReplace().Replace(MigrationFiles.Read(nameof(Baseline), file), "CREATE OR REPLACE $1"))));
        return $"""
            DO $baseline$
            BEGIN
                IF EXISTS (SELECT 1 FROM __migrations WHERE migration_id IN ('{FirstBaseline}', '{ReplacedChainLast}')) THEN
            {carry}
                    IF NOT EXISTS (SELECT 1 FROM __migrations WHERE migration_id = '{SourcedRule}') THEN
                        PERFORM ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings));
                        PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings));
                    END IF;
                    DELETE FROM __migrations WHERE migration_id < '{Id}';
                    RETURN;
                END IF;
                IF EXISTS (SELECT 1 FROM __migrations WHERE migration_id < '{Id}') THEN
                    RAISE EXCEPTION 'This database was migrated part-way by the migrations before {FirstBaseline} (it lacks {ReplacedChainLast}): migrate it with a release from before {FirstBaseline} first (docs/deployment.md).';
                END IF;
            {create}
            END
            $baseline$;
            """;
    }

    [GeneratedRegex(@"\bCREATE (FUNCTION|TRIGGER|VIEW)\b")]
    private static partial Regex OrReplace();

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Sql());

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The baseline is the first migration: to start again, drop the database and migrate a new one.");
}
