using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Outlet).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(s => s.ContentHash).IsUnique();
        builder.HasMany(s => s.Citations).WithOne(c => c.Source).HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.Property(c => c.Quote).HasMaxLength(4000);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Ruling).WithMany(r => r.Citations).HasForeignKey(c => c.RulingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.DetentionClaim).WithMany(d => d.Citations).HasForeignKey(c => c.DetentionClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.TimelineEvent).WithMany(e => e.Citations).HasForeignKey(c => c.TimelineEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.SourceId);
        builder.HasIndex(c => c.RulingId);
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => c.DetentionClaimId);
        builder.HasIndex(c => c.TimelineEventId);
        builder.HasIndex(c => c.CaseId);
        // A citation supports exactly one fact.
        builder.ToTable(t => t.HasCheckConstraint("ck_citations_one_subject",
            "num_nonnulls(person_id, case_id, ruling_id, detention_claim_id, timeline_event_id) = 1"));
    }
}
