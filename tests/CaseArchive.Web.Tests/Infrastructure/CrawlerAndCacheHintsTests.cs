using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// What the app tells crawlers and caches: robots.txt keeps crawlers out of the editors' area and the costly
/// addresses, pages about people at risk say noindex, and every answer carries a deliberate Cache-Control.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CrawlerAndCacheHintsTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/about", true)]
    [InlineData("/courts/zharkent-court", true)]
    [InlineData("/persons/qaisha-aqan", true)]
    [InlineData("/rulings/1", true)]
    [InlineData("/rulings", true)]
    [InlineData("/editor", false)]
    [InlineData("/editor/rulings/edit/1", false)]
    [InlineData("/account/sign-in", false)]
    [InlineData("/rulings?q=Qaisha", false)]
    [InlineData("/statistics?year_from=2019", false)]
    [InlineData("/rulings/export.csv", false)]
    [InlineData("/api/v1/rulings", false)]
    [InlineData("/feeds/rulings.atom", false)]
    public async Task Should_let_crawlers_into_the_public_archive_and_keep_them_out_of_the_editors_area_and_costly_addresses(string path, bool allowed)
    {
        var response = await factory.CreateClient().GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(allowed, IsAllowed(await response.Content.ReadAsStringAsync(), path));
    }

    [Fact]
    public async Task Should_tell_search_engines_not_to_index_pages_about_people()
    {
        var ruling = await factory.RulingAddressAsync(await factory.RulingIdOfAsync("qaisha-aqan"));
        var client = factory.CreateClient();

        foreach (var path in new[] { "/persons/qaisha-aqan", ruling })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("noindex, noarchive", string.Join(",", page.Headers.GetValues("X-Robots-Tag")));
            Assert.Contains("<meta name=\"robots\" content=\"noindex, noarchive\" />", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var timeline = await client.GetAsync("/persons/qaisha-aqan/timeline.json");
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        Assert.Equal("noindex, noarchive", string.Join(",", timeline.Headers.GetValues("X-Robots-Tag")));
        // The archive's other pages may be indexed.
        foreach (var path in new[] { "/", "/courts/zharkent-court", "/statistics" })
        {
            var page = await client.GetAsync(path);
            Assert.False(page.Headers.Contains("X-Robots-Tag"), $"{path} says X-Robots-Tag");
            Assert.DoesNotContain("name=\"robots\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/courts/zharkent-court")]
    [InlineData("/persons/qaisha-aqan")]
    [InlineData("/persons/qaisha-aqan/timeline.json")]
    [InlineData("/api/v1/rulings")]
    [InlineData("/feeds/rulings.atom")]
    [InlineData("/robots.txt")]
    [InlineData("/css/site.css")]
    public async Task Should_let_browsers_and_proxies_keep_a_public_answer_as_long_as_the_output_cache_does(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public, $"{path}: Cache-Control {response.Headers.CacheControl}");
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Should_follow_the_output_caches_seconds()
    {
        await using var shorter = factory.WithWebHostBuilder(builder => builder.UseSetting("OutputCache:Seconds", "15"));

        var response = await shorter.CreateClient().GetAsync("/courts/zharkent-court");

        Assert.Equal("public, max-age=15", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/editor")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/health/ready")]
    [InlineData("/rulings?year_from=abc")]
    public async Task Should_let_no_one_keep_what_is_not_a_public_answer(string path)
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync(path);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} ({(int)response.StatusCode}): Cache-Control {response.Headers.CacheControl}");
        Assert.False(response.Headers.CacheControl?.Public, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/editor")]
    [InlineData("/courts/zharkent-court")]
    [InlineData("/persons/qaisha-aqan")]
    [InlineData("/api/v1/rulings")]
    public async Task Should_let_no_one_keep_what_a_signed_in_editor_is_shown(string path)
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");

        var response = await editor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    /// <summary>
    /// Whether robots.txt lets any crawler ("User-agent: *") fetch the path, as RFC 9309 reads it: the longest
    /// matching rule wins, an allow rule on a tie; a rule matches the start of the path and query.
    /// </summary>
    private static bool IsAllowed(string robots, string path)
    {
        var rules = new List<(bool Allow, string Prefix)>();
        var forEveryone = false;
        foreach (var raw in robots.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }
            var (field, value) = (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            if (field == "user-agent")
            {
                forEveryone = value == "*";
            }
            else if (forEveryone && field is "allow" or "disallow" && value.Length > 0)
            {
                rules.Add((field == "allow", value));
            }
        }
        var match = rules.Where(r => path.StartsWith(r.Prefix, StringComparison.Ordinal))
            .OrderByDescending(r => r.Prefix.Length).ThenByDescending(r => r.Allow).FirstOrDefault();
        return match.Prefix is null || match.Allow;
    }
}
