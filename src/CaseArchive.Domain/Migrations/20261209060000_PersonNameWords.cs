using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// The people search matches every word of a folded query as a whole word of a person's folded name or
    /// of a spelling first (PersonSearch.MatchingWords), and by trigrams only when that finds nobody: these
    /// words indexes answer the first pass, where the trigram indexes meet hundreds of similar names.
    /// </summary>
    /// <remarks>SQL only, as FoldedNameLookups; the expressions are the ones the query sends (to_tsvector('simple', folded_name), and lower(pseudonym) for the pseudonymised).</remarks>
    [DbContext(typeof(ArchiveDbContext))]
    [Migration("20261209060000_PersonNameWords")]
    public partial class PersonNameWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_persons_folded_name_words ON persons USING gin (to_tsvector('simple', folded_name));");
            migrationBuilder.Sql("CREATE INDEX ix_person_names_folded_name_words ON person_names USING gin (to_tsvector('simple', folded_name));");
            migrationBuilder.Sql("CREATE INDEX ix_persons_pseudonym_words ON persons USING gin (to_tsvector('simple', lower(pseudonym))) WHERE visibility = 'pseudonymised';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_pseudonym_words;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_person_names_folded_name_words;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_folded_name_words;");
        }
    }
}
