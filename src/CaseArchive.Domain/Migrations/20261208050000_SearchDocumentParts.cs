using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseArchive.Domain.Migrations;

/// <summary>
/// ruling_search_document in three parts (who it names, its facts and words, the lexemes a hidden person's
/// names leave out), so that ruling_search_documents can give many rulings' documents at once, looking the
/// hidden names up once for all of them: the refreshes of the triggers and the bulk loader use it. Every
/// document stays as it was (BaselineMigrationTests compares them). SQL in Migrations/SearchDocumentParts.
/// </summary>
/// <remarks>SQL only (no model change), so it carries no target model.</remarks>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261208050000_SearchDocumentParts")]
public sealed class SearchDocumentParts : Migration
{
    private static readonly string[] Files =
    [
        "ruling_search_shown.sql",
        "ruling_search_text.sql",
        "ruling_search_hidden_lexemes.sql",
        "ruling_search_document.sql",
        "ruling_search_documents.sql",
        "ruling_search_refresh.sql",
        "ruling_search_refresh_all.sql",
    ];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var file in Files)
        {
            migrationBuilder.Sql(MigrationFiles.Read(nameof(SearchDocumentParts), file));
        }
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // The baseline's own definitions back, then the parts dropped.
        foreach (var file in (string[])["ruling_search_document.sql", "ruling_search_refresh.sql", "ruling_search_refresh_all.sql"])
        {
            migrationBuilder.Sql(MigrationFiles.Read(nameof(Baseline), file).Replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", StringComparison.Ordinal));
        }
        migrationBuilder.Sql("""
            DROP FUNCTION ruling_search_documents(integer[]);
            DROP FUNCTION ruling_search_hidden_lexemes(text[]);
            DROP FUNCTION ruling_search_text(rulings);
            DROP FUNCTION ruling_search_shown(rulings);
            """);
    }
}
