using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// person_ruling_counts: how many rulings each person has, kept by triggers
    /// (<see cref="PersonRulingCountsSql"/>), for the list of persons ordered by it.
    /// </summary>
    public partial class PersonRulingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_ruling_counts",
                columns: table => new
                {
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    rulings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_ruling_counts", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_person_ruling_counts_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_person_ruling_counts_rulings_person_id",
                table: "person_ruling_counts",
                columns: new[] { "rulings", "person_id" },
                descending: new[] { true, false });
            migrationBuilder.Sql(PersonRulingCountsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonRulingCountsSql.Down);
            migrationBuilder.DropTable(
                name: "person_ruling_counts");
        }
    }
}
