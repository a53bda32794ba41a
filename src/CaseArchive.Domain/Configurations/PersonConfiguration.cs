using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseArchive.Domain.Configurations;

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.Property(p => p.FoldedName).HasMaxLength(200);
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Pseudonym).HasMaxLength(200);
        builder.Property(p => p.Ethnicity).HasMaxLength(100);
        builder.Property(p => p.Citizenship).HasMaxLength(100);
        builder.Property(p => p.PlaceOfOrigin).HasMaxLength(200);
        builder.Property(p => p.OriginCountry).HasMaxLength(100);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Ignore(p => p.PublicName);

        // Stored as the facts' names ("ethnicity", "place_of_origin"), like every vocabulary.
        builder.PrimitiveCollection(p => p.FactsShownUnderPseudonym).HasDefaultValueSql("'{}'")
            .ElementType(e => e.HasConversion<SnakeCaseEnumConverter<PersonFact>>().HasMaxLength(32));
        // What the public may see of the facts searches filter and count by, one rule kept by the database
        // (Person.Shows is the same rule for a loaded person): the fact when the person is public, or
        // pseudonymised with the fact marked safe.
        builder.Property(p => p.PublicEthnicity).HasMaxLength(100).HasComputedColumnSql(PublicFactSql("ethnicity"), stored: true);
        builder.Property(p => p.PublicOriginCountry).HasMaxLength(100).HasComputedColumnSql(PublicFactSql("origin_country"), stored: true);

        // Name matching across spellings: similarity over folded names.
        builder.HasIndex(p => p.FoldedName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => p.Visibility);
        builder.ToTable(t => t.HasCheckConstraint("ck_persons_pseudonym",
            "visibility <> 'pseudonymised' OR pseudonym IS NOT NULL"));

        builder.HasMany(p => p.Names).WithOne().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Names).HasField("_names").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static string PublicFactSql(string column) =>
        $"CASE WHEN visibility = 'public' OR (visibility = 'pseudonymised' AND '{column}' = ANY (facts_shown_under_pseudonym)) THEN {column} END";
}

public class PersonNameConfiguration : IEntityTypeConfiguration<PersonName>
{
    public void Configure(EntityTypeBuilder<PersonName> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(200);
        builder.Property(n => n.FoldedName).HasMaxLength(200);
        builder.HasIndex(n => n.FoldedName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(n => new { n.PersonId, n.Name }).IsUnique();
    }
}

public class PersonRulingCountConfiguration : IEntityTypeConfiguration<PersonRulingCount>
{
    public void Configure(EntityTypeBuilder<PersonRulingCount> builder)
    {
        builder.ToTable("person_ruling_counts");
        builder.HasKey(c => c.PersonId);
        builder.Property(c => c.PersonId).ValueGeneratedNever();
        builder.HasOne<Person>().WithOne().HasForeignKey<PersonRulingCount>(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        // The list of persons, most rulings first.
        builder.HasIndex(c => new { c.Rulings, c.PersonId }).IsDescending(true, false);
    }
}
