using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.ToTable("events");
        builder.MapPartialDate(e => e.Date, "date");
        builder.Property(e => e.Place).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.HasOne(e => e.Person).WithMany(p => p.Events).HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Case).WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Ruling).WithMany().HasForeignKey(e => e.RulingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.PersonId);
    }
}
