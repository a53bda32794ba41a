using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// hidden_names_version: a number that every change to who is hidden, or to a hidden person's
    /// names, moves on, whoever writes (the app, the command line, SQL). The redaction of public
    /// answers reads it on each request and reloads the hidden names when it has moved.
    /// </summary>
    /// <remarks>SQL only (no model change), so it carries no target model.</remarks>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261207030000_HiddenNamesVersion")]
    public partial class HiddenNamesVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HiddenNamesVersionSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HiddenNamesVersionSql.Down);
        }
    }
}
