using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CaseArchive.Core.Contract;
using CaseArchive.Domain.Importing;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Imports;

[Collection(WebCollection.Name)]
public sealed partial class AccuracyTests(ArchiveFactory factory) : IAsyncLifetime
{
    private int _importId;

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db =>
            _importId = (await new ArticleImporter(db, ArticleExtractor.Instance).ImportAsync(Encoding.UTF8.GetBytes(ReviewTests.Article), "nurzhanuly.txt")).Import.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_say_nothing_is_measured_before_an_import_is_published()
    {
        var editor = await factory.SignedInClientAsync();

        var html = await editor.GetStringAsync("/editor/imports/accuracy");

        Assert.Contains("All reviews: 0 published reviews", html, StringComparison.Ordinal);
        Assert.Contains("No import has been published in this period.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_measure_the_proposals_against_what_the_editor_published_overall_and_recently()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, $"/editor/imports/{_importId}");
        var crossing = form.Names(n => n.StartsWith("Input.Events[", StringComparison.Ordinal) && n.EndsWith("].Kind", StringComparison.Ordinal))
            .First(n => form.Value(n) == "BorderCrossing");
        form.Tick(crossing.Replace(".Kind", ".Keep", StringComparison.Ordinal), false);
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(editor, "Publish")).StatusCode);
        var proposedEvents = 0;
        await factory.ChangeAsync(async db =>
            proposedEvents = ExtractionJson.Deserialize((await db.Imports.SingleAsync(i => i.Id == _importId)).ExtractionJson).Events.Count);

        var html = await editor.GetStringAsync("/editor/imports/accuracy");

        Assert.Contains("All reviews: 1 published review", html, StringComparison.Ordinal);
        Assert.Contains("Last 30 days: 1 published review", html, StringComparison.Ordinal);
        var rows = EventsRow().Matches(html).Select(m => (Proposed: int.Parse(m.Groups[1].Value), Published: int.Parse(m.Groups[2].Value), Agreed: int.Parse(m.Groups[3].Value))).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((proposedEvents, proposedEvents - 1, proposedEvents - 1), r));
        Assert.Contains("<td>events</td><td>proposed</td><td>rejected</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_be_for_editors_only()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/editor/imports/accuracy");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex(@"<th scope=""row"">events</th>\s*<td>[0-9.]+</td>\s*<td>[0-9.]+</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>")]
    private static partial Regex EventsRow();
}
