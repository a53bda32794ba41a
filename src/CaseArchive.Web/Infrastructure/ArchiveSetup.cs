using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseArchive.Domain;
using CaseArchive.Web.Api;
using CaseArchive.Web.Feeds;
using CaseArchive.Web.Pages.Persons;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using Npgsql;
using Serilog;

namespace CaseArchive.Web.Infrastructure;

/// <summary>One extension per concern that Program.cs sets up.</summary>
public static class ArchiveSetup
{
    public static void AddArchiveLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

    public static void AddArchiveDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Archive");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Archive is not set: scripts/run sets it, or set ConnectionStrings__Archive.");
        }
        // Not pooled: each request's context knows its editor (IAuditActor) for the history.
        services.AddDbContext<ArchiveDbContext>((provider, options) =>
        {
            ArchiveDbContext.Configure(options, connectionString);
            // A saved correction evicts the cached public pages at once.
            options.AddInterceptors(provider.GetRequiredService<ArchiveChangesOnSave>());
        });

        // Public reads may go to replicas (ConnectionStrings:ArchiveReadOnly); without one, to the primary.
        var readOnly = configuration.GetConnectionString("ArchiveReadOnly");
        var publicReads = PublicReadConnectionString(string.IsNullOrWhiteSpace(readOnly) ? connectionString : readOnly);
        services.AddDbContextPool<ReadOnlyArchiveDbContext>(options =>
        {
            ArchiveDbContext.Configure(options, publicReads);
            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
    }

    private const string NoParallelWorkers = "-c max_parallel_workers_per_gather=0";

    /// <summary>
    /// The public reads' connections: twice the cores, at least 4. More statements at once than the
    /// database has cores do not finish sooner: they share the cores, each one takes longer, and the
    /// longest (a search with thousands of matches) longest of all. With a few connections a statement
    /// waits its turn for one (Npgsql hands them out in order) and then runs at nearly full speed, so the
    /// slowest searches (the p99) finish sooner than with Npgsql's default of 100. When the database has more cores than the app
    /// server, set Maximum Pool Size in the connection string; that is kept.
    /// </summary>
    public static int PublicReadConnections => Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>
    /// Public reads set no session state, so a connection back in the pool needs no reset (DISCARD ALL,
    /// which would also drop its prepared statements); and they repeat a few statements, so those are
    /// prepared on the server after their second use and planned once per connection. They run one
    /// statement each, many at once: no statement is split across parallel workers (which would take
    /// the cores the other requests wait for, and would make the order in which a search meets its
    /// matches, and so which 10,000 a broad search holds, vary from one request to the next), and at
    /// most <see cref="PublicReadConnections"/> run at a time. Settings the connection string gives
    /// itself are kept.
    /// </summary>
    public static string PublicReadConnectionString(string connectionString)
    {
        // Npgsql's own builder knows every keyword; the plain one holds only those written.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var written = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }
        if (!written.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!written.Contains("maxpoolsize") && !written.Contains("maximumpoolsize"))
        {
            builder.MaxPoolSize = PublicReadConnections;
        }
        if (builder.Options?.Contains("max_parallel_workers_per_gather", StringComparison.Ordinal) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? NoParallelWorkers : $"{builder.Options} {NoParallelWorkers}";
        }
        return builder.ConnectionString;
    }

    /// <summary>The largest request body: a 2 MB article (the importer's limit) as a form, percent-encoded, fits.</summary>
    public const long MaxRequestBodyBytes = 8 * 1024 * 1024;

    /// <summary>The longest value of one form field, in characters: a 2 MB article of single-byte text.</summary>
    public const int MaxFormValueLength = 2 * 1024 * 1024;

    /// <summary>Limits on what a request may bring: body size (Kestrel answers 413 beyond it), form fields and uploads.</summary>
    public static void AddArchiveRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = MaxFormValueLength;
            form.ValueCountLimit = 1024;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
    }

    public static void AddArchivePages(this IServiceCollection services)
    {
        services.AddSingleton<Assets>();
        services.AddRazorPages(options =>
        {
            // Every page and handler of the editors' area needs the editor role: set once, for the folder.
            options.Conventions.AuthorizeFolder("/Editor", EditorSetup.EditorPolicy);
            // A form field with control characters is refused beside the field, on every page.
            options.Conventions.ConfigureFilter(new FormTextFilter());
            options.Conventions.AuthorizeFolder("/Editor/Accounts", EditorSetup.AdminPolicy);
            // The editors' record pickers send a name or "Name (#12)": turned into the id before binding.
            options.Conventions.AddFolderApplicationModelConvention("/Editor", page => page.Filters.Add(new Pages.Editor.Shared.PickResolvingFilter()));
            options.Conventions.AddPageApplicationModelConvention("/Account/SignIn", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn)));
            options.Conventions.AddPageApplicationModelConvention("/Account/TwoFactor", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn)));
            // The public listings are the archive's search until a search page of its own comes; the statistics run the same filtered counts.
            options.Conventions.AddPageApplicationModelConvention("/Rulings/Index", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.PublicSearch)));
            options.Conventions.AddPageApplicationModelConvention("/Persons/Index", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.PublicSearch)));
            options.Conventions.AddPageApplicationModelConvention("/Statistics/Index", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.PublicSearch)));
            // Every other page outside the editors' area is limited as a public page (applied last: the pages above keep theirs).
            options.Conventions.AddFolderApplicationModelConvention("/", page =>
            {
                if (!page.ViewEnginePath.StartsWith("/Editor/", StringComparison.Ordinal) && !page.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any())
                {
                    page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.PublicPages));
                }
            });
            // Pages about people at risk are not for search engines' indexes.
            options.Conventions.AddPageApplicationModelConvention("/Persons/Details", page => page.EndpointMetadata.Add(new NoIndexAttribute()));
            options.Conventions.AddPageApplicationModelConvention("/Rulings/Details", page => page.EndpointMetadata.Add(new NoIndexAttribute()));
        }).AddViewLocalization().AddMvcOptions(options => options.ModelBinderProviders.Insert(0, new CheckboxBinderProvider()));
        services.AddRouting(options => options.LowercaseUrls = true);
        // Names in Cyrillic and other scripts are written as themselves, not as &#x...; escapes.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    }

    /// <summary>The JSON API's conventions (snake_case, names in their own script) and its OpenAPI document.</summary>
    public static void AddArchiveApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = ApiJson.Options.PropertyNamingPolicy;
            options.SerializerOptions.Encoder = ApiJson.Options.Encoder;
        });
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CaseArchive API";
            document.Info.Description = "Public rulings, persons and courts of the archive, with the filters of /rulings. Withheld persons never appear; pseudonymised persons appear only under their pseudonym.";
            return Task.CompletedTask;
        }));
    }

    /// <summary>The public archive's endpoints beside the pages: exports, feed, API and its OpenAPI document.</summary>
    public static void MapArchivePublicEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRulingExports();
        endpoints.MapRulingsFeed();
        endpoints.MapPersonTimeline();
        endpoints.MapArchiveApi();
        endpoints.MapOpenApi("/openapi/{documentName}.json").RequireRateLimiting(RateLimits.PublicPages);
    }

    public static void AddArchiveHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddDbContextCheck<ArchiveDbContext>("database", tags: ["ready"])
            .AddDbContextCheck<ReadOnlyArchiveDbContext>("database-read-only", tags: ["ready"]);

    public static void MapArchiveHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Load balancers ask often, from one address: never limited.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).DisableRateLimiting();
    }

    /// <summary>Problem details for the JSON addresses' failures (ApiExceptionHandler); pages keep the /Error page.</summary>
    public static void AddArchiveErrorHandling(this IServiceCollection services) =>
        services.AddExceptionHandler<ApiExceptionHandler>();

    public static void UseArchiveErrorPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = exception => exception switch
                {
                    // A request Kestrel refuses (a body over the limit: 413) keeps its own status.
                    Microsoft.AspNetCore.Http.BadHttpRequestException refused => refused.StatusCode,
                    _ when IsDatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
                    _ => StatusCodes.Status500InternalServerError,
                },
            });
        }
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
    }

    /// <summary>The database is down or unreachable, as opposed to a fault in the app.</summary>
    public static bool IsDatabaseUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException)
            {
                return true;
            }
            if (e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" })
            {
                return true;
            }
        }
        return false;
    }
}
