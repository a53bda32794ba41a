using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Localization;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Structured logs, configured from appsettings ("Serilog" section).
builder.AddArchiveLogging();

// The archive's PostgreSQL database (ConnectionStrings:Archive), pooled.
builder.Services.AddArchiveDatabase(builder.Configuration);

// /health/live (the process) and /health/ready (the database).
builder.Services.AddArchiveHealthChecks();

// Editors' accounts (ASP.NET Core Identity on the same database), the editor policy, the history's actor.
builder.Services.AddArchiveAccounts(builder.Environment);

// Data Protection keys (cookies, antiforgery) in the database, shared by every app server.
builder.Services.AddArchiveDataProtection();

// Rate limits per client address on every public address and on sign-in, by named policy.
builder.Services.AddArchiveRateLimits(builder.Configuration);

// Anonymous public answers cached, evicted by tag whenever a record is saved.
builder.Services.AddArchiveOutputCache(builder.Configuration);

// Every public answer redacted for the persons hidden at that moment (inside the output cache).
builder.Services.AddArchiveRedaction();

// Every write to the archive (this server, another one, the command line, SQL) told at once: PostgreSQL LISTEN/NOTIFY.
builder.Services.AddArchiveChanges();

// Limits on request bodies, form fields and uploads.
builder.Services.AddArchiveRequestLimits();

// English, Russian and Kazakh for the public pages: the language in the address (/ru/..., /kk/...), texts per culture as data.
builder.Services.AddArchiveLocalization();

// Razor Pages by feature under Pages/; /Editor requires the editor role.
builder.Services.AddArchivePages();

// The JSON API (snake_case) and its OpenAPI document.
builder.Services.AddArchiveApi();

// Failures of the JSON addresses answer in problem details; pages show the friendly error page.
builder.Services.AddArchiveErrorHandling();

var app = builder.Build();

// The language from the address prefix (first, so error and status pages speak it too); Accept-Language guesses on a first visit.
app.UseArchiveCultures();

// Friendly error pages: no stack trace outside Development; 503 while the database is away.
app.UseArchiveErrorPages();

// Security headers on every response; HTTPS and HSTS outside Development.
app.UseArchiveSecurity();

// Cache-Control: public answers kept briefly by browsers and proxies, nothing of editors or signed-in users.
app.UseArchiveCacheControl();

// X-Robots-Tag (and meta robots in the layout) on pages about people at risk; robots.txt is in wwwroot.
app.UseArchiveNoIndex();

app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

// An editor without two-factor sign-in sets it up first, when an administrator requires it.
app.UseArchiveTwoFactorRequirement();
app.UseRateLimiter();
app.UseOutputCache();
app.UseArchiveRedaction();

app.MapArchiveHealthChecks();
app.MapRazorPages();

// Exports, the Atom feed, /api/v1 and /openapi/v1.json.
app.MapArchivePublicEndpoints();

app.Run();

/// <summary>The web app's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
