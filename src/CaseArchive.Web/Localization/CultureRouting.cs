using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace CaseArchive.Web.Localization;

/// <summary>
/// The language is in the address: <c>/ru/...</c> and <c>/kk/...</c> become the path base (so every link
/// the pages write with <c>~/</c> or <c>Request.PathBase</c> keeps it) and the request's culture; English is
/// at <c>/</c>. On a first visit to an unprefixed page (no link from this site: no same-site Referer), a
/// browser that prefers Russian or Kazakh (Accept-Language) is redirected to that language's address;
/// the English answer then says <c>Vary: Accept-Language</c>. Links within the site (the switcher's
/// "English" above all) are never redirected.
/// </summary>
public static class CultureRouting
{
    private const string LanguageItem = "casearchive.language";

    /// <summary>Addresses that are not pages for readers: no language guess, no redirect.</summary>
    private static readonly string[] NotPages = ["/api/v1", "/feeds", "/openapi", "/css", "/js", "/editor", "/account", "/health", "/error", "/status"];

    public static void AddArchiveLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, CatalogLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures.Default).AddSupportedCultures(Cultures.Supported).AddSupportedUICultures(Cultures.Supported);
            // Only the address decides; the browser's preference is a redirect (above), never a silent switch.
            options.RequestCultureProviders = [new CustomRequestCultureProvider(context =>
                Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Current(context))))];
        });
    }

    /// <summary>The request's language, as its address says.</summary>
    public static string Current(HttpContext context) => context.Items[LanguageItem] as string ?? Cultures.Default;

    /// <summary>This page's address in <paramref name="language"/> (the language switcher's links).</summary>
    public static string AddressIn(HttpContext context, string language)
    {
        var path = context.Request.Path.Value is { Length: > 1 } p ? p : "/";
        var address = Cultures.Prefix(language) + (language != Cultures.Default && path == "/" ? "" : path);
        return (address.Length == 0 ? "/" : address) + context.Request.QueryString;
    }

    /// <summary>First in the pipeline, so the error and status pages re-executed inside it speak the same language.</summary>
    public static void UseArchiveCultures(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            foreach (var language in Cultures.Supported)
            {
                if (!request.Path.StartsWithSegments("/" + language, StringComparison.OrdinalIgnoreCase, out var rest))
                {
                    continue;
                }
                if (language == Cultures.Default)
                {
                    // English has no prefix: one address per page and language.
                    context.Response.Redirect((rest.HasValue ? rest.Value : "/") + request.QueryString, permanent: true);
                    return;
                }
                var (pathBase, path) = (request.PathBase, request.Path);
                request.PathBase = pathBase.Add(new PathString("/" + language));
                request.Path = rest.HasValue ? rest : new PathString("/");
                context.Items[LanguageItem] = language;
                try
                {
                    await next(context);
                }
                finally
                {
                    (request.PathBase, request.Path) = (pathBase, path);
                }
                return;
            }
            if (IsPage(request))
            {
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
                if (!CameFromThisSite(request) && Cultures.FromAcceptLanguage(request.GetTypedHeaders().AcceptLanguage) is var guess && guess != Cultures.Default)
                {
                    context.Response.Redirect(Cultures.Prefix(guess) + (request.Path.Value == "/" ? "" : request.Path.Value) + request.QueryString);
                    return;
                }
            }
            await next(context);
        });
        app.UseRequestLocalization();
    }

    /// <summary>A reader's page: a GET of an address without a file extension outside the machine and editors' addresses.</summary>
    private static bool IsPage(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !NotPages.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
        && !Path.HasExtension(request.Path.Value);

    private static bool CameFromThisSite(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this address has its readers' languages: not the editors' area or sign-in, which stay in English.</summary>
    public static bool IsTranslated(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/editor", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}
