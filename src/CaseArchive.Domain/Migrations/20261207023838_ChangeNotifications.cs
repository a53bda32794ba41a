using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// Every write to the record tables notifies the channel archive_changed (<see cref="ChangeNotificationsSql"/>),
    /// so each app server evicts its cached public answers at once, whoever wrote: another server, the command line, SQL.
    /// </summary>
    /// <remarks>SQL only (no model change), so it carries no target model: a copy of the whole model here would say nothing.</remarks>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261207023838_ChangeNotifications")]
    public partial class ChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeNotificationsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeNotificationsSql.Down);
        }
    }
}
