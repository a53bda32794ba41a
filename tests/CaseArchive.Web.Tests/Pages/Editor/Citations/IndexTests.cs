using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Citations;

[Collection(WebCollection.Name)]
public sealed class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_cite_a_sentence_of_a_source_for_a_new_record_and_note_it_in_the_history()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        int eventId = 0, sourceId = 0;
        await factory.ChangeAsync(async db =>
        {
            var aqan = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
            var release = new TimelineEvent(aqan, EventKind.Release, PartialDate.OfDay(2019, 12, 23)) { Place = "Zharkent" };
            db.Events.Add(release);
            await db.SaveChangesAsync();
            eventId = release.Id;
            sourceId = await db.Sources.Select(s => s.Id).SingleAsync();
        });
        var quote = "Judge Elmira Asubaeva handed a suspended 6-months prison sentence to Qaisha Aqan and allowed her to stay in Kazakhstan as she is married to a Kazakh national.";

        var response = await editor.PostFormAsync($"/editor/citations/event/{eventId}", new() { ["SourceId"] = $"{sourceId}", ["Quote"] = quote }, handler: "Add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.ChangeAsync(async db => Assert.Equal(quote, (await db.Citations.SingleAsync(c => c.TimelineEventId == eventId)).Quote));
        var history = await editor.GetStringAsync($"/editor/history/event/{eventId}");
        Assert.Contains("cited Court Rules That Ethnic Kazakh Will Not Be Deported To China", System.Net.WebUtility.HtmlDecode(history), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_quote_that_is_not_in_the_source()
    {
        var editor = await factory.SignedInClientAsync();
        var rulingId = await factory.RulingIdOfAsync("qaisha-aqan");
        var sourceId = 0;
        await factory.ChangeAsync(async db => sourceId = await db.Sources.Select(s => s.Id).SingleAsync());

        var response = await editor.PostFormAsync($"/editor/citations/ruling/{rulingId}", new() { ["SourceId"] = $"{sourceId}", ["Quote"] = "The court deported her." }, handler: "Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This sentence is not in the source&#x27;s text.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.DoesNotContain("The court deported her.", await db.Citations.Select(c => c.Quote).ToListAsync()));
    }
}
