using System.Net;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Reliability;

/// <summary>
/// Every public route, found from the app's own endpoint list, is sent random and hostile values in
/// its route parameters and query string. Whatever arrives: no 5xx, nothing in the archive changes,
/// and no markup comes back unescaped.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HostileInputTests(ArchiveFactory factory) : IAsyncLifetime
{
    private static readonly string[] QueryKeys =
    [
        "q", "outcome", "verdict", "court", "country", "origin", "charge", "ethnicity", "claim",
        "year_from", "year_to", "sort", "after", "page", "p", "limit", "format", "slug", "id", "x",
    ];

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_never_fail_change_anything_or_echo_markup_whatever_the_public_routes_receive()
    {
        var routes = PublicGetRoutes();
        Assert.Contains(routes, r => r.RawText!.Contains("rulings", StringComparison.OrdinalIgnoreCase));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var before = await ArchiveFingerprintAsync();

        var requests =
            from route in Gen.Elements(routes.ToArray())
            from values in Gen.ArrayOf(HostileValues.Any(), 6)
            from keys in Gen.ArrayOf(Gen.Elements(QueryKeys), 3)
            select BuildUrl(route, values, keys);

        var property = Prop.ForAll(requests.ToArbitrary(), url =>
        {
            var problem = Task.Run(() => ProblemWithAsync(client, url)).GetAwaiter().GetResult();
            return problem is null ? true.ToProperty() : false.Label(problem);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), property);

        Assert.Equal(before, await ArchiveFingerprintAsync());
    }

    private static string BuildUrl(RoutePattern route, string[] values, string[] keys)
    {
        var path = "/" + string.Join("/", route.PathSegments.Select((segment, i) => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            // A NUL in a path never reaches the app: Kestrel refuses the request line (the test host throws instead).
            RoutePatternParameterPart => Uri.EscapeDataString(values[i % values.Length].Replace("\0", "", StringComparison.Ordinal)),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => string.Empty,
        }))));
        var query = string.Join("&", keys.Select((key, i) => $"{key}={Uri.EscapeDataString(values[(i + 3) % values.Length])}"));
        return $"{path}?{query}";
    }

    private static async Task<string?> ProblemWithAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            return $"{Shorten(url)} answered {(int)response.StatusCode}";
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        // Only HTML runs markup: CSV, JSON and plain-text answers may carry the text as it was sent.
        if ((mediaType is null or "text/html") && HostileValues.HasUnescapedMarkup(body))
        {
            return $"{Shorten(url)} wrote the hostile markup back unescaped as {mediaType ?? "untyped content"}";
        }
        if (mediaType == "application/json" && body.Length > 0)
        {
            try
            {
                using var _ = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                return $"{Shorten(url)} answered JSON that does not parse";
            }
        }
        return null;
    }

    private static string Shorten(string url) => url.Length <= 300 ? url : url[..300] + "…";

    /// <summary>The public GET routes of the app: every page and endpoint outside the editors' and accounts' areas.</summary>
    private List<RoutePattern> PublicGetRoutes()
    {
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern)
            .Where(p => p.RawText is { } raw
                && !raw.StartsWith("Editor", StringComparison.OrdinalIgnoreCase) && !raw.StartsWith("/editor", StringComparison.OrdinalIgnoreCase)
                && !raw.StartsWith("Account", StringComparison.OrdinalIgnoreCase) && !raw.StartsWith("/account", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(p => p.RawText)];
    }

    private async Task<string> ArchiveFingerprintAsync()
    {
        var fingerprint = "";
        await factory.ChangeAsync(async db =>
        {
            fingerprint = string.Join(",",
                await db.Persons.CountAsync(), await db.PersonNames.CountAsync(), await db.Courts.CountAsync(), await db.Cases.CountAsync(),
                await db.Rulings.CountAsync(), await db.DetentionClaims.CountAsync(), await db.Events.CountAsync(),
                await db.Sources.CountAsync(), await db.Citations.CountAsync(), await db.Imports.CountAsync(),
                await db.Rulings.MaxAsync(r => (DateTimeOffset?)r.UpdatedAt), await db.Persons.MaxAsync(p => (DateTimeOffset?)p.UpdatedAt));
        });
        return fingerprint;
    }
}
