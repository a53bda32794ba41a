using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// Addresses that tie nothing to a name (<see cref="OpaqueAddressesSql"/>): a random key for each ruling,
    /// a random slug for each pseudonymised person; the facts an editor marks safe to show under a
    /// pseudonym, and the person's public ethnicity and origin that searches count by.
    /// </summary>
    public partial class OpaqueAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "key",
                table: "rulings",
                type: "character(12)",
                fixedLength: true,
                maxLength: 12,
                nullable: true);

            migrationBuilder.Sql(OpaqueAddressesSql.KeyFunction);
            migrationBuilder.Sql(OpaqueAddressesSql.Backfill);

            migrationBuilder.AlterColumn<string>(
                name: "key",
                table: "rulings",
                type: "character(12)",
                fixedLength: true,
                maxLength: 12,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character(12)",
                oldFixedLength: true,
                oldMaxLength: 12,
                oldNullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "facts_shown_under_pseudonym",
                table: "persons",
                type: "character varying(32)[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "public_ethnicity",
                table: "persons",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                computedColumnSql: "CASE WHEN visibility = 'public' OR (visibility = 'pseudonymised' AND 'ethnicity' = ANY (facts_shown_under_pseudonym)) THEN ethnicity END",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "public_origin_country",
                table: "persons",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                computedColumnSql: "CASE WHEN visibility = 'public' OR (visibility = 'pseudonymised' AND 'origin_country' = ANY (facts_shown_under_pseudonym)) THEN origin_country END",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_rulings_key",
                table: "rulings",
                column: "key",
                unique: true);

            migrationBuilder.Sql(OpaqueAddressesSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OpaqueAddressesSql.Down);

            migrationBuilder.DropIndex(
                name: "ix_rulings_key",
                table: "rulings");

            migrationBuilder.DropColumn(
                name: "public_ethnicity",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "public_origin_country",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "key",
                table: "rulings");

            migrationBuilder.DropColumn(
                name: "facts_shown_under_pseudonym",
                table: "persons");
        }
    }
}
