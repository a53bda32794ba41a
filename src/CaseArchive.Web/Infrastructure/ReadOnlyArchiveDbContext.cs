using CaseArchive.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// The archive for the public pages, the API, exports and the feed: the same model, on the read-only connection
/// (ConnectionStrings:ArchiveReadOnly: a streaming replica, or several with Npgsql's multi-host Target Session
/// Attributes), falling back to the primary when that is not set. Pooled (it has no editor to know), no tracking,
/// and it refuses to save: editors read and write on the primary, where their own changes are.
/// </summary>
public sealed class ReadOnlyArchiveDbContext(DbContextOptions<ReadOnlyArchiveDbContext> options) : ArchiveDbContext(options, actor: null)
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) => throw Refusal();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) => throw Refusal();

    private static InvalidOperationException Refusal() =>
        new("The public pages' context is read-only: write through ArchiveDbContext, on the primary.");
}
