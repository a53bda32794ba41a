using System.Linq.Expressions;
using CaseArchive.Domain.Configurations;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;

namespace CaseArchive.Domain;

// A new migration, from the repository root:
//   dotnet tool restore
//   dotnet ef migrations add NAME --project src/CaseArchive.Domain --startup-project src/CaseArchive.Domain --output-dir Migrations
/// <summary>
/// The archive's records, its editors' accounts (ASP.NET Core Identity), and the history:
/// every save of a record writes who changed it, when, and its values before and after.
/// </summary>
public class ArchiveDbContext : IdentityDbContext<EditorUser, IdentityRole, string>, IDataProtectionKeyContext
{
    private readonly IAuditActor? _actor;

    public ArchiveDbContext(DbContextOptions<ArchiveDbContext> options, IAuditActor? actor = null)
        : this((DbContextOptions)options, actor)
    {
    }

    /// <summary>For a context of the same model on other options (the web app's read-only context for public pages).</summary>
    protected ArchiveDbContext(DbContextOptions options, IAuditActor? actor)
        : base(options) => _actor = actor;

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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>What administrators chose for every account (one row).</summary>
    public DbSet<AccountSettings> AccountSettings => Set<AccountSettings>();

    /// <summary>ASP.NET Core's Data Protection keys (cookies, antiforgery tokens), shared by every app server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The name the history records for this context's saves.</summary>
    public string ActorName => (_actor ?? NamedActor.System).Name;

    /// <summary>A note for the history entries of the next save ("restored the version of ..."); cleared by it.</summary>
    public string? ChangeNote { get; set; }

    /// <summary>The action for the history entries of the next save, when it is not a plain edit (a restore); cleared by it.</summary>
    public AuditAction? ChangeAction { get; set; }

