using System.Reflection;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain;

// A new migration, from the repository root:
//   dotnet tool restore
//   dotnet ef migrations add NAME --project src/CaseArchive.Domain --startup-project src/CaseArchive.Domain --output-dir Migrations
public class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<PersonName> PersonNames => Set<PersonName>();
    public DbSet<Court> Courts => Set<Court>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseParty> CaseParties => Set<CaseParty>();
    public DbSet<Ruling> Rulings => Set<Ruling>();
    public DbSet<DetentionClaim> DetentionClaims => Set<DetentionClaim>();
    public DbSet<TimelineEvent> Events => Set<TimelineEvent>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<ArticleImport> Imports => Set<ArticleImport>();
    public DbSet<ImportMatch> ImportMatches => Set<ImportMatch>();

    /// <summary>Npgsql options shared by the web app, the command line and the design-time factory.</summary>
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__migrations")
                // A dropped connection (a database restart, a failover) is retried rather than shown to a reader.
                // Writes that open their own transaction run inside the execution strategy, so a retry repeats the
                // whole transaction, never half of it.
                .EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every vocabulary is stored as readable text ("not_deported"), not as a number.
        foreach (var enumType in typeof(Outcome).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == typeof(Outcome).Namespace))
        {
            var converter = typeof(SnakeCaseEnumConverter<>).MakeGenericType(enumType);
            configurationBuilder.Properties(enumType).HaveConversion(converter).HaveMaxLength(32);
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTimes()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
