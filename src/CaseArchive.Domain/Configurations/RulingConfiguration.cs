using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class RulingConfiguration : IEntityTypeConfiguration<Ruling>
{
    public void Configure(EntityTypeBuilder<Ruling> builder)
    {
        builder.MapPartialDate(r => r.Date, "date");
        builder.Property(r => r.ProsecutorSought).HasMaxLength(500);
        builder.Property(r => r.FineAmount).HasMaxLength(100);
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.HasOne(r => r.Court).WithMany().HasForeignKey(r => r.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Judge).WithMany().HasForeignKey(r => r.JudgeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Prosecutor).WithMany().HasForeignKey(r => r.ProsecutorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.CourtId);
        builder.HasIndex(r => r.Outcome);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_rulings_sentence_months", "sentence_months IS NULL OR sentence_months BETWEEN 1 AND 600");
            t.HasCheckConstraint("ck_rulings_sentence_kind", "sentence_kind IS NOT NULL OR (sentence_months IS NULL AND fine_amount IS NULL)");
        });
    }
}
