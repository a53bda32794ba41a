using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// A failure of a JSON address (the API, timeline.json, export.json) answers in problem details (RFC 9457), as
/// its refusals do, not with the HTML error page: 503 with Retry-After while the database is away, 500 otherwise.
/// Every other address falls through to the /Error page.
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public const int RetryAfterSeconds = 30;

    public static bool IsJsonAddress(string path) =>
        path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("/openapi/", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already set the path to /Error: the address asked for is in its feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!IsJsonAddress(path))
        {
            return false;
        }
        var unavailable = ArchiveSetup.IsDatabaseUnavailable(exception);
        httpContext.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (unavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var problem = unavailable
                ? new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The archive is briefly unavailable",
                    Detail = $"The archive's database cannot be reached just now. Try again in {RetryAfterSeconds} seconds.",
                }
                : new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "Something went wrong on our side",
                    Detail = "The request could not be answered. The error has been logged.",
                };
        await httpContext.Response.WriteAsJsonAsync(problem, ApiJson.Options, "application/problem+json", cancellationToken);
        return true;
    }
}
