using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// person_names.person_hidden, kept by triggers (<see cref="HiddenNamesSql"/>), and the index of the
    /// hidden persons' spellings by last word in place of the index of every spelling's: the redaction's
    /// lookup reads only the spellings it may need to hide.
    /// </summary>
    public partial class HiddenNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HiddenNamesSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HiddenNamesSql.Down);
        }
    }
}
