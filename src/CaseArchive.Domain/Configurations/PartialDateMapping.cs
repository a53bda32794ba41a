using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

internal static class PartialDateMapping
{
    /// <summary>Maps a partial date to prefix_year, prefix_month, prefix_day and prefix_inferred columns.</summary>
    public static void MapPartialDate<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, PartialDate?>> property, string prefix)
        where TEntity : class =>
        builder.ComplexProperty<PartialDate>(property!, (ComplexPropertyBuilder<PartialDate> date) =>
        {
            date.Property(d => d.Year).HasColumnName($"{prefix}_year");
            date.Property(d => d.Month).HasColumnName($"{prefix}_month");
            date.Property(d => d.Day).HasColumnName($"{prefix}_day");
            date.Property(d => d.Inferred).HasColumnName($"{prefix}_inferred");
            date.Ignore(d => d.Precision);
            date.Ignore(d => d.Start);
        });
}
