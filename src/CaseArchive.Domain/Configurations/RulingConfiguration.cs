using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class RulingConfiguration : IEntityTypeConfiguration<Ruling>
{
    /// <summary>Shadow property: the date's first day, computed by the database.</summary>
    public const string DateKey = "DateKey";

    public void Configure(EntityTypeBuilder<Ruling> builder)
    {
        builder.MapPartialDate(r => r.Date, "date");
        builder.Property(r => r.Key).HasMaxLength(OpaqueKeys.Length).IsFixedLength();
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.ProsecutorSought).HasMaxLength(500);
        builder.Property(r => r.FineAmount).HasMaxLength(100);
        builder.Property(r => r.FineValue).HasPrecision(16, 2);
        builder.Property(r => r.FineCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.HasOne(r => r.Court).WithMany().HasForeignKey(r => r.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Judge).WithMany().HasForeignKey(r => r.JudgeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Prosecutor).WithMany().HasForeignKey(r => r.ProsecutorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.CourtId);
        builder.HasIndex(r => r.Outcome);

        // The first day the ruling's date can mean: the key for newest-first paging and year ranges.
        builder.Property<DateOnly?>(DateKey).HasComputedColumnSql("make_date(date_year, coalesce(date_month, 1), coalesce(date_day, 1))", stored: true);
        builder.HasIndex(DateKey, nameof(Ruling.Id));
        // The feed's order (latest changed first), read backwards.
        builder.HasIndex(r => new { r.UpdatedAt, r.Id });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_rulings_sentence_months", "sentence_months IS NULL OR sentence_months BETWEEN 1 AND 600");
            t.HasCheckConstraint("ck_rulings_sentence_kind", "sentence_kind IS NOT NULL OR (sentence_months IS NULL AND fine_amount IS NULL)");
        });
    }
}

public class RulingSearchFactsConfiguration : IEntityTypeConfiguration<RulingSearchFacts>
{
    public void Configure(EntityTypeBuilder<RulingSearchFacts> builder)
    {
        // A table of its own, so that refreshing a ruling's facts or document never rewrites the ruling's
        // row (and never changes the xmin an editor's save is checked against).
        builder.ToTable("ruling_search_facts");
        builder.HasKey(f => f.RulingId);
        builder.Property(f => f.RulingId).ValueGeneratedNever();
        builder.HasOne<Ruling>().WithOne(r => r.SearchFacts).HasForeignKey<RulingSearchFacts>(f => f.RulingId).OnDelete(DeleteBehavior.Cascade);
        // The document beside the facts: a search's matches come with what it filters and counts by, one row each.
        builder.Property(f => f.SearchVector).HasColumnType("tsvector").HasDefaultValueSql("''::tsvector");
        builder.HasIndex(f => f.SearchVector).HasMethod("gin");
        builder.Property(f => f.OriginCountry).HasMaxLength(100);
        builder.Property(f => f.Ethnicity).HasMaxLength(100);
        // The public counts (statistics, a court's page) read only this index: by court, year, outcome and judge.
        builder.HasIndex(f => new { f.CourtId, f.DateYear, f.Outcome, f.JudgeId }).HasFilter("is_public").HasDatabaseName("ix_ruling_search_facts_public_counts");
    }
}
