using System.Net;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Persons;

/// <summary>
/// scripts/bench's baseline (raw Npgsql, hand-written SQL and HTML) renders every person page as the app
/// does, so that the bench's person/baseline ratio compares the same work; hidden names redacted alike.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class BaselinePersonPageTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_render_every_persons_page_as_the_app_does()
    {
        // One person withheld, so that the others' quotes and case titles carry a hidden name.
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaster-musakhanuly")).Withhold());
        var slugs = new List<string>();
        await factory.ChangeAsync(async db => slugs.AddRange(await db.Persons.Select(p => p.Slug).ToListAsync()));
        await using var app = await AppProcess.StartAsync(TestDatabase.ConnectionString);
        await using var baseline = await AppProcess.StartBaselineAsync(TestDatabase.ConnectionString);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        Assert.Contains("qaster-musakhanuly", slugs);
        foreach (var slug in slugs)
        {
            using var expected = await http.GetAsync(new Uri(app.Address, $"/persons/{slug}"));
            using var actual = await http.GetAsync(new Uri(baseline.Address, $"/persons/{slug}"));
            Assert.Equal(expected.StatusCode, actual.StatusCode);
            if (expected.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal(Normalised(await expected.Content.ReadAsStringAsync()), Normalised(await actual.Content.ReadAsStringAsync()));
            }
        }
    }

    /// <summary>As scripts/bench compares them: without the assets' version hashes and the server's own address.</summary>
    private static string Normalised(string page) => Server().Replace(AssetVersion().Replace(page, ""), "SERVER");

    [GeneratedRegex(@"\?v=[A-Za-z0-9_-]{43}(?="")")]
    private static partial Regex AssetVersion();

    [GeneratedRegex(@"127\.0\.0\.1(:|%3A)[0-9]+")]
    private static partial Regex Server();
}
