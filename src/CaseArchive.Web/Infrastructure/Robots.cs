namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// Marks an endpoint whose answers search engines must neither index nor keep a copy of: pages about people
/// at risk (a person, a ruling, a timeline). A copy in a search engine would outlive an editor's decision to
/// withhold or pseudonymise them. Crawlers may still fetch them (wwwroot/robots.txt allows it), or they
/// would never see this.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoIndexAttribute : Attribute
{
    /// <summary>The directives, for the X-Robots-Tag header and the pages' meta robots.</summary>
    public const string Directives = "noindex, noarchive";

    public static bool AppliesTo(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<NoIndexAttribute>() is not null;
}

public static class Robots
{
    /// <summary>X-Robots-Tag on every answer of an endpoint marked <see cref="NoIndexAttribute"/> (JSON as well as pages).</summary>
    public static void UseArchiveNoIndex(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (NoIndexAttribute.AppliesTo(context))
                {
                    context.Response.Headers["X-Robots-Tag"] = NoIndexAttribute.Directives;
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
}
