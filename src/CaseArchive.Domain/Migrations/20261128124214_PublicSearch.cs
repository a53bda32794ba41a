using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <inheritdoc />
    public partial class PublicSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "rulings",
                type: "tsvector",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "date_key",
                table: "rulings",
                type: "date",
                nullable: true,
                computedColumnSql: "make_date(date_year, coalesce(date_month, 1), coalesce(date_day, 1))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_rulings_date_key_id",
                table: "rulings",
                columns: new[] { "date_key", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_rulings_search_vector",
                table: "rulings",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_rulings_updated_at",
                table: "rulings",
                column: "updated_at");

            migrationBuilder.Sql(PublicSearchSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PublicSearchSql.Down);

            migrationBuilder.DropIndex(
                name: "ix_rulings_date_key_id",
                table: "rulings");

            migrationBuilder.DropIndex(
                name: "ix_rulings_search_vector",
                table: "rulings");

            migrationBuilder.DropIndex(
                name: "ix_rulings_updated_at",
                table: "rulings");

            migrationBuilder.DropColumn(
                name: "date_key",
                table: "rulings");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "rulings");
        }
    }
}
