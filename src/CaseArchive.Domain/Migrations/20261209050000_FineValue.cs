using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// A fine's amount as a number with its ISO 4217 currency (Ruling.FineValue, FineCurrency), beside the
    /// reported wording (fine_amount): both or neither, and positive, checked by the database as by the forms.
    /// </summary>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261209050000_FineValue")]
    public partial class FineValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(name: "fine_value", table: "rulings", type: "numeric(16,2)", precision: 16, scale: 2, nullable: true);
            migrationBuilder.AddColumn<string>(name: "fine_currency", table: "rulings", type: "character(3)", fixedLength: true, maxLength: 3, nullable: true);
            migrationBuilder.Sql("ALTER TABLE rulings ADD CONSTRAINT ck_rulings_fine CHECK ((fine_value IS NULL) = (fine_currency IS NULL) AND (fine_value IS NULL OR fine_value > 0));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE rulings DROP CONSTRAINT IF EXISTS ck_rulings_fine;");
            migrationBuilder.DropColumn(name: "fine_currency", table: "rulings");
            migrationBuilder.DropColumn(name: "fine_value", table: "rulings");
        }
    }
}
