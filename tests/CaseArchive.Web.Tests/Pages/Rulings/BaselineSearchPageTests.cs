using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>
/// scripts/bench's baseline (raw Npgsql, hand-written SQL and HTML) renders the search page as the app does
/// for the bench's kind of search (a person's name with the outcome and country of one of their rulings),
/// so that the bench's search/baseline ratio compares the same work; hidden names redacted alike.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BaselineSearchPageTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_render_every_search_for_a_persons_rulings_as_the_app_does()
    {
        // One person withheld (the others' quotes and case titles then carry a hidden name, and a search for
        // that name finds nothing), one pseudonymised (found by the pseudonym only).
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaster-musakhanuly")).Withhold());
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Pseudonymise("Witness Q"));
        var searches = new List<string>();
        await factory.ChangeAsync(async db =>
        {
            var rulings = await db.Rulings.AsNoTracking()
                .Select(r => new { r.Person.DisplayName, r.Person.Pseudonym, r.Person.Visibility, r.Outcome, r.Court.Country })
                .ToListAsync();
            foreach (var r in rulings)
            {
                var name = r.Visibility == PersonVisibility.Pseudonymised ? r.Pseudonym! : r.DisplayName;
                searches.Add($"/rulings?q={Uri.EscapeDataString(name)}&outcome={VocabularyText.ToText(r.Outcome)}&country={Uri.EscapeDataString(r.Country)}");
                searches.Add($"/rulings?q={Uri.EscapeDataString(name)}");
            }
        });
        await using var app = await AppProcess.StartAsync(TestDatabase.ConnectionString);
        await using var baseline = await AppProcess.StartBaselineAsync(TestDatabase.ConnectionString);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        // Not a search for a hidden person's own name: the app gives the reader's own words back as typed
        // (ReaderWords), which the baseline does not copy, since the bench searches public names only.
        Assert.Contains(searches, s => s.StartsWith("/rulings?q=Witness%20Q&", StringComparison.Ordinal));
        var shown = 0;
        foreach (var search in searches.Distinct())
        {
            using var expected = await http.GetAsync(new Uri(app.Address, search));
            using var actual = await http.GetAsync(new Uri(baseline.Address, search));
            Assert.Equal(HttpStatusCode.OK, expected.StatusCode);
            Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
            var page = BenchPages.Normalised(await expected.Content.ReadAsStringAsync());
            Assert.Equal(page, BenchPages.Normalised(await actual.Content.ReadAsStringAsync()));
            shown += page.Contains("<td", StringComparison.Ordinal) ? 1 : 0;
        }
        // The searches compared pages of rulings, not only empty answers.
        Assert.True(shown > searches.Distinct().Count() / 2, $"{shown} of {searches.Distinct().Count()} searches showed rulings");
    }
}
