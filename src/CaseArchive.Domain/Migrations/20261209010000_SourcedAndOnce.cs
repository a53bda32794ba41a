using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseArchive.Domain.Migrations;

/// <summary>
/// Nothing public before it is sourced: a ruling's search facts call it public only once a published source
/// (a title and an outlet: PublicQueries.CitationIsPublished) cites it, and a claim's kind, words and quotes
/// count only when such a source cites them. The view (the baseline's) and ruling_search_text (SearchDocumentParts')
/// are redefined from their current bodies, changed only by that rule; triggers on citations and sources refresh
/// what a change of either touches. And a form makes its record once: the history's creation entry keeps the
/// form's token, unique. SQL in Migrations/SourcedAndOnce.
/// </summary>
/// <remarks>Written by hand (one column and its index; the rest SQL), so it carries no target model.</remarks>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261209010000_SourcedAndOnce")]
public sealed class SourcedAndOnce : Migration
{
    private static readonly string[] Files =
    [
        "citation_source_is_published.sql",
        "ruling_search_facts_source.sql",
        "ruling_search_text.sql",
        "citations_search_facts_touch.sql",
        "sources_search_touch.sql",
    ];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "form_token", table: "audit_entries", type: "uuid", nullable: true);
        migrationBuilder.CreateIndex(name: "ix_audit_entries_form_token", table: "audit_entries", column: "form_token",
            unique: true, filter: "form_token IS NOT NULL");
        foreach (var file in Files)
        {
            migrationBuilder.Sql(MigrationFiles.Read(nameof(SourcedAndOnce), file));
        }
        migrationBuilder.Sql("""
            SELECT ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings));
            SELECT ruling_search_refresh(ARRAY(SELECT id FROM rulings));
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER sources_search ON sources;
            DROP FUNCTION sources_search_touch();
            DROP TRIGGER citations_search_facts ON citations;
            DROP FUNCTION citations_search_facts_touch();
            """);
        // The earlier definitions back, from their own migrations' files.
        migrationBuilder.Sql(MigrationFiles.Read(nameof(Baseline), "ruling_search_facts_source.sql").Replace("CREATE VIEW", "CREATE OR REPLACE VIEW", StringComparison.Ordinal));
        migrationBuilder.Sql(MigrationFiles.Read(nameof(SearchDocumentParts), "ruling_search_text.sql").Replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", StringComparison.Ordinal));
        migrationBuilder.Sql("""
            DROP FUNCTION citation_source_is_published(sources);
            SELECT ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings));
            SELECT ruling_search_refresh(ARRAY(SELECT id FROM rulings));
            """);
        migrationBuilder.DropIndex(name: "ix_audit_entries_form_token", table: "audit_entries");
        migrationBuilder.DropColumn(name: "form_token", table: "audit_entries");
    }
}
