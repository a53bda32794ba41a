using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// ruling_search_facts: what a search filters, counts and orders a ruling by, one narrow row beside
    /// its document, kept by triggers (<see cref="SearchFactsSql"/>).
    /// </summary>
    public partial class SearchFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ruling_search_facts",
                columns: table => new
                {
                    ruling_id = table.Column<int>(type: "integer", nullable: false),
                    is_public = table.Column<bool>(type: "boolean", nullable: false),
                    date_key = table.Column<DateOnly>(type: "date", nullable: true),
                    date_year = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    verdict = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    court_id = table.Column<int>(type: "integer", nullable: false),
                    origin_country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ethnicity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    charges = table.Column<List<string>>(type: "text[]", nullable: false),
                    claim_kinds = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ruling_search_facts", x => x.ruling_id);
                    table.ForeignKey(
                        name: "fk_ruling_search_facts_rulings_ruling_id",
                        column: x => x.ruling_id,
                        principalTable: "rulings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
            migrationBuilder.Sql(SearchFactsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchFactsSql.Down);
            migrationBuilder.DropTable(
                name: "ruling_search_facts");
        }
    }
}
