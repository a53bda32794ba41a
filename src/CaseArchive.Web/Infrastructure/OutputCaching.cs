using Microsoft.AspNetCore.OutputCaching;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's output cache for what anonymous readers get: public pages, exports, feed and API
/// answers, tagged <see cref="Tag"/>. Every write to the archive's records evicts the tag on every app
/// server (<see cref="ArchiveChanges"/>), so a correction shows at once wherever it was made; entries
/// also expire after <c>OutputCache:Seconds</c> (60), in case a server missed the news.
/// Editors' pages, sign-in, health and signed-in requests are never cached (the default policy
/// skips requests with a user or an Authorization header, and responses that set cookies).
/// </summary>
public static class OutputCaching
{
    public const string Tag = "archive";

    /// <summary>
    /// Addresses whose answers are not the public archive: the editors' area, sign-in, health, and the
    /// error and status pages (which show no records). Never cached, and not redacted (PublicRedaction).
    /// </summary>
    public static readonly string[] NotArchiveAnswers = ["/editor", "/account", "/health", "/error", "/status"];

    public static void AddArchiveOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("OutputCache:Enabled", true);
        services.AddOutputCache(options =>
        {
            options.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(Seconds(configuration));
            if (enabled)
            {
                // One entry per language: the address's language (CultureRouting) is part of the key, whatever the path base.
                options.AddBasePolicy(policy => policy.With(context => IsPublic(context.HttpContext.Request)).Tag(Tag)
                    .VaryByValue(context => new KeyValuePair<string, string>("language", Localization.CultureRouting.Current(context))));
            }
        });
    }

    /// <summary>How long a public answer may be kept: by the output cache, and by browsers and shared caches (<see cref="UseArchiveCacheControl"/>).</summary>
    private static int Seconds(IConfiguration configuration) => configuration.GetValue("OutputCache:Seconds", 60);

    /// <summary>
    /// A deliberate Cache-Control on every answer: what the output cache keeps (a 200 to an anonymous GET of a
    /// public address that sets no cookie) browsers and shared caches may keep as long, <c>public, max-age</c>;
    /// everything else (editors' and account pages, anything for a signed-in user, errors, redirects, health,
    /// an answer that already said no-store) <c>no-store</c>. Static files count as public answers.
    /// </summary>
    public static void UseArchiveCacheControl(this WebApplication app)
    {
        var publicAnswer = $"public, max-age={Seconds(app.Configuration)}";
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = IsPublicAnswer(context) ? publicAnswer : "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static bool IsPublicAnswer(HttpContext context) =>
        context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified
        && IsPublic(context.Request)
        && context.User.Identity?.IsAuthenticated != true
        && !context.Request.Headers.ContainsKey("Authorization")
        && !context.Response.Headers.ContainsKey("Set-Cookie")
        // The antiforgery system marks answers that carry a token of this visitor's.
        && !context.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase);

    private static bool IsPublic(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !NotArchiveAnswers.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
