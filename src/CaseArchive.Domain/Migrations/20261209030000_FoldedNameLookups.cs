using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// The redaction asks whether a hidden name found in a text is also a public person's full name
    /// (HiddenNamesStore.PublicNamesAsync: folded_name = the span) for every new name an answer holds:
    /// a btree lookup per name, where the trigram indexes answered equality by scanning their trigrams' lists.
    /// </summary>
    /// <remarks>SQL only, as SearchFactsNewest: the model describes the trigram indexes of these columns, not these.</remarks>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261209030000_FoldedNameLookups")]
    public partial class FoldedNameLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_persons_folded_name_equal ON persons (folded_name);");
            migrationBuilder.Sql("CREATE INDEX ix_person_names_folded_name_equal ON person_names (folded_name);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_person_names_folded_name_equal;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_folded_name_equal;");
        }
    }
}
