using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseArchive.Domain.Migrations;

/// <summary>
/// A filter by outcome and years without a text query (the lists and the API) counts its rulings exactly up
/// to the lists' exact-count limit: an index-only range of these entries, with the court the count joins,
/// where the public counts' index (court first) is read a court at a time (docs/performance.md, search24).
/// </summary>
/// <remarks>SQL only, an index the model does not describe; ArchiveDbContextModelSnapshot is unchanged.</remarks>
[DbContext(typeof(ArchiveDbContext))]
[Migration(Id)]
public sealed class OutcomeYearCounts : Migration
{
    public const string Id = "20261210090000_OutcomeYearCounts";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_ruling_search_facts_outcome_year ON ruling_search_facts (outcome, date_year) INCLUDE (court_id) WHERE is_public;");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP INDEX IF EXISTS ix_ruling_search_facts_outcome_year;");
}
