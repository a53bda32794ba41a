using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Infrastructure;

[Collection(WebCollection.Name)]
public sealed partial class AssetsTests(ArchiveFactory factory)
{
    [GeneratedRegex(@"(?:href|src)=""(/(?:css|js)/[a-z]+\.(?:css|js))\?v=([A-Za-z0-9_-]+)""")]
    private static partial Regex Versioned();

    [Theory]
    [InlineData("/", 2)]
    [InlineData("/rulings?q=Qaisha", 2)]
    [InlineData("/persons", 2)]
    [InlineData("/about", 1)]
    public async Task Should_address_the_stylesheet_and_scripts_with_their_contents_version(string page, int expected)
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync(page);

        var assets = Versioned().Matches(html);
        Assert.Equal(expected, assets.Count);
        foreach (Match asset in assets)
        {
            // The version is the SHA-256 of what the address serves, so a changed file gets a new address.
            var response = await client.GetAsync(asset.Groups[1].Value + "?v=" + asset.Groups[2].Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(WebEncoders.Base64UrlEncode(SHA256.HashData(await response.Content.ReadAsByteArrayAsync())), asset.Groups[2].Value);
        }
        Assert.DoesNotContain("~/", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_a_missing_file_its_address_unversioned_and_keep_the_path_base()
    {
        var assets = factory.Services.GetRequiredService<Assets>();
        var request = new DefaultHttpContext();
        var below = new DefaultHttpContext();
        below.Request.PathBase = "/archive";

        Assert.Equal("/js/none.js", assets.Url(request, "/js/none.js"));
        Assert.StartsWith("/css/site.css?v=", assets.Url(request, "/css/site.css"), StringComparison.Ordinal);
        // Below a path base, as "~/" resolved it.
        Assert.StartsWith("/archive/css/site.css?v=", assets.Url(below, "/css/site.css"), StringComparison.Ordinal);
    }
}
