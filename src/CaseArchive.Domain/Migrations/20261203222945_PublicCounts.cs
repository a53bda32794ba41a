using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// The feed's order by an index (latest changed, then id), and the public counts from one index of
    /// the search facts, which now carry the judge (<see cref="PublicCountsSql"/>).
    /// </summary>
    public partial class PublicCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_rulings_updated_at",
                table: "rulings");

            migrationBuilder.AddColumn<int>(
                name: "judge_id",
                table: "ruling_search_facts",
                type: "integer",
                nullable: true);
            migrationBuilder.Sql(PublicCountsSql.Up);

            migrationBuilder.CreateIndex(
                name: "ix_rulings_updated_at_id",
                table: "rulings",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_ruling_search_facts_public_counts",
                table: "ruling_search_facts",
                columns: new[] { "court_id", "date_year", "outcome", "judge_id" },
                filter: "is_public");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_rulings_updated_at_id",
                table: "rulings");

            migrationBuilder.DropIndex(
                name: "ix_ruling_search_facts_public_counts",
                table: "ruling_search_facts");

            migrationBuilder.Sql(PublicCountsSql.Down);
            migrationBuilder.DropColumn(
                name: "judge_id",
                table: "ruling_search_facts");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_updated_at",
                table: "rulings",
                column: "updated_at");
        }
    }
}
