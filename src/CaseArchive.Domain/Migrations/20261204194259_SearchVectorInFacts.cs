using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// A ruling's full-text document in its row of ruling_search_facts (<see cref="SearchVectorInFactsSql"/>),
    /// ruling_search_documents dropped: a search reads each match's document and facts in one row.
    /// </summary>
    public partial class SearchVectorInFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "ruling_search_facts",
                type: "tsvector",
                nullable: false,
                defaultValueSql: "''::tsvector");

            migrationBuilder.Sql(SearchVectorInFactsSql.CopyDocuments);
            migrationBuilder.Sql(SearchVectorInFactsSql.Up);

            migrationBuilder.DropTable(
                name: "ruling_search_documents");

            // After the copy: one build of the index instead of a million updates of it.
            migrationBuilder.CreateIndex(
                name: "ix_ruling_search_facts_search_vector",
                table: "ruling_search_facts",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            // The planner's statistics of the new column (the words' frequencies it estimates a search's
            // matches from), at once rather than when autovacuum next passes.
            migrationBuilder.Sql("ANALYZE ruling_search_facts;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ruling_search_documents",
                columns: table => new
                {
                    ruling_id = table.Column<int>(type: "integer", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ruling_search_documents", x => x.ruling_id);
                    table.ForeignKey(
                        name: "fk_ruling_search_documents_rulings_ruling_id",
                        column: x => x.ruling_id,
                        principalTable: "rulings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(SearchVectorInFactsSql.Down);

            migrationBuilder.CreateIndex(
                name: "ix_ruling_search_documents_search_vector",
                table: "ruling_search_documents",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.DropIndex(
                name: "ix_ruling_search_facts_search_vector",
                table: "ruling_search_facts");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "ruling_search_facts");
        }
    }
}
