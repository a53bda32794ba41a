using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseArchive.Web.Infrastructure;

/// <summary>The names of the rate-limit policies, for pages and endpoints to attach ([EnableRateLimiting(RateLimits.SignIn)]).</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicSearch = "public-search";
    public const string PublicApi = "public-api";

    /// <summary>Every other public address: pages of records, the home page, timelines, the OpenAPI document.</summary>
    public const string PublicPages = "public-pages";
}

/// <summary>The limits per client address and minute (RateLimits__SignInPerMinute, ...), bound once at start, not read from configuration on every request.</summary>
public sealed class RateLimitSettings
{
    public int SignInPerMinute { get; set; } = 10;
    public int PublicSearchPerMinute { get; set; } = 120;
    public int PublicApiPerMinute { get; set; } = 120;
    public int PublicPagesPerMinute { get; set; } = 300;
}

/// <summary>The editors' side of the app: accounts, the editor area's authorization, the history's actor, security.</summary>
public static class EditorSetup
{
    /// <summary>The policy every page under /Editor requires.</summary>
    public const string EditorPolicy = "Editor";

    /// <summary>The policy of /Editor/Accounts, on top of the editor policy.</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>The session cookie's property that holds when its editor signed in.</summary>
    private const string SignedInAtItem = "signed_in_at";

    private static DateTimeOffset Now(AuthenticationSchemeOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();

    /// <summary>ASP.NET Core Identity on the archive's database; the editor policy; the cookie.</summary>
    public static void AddArchiveAccounts(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddIdentity<EditorUser, IdentityRole>(options =>
            {
                AccountPolicy.Apply(options);
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<ArchiveDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name)
            .AddPasswordValidator<CommonPasswordValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IUserConfirmation<EditorUser>, EnabledAccountConfirmation>();
        // The account's security stamp is checked on every request, not every 30 minutes: signing out, a new
        // password, two-factor turned on or off and disabling the account end every session at once, a copied
        // cookie included.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "casearchive.editor";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = IsLocal(environment) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = AccountPolicy.IdleSessionLifetime;
            cookie.SlidingExpiration = true;
            // The cookie is renewed as it slides, so the time of signing in travels in its properties (kept by
            // renewals and by RefreshSignInAsync), and ends the session AbsoluteSessionLifetime after it.
            cookie.Events.OnSigningIn = context =>
            {
                context.Properties.Items.TryAdd(SignedInAtItem, Now(context.Options).ToString("O", CultureInfo.InvariantCulture));
                return Task.CompletedTask;
            };
            var validateSecurityStamp = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                var signedInAt = context.Properties.Items.TryGetValue(SignedInAtItem, out var text)
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
                if (signedInAt is null || Now(context.Options) - signedInAt > AccountPolicy.AbsoluteSessionLifetime)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await validateSecurityStamp(context);
            };
        });
        // The two-factor step's cookies follow the same rules.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = IsLocal(environment) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is (always, behind HTTPS redirection). "Always" would make every
            // form fail over plain http on the machine itself (scripts/run), and this cookie grants nothing alone.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(EditorRoles.Editor, EditorRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(EditorRoles.Admin));

        // The history records the signed-in editor as the author of each change.
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, SignedInEditor>();
    }

    /// <summary>
    /// The keys that sign the editor's cookie and the antiforgery tokens live in the database, under one
    /// application name, so any app server behind a load balancer accepts what another one issued.
    /// </summary>
    public static void AddArchiveDataProtection(this IServiceCollection services) =>
        services.AddDataProtection()
            .SetApplicationName("CaseArchive")
            .PersistKeysToDbContext<ArchiveDbContext>();

    /// <summary>Rate limits per client address: sign-in (against password guessing), public search, API and every other public page (against scraping).</summary>
    public static void AddArchiveRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        // A limit that is not a whole number above 0 stops the app at start, saying which, not each limited request later.
        services.AddOptions<RateLimitSettings>().Bind(configuration.GetSection("RateLimits"))
            .Validate(s => s.SignInPerMinute > 0 && s.PublicSearchPerMinute > 0 && s.PublicApiPerMinute > 0 && s.PublicPagesPerMinute > 0,
                "RateLimits:SignInPerMinute, RateLimits:PublicSearchPerMinute, RateLimits:PublicApiPerMinute and RateLimits:PublicPagesPerMinute must be whole numbers above 0.")
            .ValidateOnStart();
        static RateLimitSettings Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(RateLimits.SignIn, context => PerClient(context, Limits(context).SignInPerMinute));
            options.AddPolicy(RateLimits.PublicSearch, context => PerClient(context, Limits(context).PublicSearchPerMinute));
            options.AddPolicy(RateLimits.PublicApi, context => PerClient(context, Limits(context).PublicApiPerMinute));
            options.AddPolicy(RateLimits.PublicPages, context => PerClient(context, Limits(context).PublicPagesPerMinute));
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        // The status or error page shown for a request (its 404, or the 429 itself) is not counted again.
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null
            ? RateLimitPartition.GetNoLimiter("shown for a request already counted")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });

    /// <summary>
    /// When an administrator requires two-factor sign-in, an editor or admin without it is sent to set up an
    /// authenticator app before any page of the editors' area.
    /// </summary>
    public static void UseArchiveTwoFactorRequirement(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/editor", StringComparison.OrdinalIgnoreCase)
                && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                var db = context.RequestServices.GetRequiredService<ArchiveDbContext>();
                if (await db.Users.AnyAsync(u => u.Id == userId && !u.TwoFactorEnabled && db.AccountSettings.Any(s => s.RequireTwoFactor)))
                {
                    context.Response.Redirect("/account/authenticator");
                    return;
                }
            }
            await next(context);
        });

    /// <summary>Security headers on every response, HTTPS and HSTS outside Development and Testing.</summary>
    public static void UseArchiveSecurity(this WebApplication app)
    {
        if (!IsLocal(app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>Development and the tests run over plain HTTP on the machine itself.</summary>
    public static bool IsLocal(IWebHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    private sealed class SignedInEditor(IHttpContextAccessor http) : IAuditActor
    {
        public string Name => http.HttpContext?.User.Identity?.Name ?? "anonymous";
    }
}
