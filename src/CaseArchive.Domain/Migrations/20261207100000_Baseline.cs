using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The archive's whole schema in one migration: the tables, keys and indexes (Baseline/schema.sql), then
/// each function with the triggers that run it, and the view, in a file of its own (Baseline/*.sql,
/// embedded in this assembly), then the rows the archive starts with. It is exactly the schema the
/// migrations it replaced (20261128122039_InitialModel … 20261207040000_HiddenNameForms) left behind
/// (BaselineMigrationTests compares the two with pg_dump).
/// A database migrated by those is carried over: when its history holds the last of them, their rows
/// are taken out of the history and nothing else is done (EF Core then records this migration), so
/// migrations after this one apply to it as to a new database. A database part-way through them is
/// refused with a message saying what to do (docs/deployment.md).
/// </summary>
/// <remarks>SQL only, so it carries no target model; ArchiveDbContextModelSnapshot is the model.</remarks>
[DbContext(typeof(ArchiveDbContext))]
[Migration(Id)]
public sealed class Baseline : Migration
{
    public const string Id = "20261207100000_Baseline";

    /// <summary>The last migration of the chain this one replaced: a database whose history holds it has this schema.</summary>
    public const string ReplacedChainLast = "20261207040000_HiddenNameForms";

    /// <summary>The files in the order they run: what each depends on comes first (SQL functions are checked as they are created).</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        "schema.sql",
        "ruling_search_facts_source.sql",
        "ruling_search_document.sql",
        "person_search_words.sql",
        "person_ruling_counts_add.sql",
        "ruling_search_refresh.sql",
        "ruling_search_refresh_all.sql",
        "ruling_search_facts_refresh.sql",
        "rulings_search_touch_words.sql",
        "archive_changed_notify.sql",
        "cases_search_touch.sql",
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
        "seed.sql",
    ];

    /// <summary>
    /// One statement: on a database the replaced chain migrated, it takes that chain out of the history;
    /// on one part-way through the chain, it stops with a message; on a new one, it runs every file.
    /// </summary>
    public static string Sql()
    {
        var run = string.Concat(Files.Select(file => $"\n    -- {file}\n    EXECUTE $baseline_file${MigrationFiles.Read("Baseline", file)}$baseline_file$;\n"));
        return $"""
            DO $baseline$
            BEGIN
                IF EXISTS (SELECT 1 FROM __migrations WHERE migration_id = '{ReplacedChainLast}') THEN
                    DELETE FROM __migrations WHERE migration_id <= '{ReplacedChainLast}';
                    RETURN;
                END IF;
                IF EXISTS (SELECT 1 FROM __migrations WHERE migration_id < '{Id}') THEN
                    RAISE EXCEPTION 'This database was migrated part-way by the migrations before {Id} (it lacks {ReplacedChainLast}): migrate it with a release from before the baseline first (docs/deployment.md).';
                END IF;
            {run}
            END
            $baseline$;
            """;
    }

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Sql());

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The baseline is the first migration: to start again, drop the database and migrate a new one.");
}
