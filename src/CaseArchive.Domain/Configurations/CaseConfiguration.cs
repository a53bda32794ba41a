using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.MapPartialDate(c => c.OpenedOn, "opened_on");
        builder.HasOne(c => c.Court).WithMany().HasForeignKey(c => c.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Parties).WithOne(p => p.Case).HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Rulings).WithOne(r => r.Case).HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CasePartyConfiguration : IEntityTypeConfiguration<CaseParty>
{
    public void Configure(EntityTypeBuilder<CaseParty> builder)
    {
        builder.HasOne(p => p.Person).WithMany(p => p.Parties).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CaseId, p.PersonId, p.Role }).IsUnique();
        builder.HasIndex(p => p.PersonId);
    }
}
