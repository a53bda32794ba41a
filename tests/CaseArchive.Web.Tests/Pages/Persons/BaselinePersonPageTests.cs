using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Persons;

/// <summary>
/// scripts/bench's baseline (raw Npgsql, hand-written SQL and HTML) renders every person page as the app
/// does, so that the bench's person/baseline ratio compares the same work; hidden names redacted alike.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BaselinePersonPageTests(ArchiveFactory factory) : IAsyncLifetime
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
                Assert.Equal(BenchPages.Normalised(await expected.Content.ReadAsStringAsync()), BenchPages.Normalised(await actual.Content.ReadAsStringAsync()));
            }
        }
    }
}
