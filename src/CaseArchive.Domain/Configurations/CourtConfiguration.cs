using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class CourtConfiguration : IEntityTypeConfiguration<Court>
{
    public void Configure(EntityTypeBuilder<Court> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.FoldedName).HasMaxLength(300);
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Town).HasMaxLength(100);
        builder.Property(c => c.Region).HasMaxLength(100);
        builder.Property(c => c.Country).HasMaxLength(100);
        builder.HasIndex(c => c.FoldedName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(c => c.Country);
    }
}
