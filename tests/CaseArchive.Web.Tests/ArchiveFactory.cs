using CaseArchive.Domain;
using CaseArchive.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests;

/// <summary>
/// The web app on the test run's real PostgreSQL database, in the "Testing" environment
/// (friendly error pages, as in production). Each test starts from the sample archive.
/// </summary>
public class ArchiveFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    protected virtual string ConnectionString => TestDatabase.ConnectionString;

    protected virtual int SignInPerMinute => 100_000;

    protected virtual int PublicSearchPerMinute => 100_000;

    protected virtual int PublicApiPerMinute => 100_000;

    protected virtual int PublicPagesPerMinute => 100_000;

    /// <summary>Off for most tests: they reset the database behind the app's back, which no eviction sees.</summary>
    protected virtual bool OutputCacheEnabled => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Archive", ConnectionString);
        // The tests sign in far more often than a person could; RateLimitTests use their own factory.
        builder.UseSetting("RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PublicSearchPerMinute", PublicSearchPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PublicApiPerMinute", PublicApiPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PublicPagesPerMinute", PublicPagesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OutputCache:Enabled", OutputCacheEnabled ? "true" : "false");
    }

    public async Task InitializeAsync() => await _database.InitializeAsync();

    /// <summary>Empties the database and loads the Zharkent sample.</summary>
    public virtual Task ResetAsync() => _database.ResetToSampleAsync();

    /// <summary>Empties the database: an archive on its first day.</summary>
    public Task EmptyAsync() => _database.ResetAsync();

    /// <summary>Changes the archive directly, as an editor's save would.</summary>
    public async Task ChangeAsync(Func<ArchiveDbContext, Task> change)
    {
        await using var db = _database.CreateContext();
        await change(db);
        await db.SaveChangesAsync();
    }

    public new Task DisposeAsync() => base.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<ArchiveFactory>
{
    public const string Name = "web";
}
