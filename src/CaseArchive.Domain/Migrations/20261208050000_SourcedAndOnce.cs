using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// Nothing public before it is sourced: a ruling's search facts call it public only once it is cited
    /// from a published source (<see cref="SourcedPublicSql"/>). And a form makes its record once: the
    /// history's creation entry keeps the form's token, unique.
    /// </summary>
    /// <remarks>Written by hand (one column and its index; the rest SQL), so it carries no target model.</remarks>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261208050000_SourcedAndOnce")]
    public partial class SourcedAndOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(name: "form_token", table: "audit_entries", type: "uuid", nullable: true);
            migrationBuilder.CreateIndex(name: "ix_audit_entries_form_token", table: "audit_entries", column: "form_token",
                unique: true, filter: "form_token IS NOT NULL");
            migrationBuilder.Sql(SourcedPublicSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SourcedPublicSql.Down);
            migrationBuilder.DropIndex(name: "ix_audit_entries_form_token", table: "audit_entries");
            migrationBuilder.DropColumn(name: "form_token", table: "audit_entries");
        }
    }
}
