using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// The lists page over the public rulings' facts (RulingFilter.Rows), newest first: an index in that order,
    /// so a page reads its rows from the index's start instead of sorting every public ruling.
    /// </summary>
    /// <remarks>SQL only (an expression index, which the model does not describe), so it carries no target model.</remarks>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261208055500_SearchFactsNewest")]
    public partial class SearchFactsNewest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_ruling_search_facts_newest ON ruling_search_facts ((date_key IS NULL), date_key DESC, ruling_id DESC) WHERE is_public;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_ruling_search_facts_newest;");
        }
    }
}
