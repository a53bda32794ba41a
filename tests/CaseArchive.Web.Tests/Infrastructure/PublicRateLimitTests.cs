using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// Every address of the app outside the editors' area, taken from the app's own endpoint list (so a new page
/// or endpoint is covered the day it is added), carries a rate-limit policy per client address; only the
/// health checks are exempt, and say so.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PublicRateLimitTests(ArchiveFactory factory)
{
    private static readonly string[] Policies = [RateLimits.SignIn, RateLimits.PublicSearch, RateLimits.PublicApi, RateLimits.PublicPages];

    [Fact]
    public void Should_limit_every_public_address_by_a_known_policy()
    {
        var unlimited = PublicEndpoints()
            .Where(e => !e.Pattern.StartsWith("/health/", StringComparison.Ordinal))
            .Where(e => e.Disabled || e.Policy is null || !Policies.Contains(e.Policy))
            .Select(e => $"{e.Pattern} ({e.Policy ?? "no policy"})")
            .ToList();

        Assert.Empty(unlimited);
    }

    [Fact]
    public void Should_find_the_public_addresses_in_the_endpoint_list_each_under_its_policy()
    {
        var policies = PublicEndpoints().GroupBy(e => e.Pattern).ToDictionary(g => g.Key, g => g.First().Policy);

        Assert.True(policies.Count >= 20, $"only {policies.Count} public endpoints found");
        Assert.Equal(RateLimits.PublicPages, policies["/"]);
        Assert.Equal(RateLimits.PublicPages, policies["/persons/{slug}"]);
        Assert.Equal(RateLimits.PublicPages, policies["/persons/{slug}/timeline.json"]);
        Assert.Equal(RateLimits.PublicPages, policies["/courts/{slug}"]);
        Assert.Equal(RateLimits.PublicPages, policies["/openapi/{documentName}.json"]);
        Assert.Equal(RateLimits.PublicPages, policies[Assert.Single(policies.Keys, p => p.StartsWith("/rulings/{", StringComparison.Ordinal) && !p.Contains("export", StringComparison.Ordinal))]);
        Assert.Equal(RateLimits.PublicSearch, policies["/rulings"]);
        Assert.Equal(RateLimits.PublicSearch, policies["/statistics"]);
        Assert.Equal(RateLimits.PublicApi, policies["/feeds/rulings.atom"]);
        Assert.Equal(RateLimits.PublicApi, policies["/rulings/export.csv"]);
        Assert.Equal(RateLimits.SignIn, policies["/account/sign-in"]);
    }

    [Fact]
    public void Should_leave_only_the_health_checks_unlimited_and_say_so()
    {
        var health = PublicEndpoints().Where(e => e.Pattern.StartsWith("/health/", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, health.Count);
        Assert.All(health, e => Assert.True(e.Disabled, $"{e.Pattern} does not say it is exempt"));
    }

    private sealed record PublicEndpoint(string Pattern, string? Policy, bool Disabled);

    /// <summary>Every endpoint but the editors' pages (which need the editor role: AuthorizationTests), with the policy it names.</summary>
    private List<PublicEndpoint> PublicEndpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath.StartsWith("/Editor/", StringComparison.Ordinal) != true)
            .Select(e => new PublicEndpoint(
                "/" + e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName,
                e.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null))];
}
