using CaseArchive.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Structured logs, configured from appsettings ("Serilog" section).
builder.AddArchiveLogging();

// The archive's PostgreSQL database (ConnectionStrings:Archive), pooled.
builder.Services.AddArchiveDatabase(builder.Configuration);

// /health/live (the process) and /health/ready (the database).
builder.Services.AddArchiveHealthChecks();

// Razor Pages by feature under Pages/.
builder.Services.AddArchivePages();

// The JSON API (snake_case) and its OpenAPI document.
builder.Services.AddArchiveApi();

var app = builder.Build();

// Friendly error pages: no stack trace outside Development; 503 while the database is away.
app.UseArchiveErrorPages();

app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();

app.MapArchiveHealthChecks();
app.MapRazorPages();

// Exports, the Atom feed, /api/v1 and /openapi/v1.json.
app.MapArchivePublicEndpoints();

app.Run();

/// <summary>The web app's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
