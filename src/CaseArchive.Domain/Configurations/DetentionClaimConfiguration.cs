using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class DetentionClaimConfiguration : IEntityTypeConfiguration<DetentionClaim>
{
    public void Configure(EntityTypeBuilder<DetentionClaim> builder)
    {
        builder.Property(c => c.Facility).HasMaxLength(200);
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.Property(c => c.Period).HasMaxLength(100);
        builder.Property(c => c.StatusNote).HasMaxLength(2000);
        builder.HasOne(c => c.Person).WithMany(p => p.Claims).HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.PersonId);
    }
}
