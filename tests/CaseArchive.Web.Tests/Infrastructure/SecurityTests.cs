using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseArchive.Web.Tests.Infrastructure;

[Collection(WebCollection.Name)]
public sealed class SecurityTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/")]
    [InlineData("/rulings")]
    [InlineData("/editor")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/health/live")]
    public async Task Should_send_the_security_headers_on_every_response(string path)
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Should_give_the_editor_an_http_only_same_site_cookie()
    {
        await factory.CreateUserAsync("cookie@example.org");
        var client = factory.CreateBrowserlikeClient();

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "cookie@example.org", ["Input.Password"] = Editors.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("casearchive.editor=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_redirect_to_https_and_send_hsts_and_secure_cookies_in_production()
    {
        await using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("https_port", "443"));
        await factory.CreateUserAsync("prod@example.org");
        var http = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://archive.example.org") });
        var https = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://archive.example.org") });

        var plain = await http.GetAsync("/");
        var secure = await https.GetAsync("/");
        var signIn = await https.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "prod@example.org", ["Input.Password"] = Editors.Password });

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https", plain.Headers.Location!.Scheme);
        Assert.Contains("max-age=", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("casearchive.editor=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_refuse_a_form_posted_without_its_antiforgery_token()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.SentenceMonths"] = "12" });

        var response = await editor.PostAsync($"/editor/rulings/edit/{id}", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>The app with real limits: three sign-in attempts a minute, four public searches, five other public pages.</summary>
public sealed class StrictRateLimitFactory : ArchiveFactory
{
    protected override int SignInPerMinute => 3;

    protected override int PublicSearchPerMinute => 4;

    protected override int PublicPagesPerMinute => 5;
}

/// <summary>The app given one rate limit as written (a limit of 0, a word), the others as the tests set them.</summary>
public sealed class BadRateLimitFactory(string setting, string value) : ArchiveFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(setting, value);
    }
}

[Collection(WebCollection.Name)]
public sealed class RateLimitTests : IAsyncLifetime, IDisposable
{
    private readonly StrictRateLimitFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.ResetAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Should_answer_too_many_requests_when_sign_in_is_hammered()
    {
        var client = _factory.CreateBrowserlikeClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await client.GetAsync("/account/sign-in")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Should_answer_too_many_requests_when_the_public_search_is_hammered()
    {
        var client = _factory.CreateBrowserlikeClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await client.GetAsync(i % 2 == 0 ? "/rulings?q=Qaisha" : "/persons")).StatusCode);
        }

        // The limit read from RateLimits:PublicSearchPerMinute, shared by the two listings, and no other page.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/about")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Should_answer_too_many_requests_when_the_pages_of_persons_rulings_and_courts_are_scraped()
    {
        var ruling = await _factory.RulingAddressAsync(await _factory.RulingIdOfAsync("qaisha-aqan"));
        var client = _factory.CreateBrowserlikeClient();
        string[] pages = ["/persons/nobody", "/persons/qaisha-aqan", ruling, "/courts/zharkent-court", "/persons/qaisha-aqan/timeline.json", "/", "/about"];
        var answers = new List<HttpStatusCode>();
        foreach (var page in pages)
        {
            answers.Add((await client.GetAsync(page)).StatusCode);
        }
        var refused = await client.GetAsync("/persons/qaisha-aqan");

        // The limit read from RateLimits:PublicPagesPerMinute, shared by every such address; the page shown for a 404 is not counted again.
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        // Other limits are counted apart, and the health checks never.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/rulings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Theory]
    [InlineData("RateLimits:PublicPagesPerMinute", "0")]
    [InlineData("RateLimits:PublicSearchPerMinute", "0")]
    [InlineData("RateLimits:SignInPerMinute", "-3")]
    [InlineData("RateLimits:PublicApiPerMinute", "many")]
    public async Task Should_refuse_to_start_with_a_limit_that_is_not_a_whole_number_above_zero_saying_which(string setting, string value)
    {
        await using var factory = new BadRateLimitFactory(setting, value);

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(setting, refused.ToString(), StringComparison.Ordinal);
    }
}
