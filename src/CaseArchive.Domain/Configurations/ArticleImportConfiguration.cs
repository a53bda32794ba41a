using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class ArticleImportConfiguration : IEntityTypeConfiguration<ArticleImport>
{
    public void Configure(EntityTypeBuilder<ArticleImport> builder)
    {
        builder.ToTable("imports");
        builder.Property(i => i.ExtractionJson).HasColumnType("jsonb");
        builder.Property(i => i.ReviewJson).HasColumnType("jsonb");
        builder.Property(i => i.FileName).HasMaxLength(500);
        builder.HasOne(i => i.Source).WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Restrict);
        // One import per source: the same article twice is the same import.
        builder.HasIndex(i => i.SourceId).IsUnique();
        builder.HasIndex(i => i.Status);
        builder.HasMany(i => i.Matches).WithOne().HasForeignKey(m => m.ArticleImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ImportMatchConfiguration : IEntityTypeConfiguration<ImportMatch>
{
    public void Configure(EntityTypeBuilder<ImportMatch> builder)
    {
        builder.Property(m => m.ProposedName).HasMaxLength(300);
        builder.Property(m => m.Reason).HasMaxLength(1000);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Court).WithMany().HasForeignKey(m => m.CourtId).OnDelete(DeleteBehavior.Cascade);
    }
}
