using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// Search documents without a hidden person's names in their case forms (<see cref="HiddenNameFormsSql"/>);
    /// every document computed again.
    /// </summary>
    /// <remarks>SQL only (no model change), so it carries no target model.</remarks>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261207040000_HiddenNameForms")]
    public partial class HiddenNameForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Endings are letters only (the data file's), so they stand in an array literal as they are.
            migrationBuilder.Sql(HiddenNameFormsSql.Up(Privacy.HiddenNames.WrittenEndings.Where(e => e.All(char.IsLetter)).Distinct(StringComparer.Ordinal)));
            migrationBuilder.Sql(HiddenNameFormsSql.Refresh);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HiddenNameFormsSql.Down);
        }
    }
}
