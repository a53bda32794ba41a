using System.Net;

namespace CaseArchive.Web.Tests.Infrastructure;

[Collection(WebCollection.Name)]
public sealed class HealthTests(ArchiveFactory factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Should_be_healthy_with_the_database_up(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>The app pointed at a port where no database answers.</summary>
public sealed class DatabaseDownFactory : ArchiveFactory
{
    protected override string ConnectionString => "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2";
}

public sealed class DatabaseDownTests : IClassFixture<DatabaseDownFactory>
{
    private readonly DatabaseDownFactory _factory;

    public DatabaseDownTests(DatabaseDownFactory factory) => _factory = factory;

    [Fact]
    public async Task Should_report_not_ready_but_alive()
    {
        var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Should_show_the_friendly_page_without_a_stack_trace()
    {
        var response = await _factory.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is not null, "Retry-After tells clients when to come back");
        Assert.Contains("briefly unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }
}
