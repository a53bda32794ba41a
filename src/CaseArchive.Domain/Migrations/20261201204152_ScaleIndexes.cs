using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseArchive.Domain.Migrations
{
    /// <summary>
    /// Indexes for an archive of a million rulings, on expressions EF Core's model cannot describe:
    /// the public list's order, the redaction's lookup of hidden names by their last word, and
    /// trigram search of pseudonyms.
    /// </summary>
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- Newest first, undated last: exactly the ORDER BY of RulingSearch.Ordered, so a page is an index walk, not a sort.
                CREATE INDEX ix_rulings_newest ON rulings ((date_key IS NULL), date_key DESC, id DESC);
                -- Redaction.PrepareAsync: hidden persons whose name's folded last word occurs in a text.
                CREATE INDEX ix_persons_hidden_last_word ON persons ((substring(folded_name from '[^ ]*$'))) WHERE visibility <> 'public';
                CREATE INDEX ix_person_names_last_word ON person_names ((substring(folded_name from '[^ ]*$')));
                -- A pseudonymised person is searched by pseudonym (RulingFilter.MatchingIds, PersonSearch).
                CREATE INDEX ix_persons_pseudonym_trgm ON persons USING gin (lower(pseudonym) gin_trgm_ops) WHERE visibility = 'pseudonymised';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_rulings_newest;
                DROP INDEX IF EXISTS ix_persons_hidden_last_word;
                DROP INDEX IF EXISTS ix_person_names_last_word;
                DROP INDEX IF EXISTS ix_persons_pseudonym_trgm;
                """);
        }
    }
}
