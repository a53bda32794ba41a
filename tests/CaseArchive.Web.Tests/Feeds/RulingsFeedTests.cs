using System.Xml.Linq;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Feeds;

[Collection(WebCollection.Name)]
public sealed class RulingsFeedTests(ArchiveFactory factory) : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_give_an_atom_entry_per_ruling_latest_changed_first()
    {
        await factory.ChangeAsync(async db => (await db.Rulings.SingleAsync(r => r.Person.Slug == "sairagul-sauytbay")).Summary = "Corrected summary.");

        var feed = XDocument.Parse(await factory.CreateClient().GetStringAsync("/feeds/rulings.atom"));
        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

        Assert.Equal(2, titles.Count);
        Assert.StartsWith("Sairagul Sauytbay: extradition refused", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("Qaisha Aqan: not deported", titles[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_accept_the_list_filters()
    {
        var feed = XDocument.Parse(await factory.CreateClient().GetStringAsync("/feeds/rulings.atom?outcome=not_deported"));

        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        Assert.Contains("Qaisha Aqan", entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("outcome not deported", feed.Root.Element(Atom + "title")!.Value, StringComparison.Ordinal);
    }
}