    /// <summary>Npgsql options shared by the web app, the command line and the design-time factory.</summary>
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__migrations")
                // A dropped connection is retried where that is safe (ArchiveExecutionStrategy says when).
                .ExecutionStrategy(dependencies => new ArchiveExecutionStrategy(dependencies)))
            .UseSnakeCaseNamingConvention()
            // Counts and facets take a bounded number of rows in no particular order, on purpose.
            .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var modelBuilder = builder;
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            // Optimistic concurrency on PostgreSQL's xmin system column.
            modelBuilder.Entity(entityType.ClrType).Property(nameof(Entity.Version)).IsRowVersion();
            // A deleted record is hidden from every query, public or editorial, unless asked for.
            var record = Expression.Parameter(entityType.ClrType, "record");
            var notDeleted = Expression.Equal(Expression.Property(record, nameof(Entity.DeletedAt)), Expression.Constant(null, typeof(DateTimeOffset?)));
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(notDeleted, record));
            modelBuilder.Entity(entityType.ClrType).Ignore(nameof(Entity.IsDeleted));
        }
        // What hangs on a deleted record is hidden with it.
        modelBuilder.Entity<CaseParty>().HasQueryFilter(p => p.Case.DeletedAt == null && p.Person.DeletedAt == null);
        modelBuilder.Entity<Citation>().HasQueryFilter(c => c.Source.DeletedAt == null);
        // A deleted person's spellings match no one (the importer's matching reads them directly).
        modelBuilder.Entity<PersonName>().HasQueryFilter(n => Set<Person>().Any(p => p.Id == n.PersonId));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every vocabulary is stored as readable text ("not_deported"), not as a number: the shared ones of
        // CaseArchive.Core and the archive's own of Model.
        var vocabularies = new[] { typeof(Outcome), typeof(PersonVisibility) }
            .SelectMany(known => known.Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == known.Namespace));
        foreach (var enumType in vocabularies)
        {
            var converter = typeof(SnakeCaseEnumConverter<>).MakeGenericType(enumType);
            configurationBuilder.Properties(enumType).HaveConversion(converter).HaveMaxLength(32);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (RulingsOfPersonsShownDifferently() is { } rekeyed)
        {
            IssueNewKeys(await rekeyed.ToListAsync(cancellationToken));
        }
        var changes = PrepareChanges();
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The records and their history entries are written together or not at all.
        var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(WithFormToken(changes.Select(c => c.ToAuditEntry()).ToList()));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The form whose record the next save creates: its token goes on that record's creation entry, where
    /// a unique index refuses a second creation from the same form (<see cref="FormSubmissions"/>).
    /// </summary>
    public (Guid Token, Entity Record)? Submission { get; set; }

    private List<AuditEntry> WithFormToken(List<AuditEntry> entries)
    {
        if (Submission is { } submission)
        {
            var created = entries.FirstOrDefault(e => e.Action == AuditAction.Created
                && e.EntityType == submission.Record.GetType().Name && e.EntityId == submission.Record.Id);
            if (created is not null)
            {
                created.FormToken = submission.Token;
            }
        }
        return entries;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (RulingsOfPersonsShownDifferently() is { } rekeyed)
        {
            IssueNewKeys(rekeyed.ToList());
        }
        var changes = PrepareChanges();
        if (changes.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        AuditEntries.AddRange(WithFormToken(changes.Select(c => c.ToAuditEntry()).ToList()));
        base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return written;
    }

    /// <summary>
    /// The rulings whose address must change with this save: those of a person becoming public,
    /// pseudonymised or withheld (an earlier copy of a ruling's page must not tie the name to the
    /// pseudonym, nor a withheld record to anything), and those moved to another person. Null when none.
    /// </summary>
    private IQueryable<Ruling>? RulingsOfPersonsShownDifferently()
    {
        ChangeTracker.DetectChanges();
        var persons = ChangeTracker.Entries<Person>()
            .Where(p => p.State == EntityState.Modified && p.Property(x => x.Visibility).OriginalValue != p.Property(x => x.Visibility).CurrentValue)
            .Select(p => p.Entity.Id)
            .ToList();
        var moved = ChangeTracker.Entries<Ruling>()
            .Where(r => r.State == EntityState.Modified && r.Property(x => x.PersonId).OriginalValue != r.Property(x => x.PersonId).CurrentValue)
            .Select(r => r.Entity.Id)
            .ToList();
        return persons.Count + moved.Count == 0
            ? null
            : Rulings.IgnoreQueryFilters().Where(r => persons.Contains(r.PersonId) || moved.Contains(r.Id));
    }

    private static void IssueNewKeys(List<Ruling> rulings)
    {
        foreach (var ruling in rulings)
        {
            ruling.IssueNewKey();
        }
    }

    /// <summary>Stamps times and takes the "before" of every changed record.</summary>
    private List<PendingChange> PrepareChanges()
    {
        ChangeTracker.DetectChanges();
        // A person's spellings are part of the person: changing them changes (and versions) the person.
        foreach (var name in ChangeTracker.Entries<PersonName>().Where(n => n.State is EntityState.Added or EntityState.Deleted).ToList())
        {
            var owner = ChangeTracker.Entries<Person>().FirstOrDefault(p => p.Entity.Names.Contains(name.Entity) || (p.Entity.Id != 0 && p.Entity.Id == name.Entity.PersonId));
            if (owner is { State: EntityState.Unchanged })
            {
                owner.State = EntityState.Modified;
            }
        }

        var now = DateTimeOffset.UtcNow;
        var changes = new List<PendingChange>();
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
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                changes.Add(new PendingChange(entry, ActionOf(entry), entry.State == EntityState.Added ? null : RecordSnapshot.Take(entry, original: true).ToJsonString(RecordSnapshot.JsonOptions), ActorName, ChangeNote));
            }
        }
        ChangeNote = null;
        ChangeAction = null;
        return changes;
    }

    private AuditAction ActionOf(EntityEntry<Entity> entry)
    {
        if (entry.State == EntityState.Added)
        {
            return AuditAction.Created;
        }
        if (entry.State == EntityState.Deleted)
        {
            return AuditAction.Deleted;
        }
        var deletedAt = entry.Property(e => e.DeletedAt);
        if (deletedAt.OriginalValue is null && deletedAt.CurrentValue is not null)
        {
            return AuditAction.Deleted;
        }
        return ChangeAction ?? (deletedAt.OriginalValue is not null && deletedAt.CurrentValue is null ? AuditAction.Restored : AuditAction.Updated);
    }

    private sealed record PendingChange(EntityEntry<Entity> Entry, AuditAction Action, string? Before, string Actor, string? Note)
    {
        public AuditEntry ToAuditEntry()
        {
            var after = Action == AuditAction.Deleted && Entry.State == EntityState.Detached
                ? null
                : RecordSnapshot.Take(Entry, original: false).ToJsonString(RecordSnapshot.JsonOptions);
            return new AuditEntry(Entry.Metadata.ClrType.Name, Entry.Entity.Id, Action, Actor, Before, after, Note);
        }
    }
}
