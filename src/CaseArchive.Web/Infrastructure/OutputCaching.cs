using CaseArchive.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's output cache for what anonymous readers get: public pages, exports, feed and API
/// answers, tagged <see cref="Tag"/>. Every save of a record through the app's DbContext evicts the
/// tag (<see cref="OutputCacheEviction"/>), so a correction shows at once; entries also expire after
/// <c>OutputCache:Seconds</c> (60), for changes made outside the app (the command line, SQL).
/// Editors' pages, sign-in, health and signed-in requests are never cached (the default policy
/// skips requests with a user or an Authorization header, and responses that set cookies).
/// </summary>
public static class OutputCaching
{
    public const string Tag = "archive";

    private static readonly string[] NeverCached = ["/editor", "/account", "/health", "/error", "/status"];

    public static void AddArchiveOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("OutputCache:Enabled", true);
        var seconds = configuration.GetValue("OutputCache:Seconds", 60);
        services.AddOutputCache(options =>
        {
            options.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(seconds);
            if (enabled)
            {
                options.AddBasePolicy(policy => policy.With(context => IsPublic(context.HttpContext.Request)).Tag(Tag));
            }
        });
        services.AddSingleton<OutputCacheEviction>();
    }

    private static bool IsPublic(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !NeverCached.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Evicts the cached public answers whenever the archive's records are saved.</summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : SaveChangesInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0 && eventData.Context is ArchiveDbContext)
        {
            await store.EvictByTagAsync(OutputCaching.Tag, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context is ArchiveDbContext)
        {
            store.EvictByTagAsync(OutputCaching.Tag, default).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }
}
