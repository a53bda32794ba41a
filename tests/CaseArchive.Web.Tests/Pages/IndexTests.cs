using System.Net;

namespace CaseArchive.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_show_the_archive_counts_and_the_zharkent_ruling()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>2</strong> rulings", html, StringComparison.Ordinal);
        Assert.Contains("<strong>6</strong> persons", html, StringComparison.Ordinal);
        Assert.Contains("Qaisha Aqan", html, StringComparison.Ordinal);
        Assert.Contains("23 December 2019", html, StringComparison.Ordinal);
        Assert.Contains("Not deported", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_the_newest_ruling_first()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        var aqan = html.IndexOf("Qaisha Aqan", StringComparison.Ordinal);
        var sauytbay = html.IndexOf("Sairagul Sauytbay", StringComparison.Ordinal);
        Assert.True(aqan >= 0 && sauytbay > aqan, "the 2019 ruling comes before the 2018 one");
    }

    [Fact]
    public async Task Should_say_so_when_the_archive_is_empty()
    {
        await factory.ChangeAsync(async db =>
        {
            db.Citations.RemoveRange(db.Citations);
            db.Events.RemoveRange(db.Events);
            db.Rulings.RemoveRange(db.Rulings);
            await Task.CompletedTask;
        });

        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("No rulings are in the archive yet.", html, StringComparison.Ordinal);
    }
}
