namespace CaseArchive.Web.Tests.Pages.Persons;

[Collection(WebCollection.Name)]
public sealed class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Kaisha Akan")]
    [InlineData("Қайша")]
    [InlineData("aqan")]
    public async Task Should_find_a_person_by_any_spelling(string q)
    {
        var html = await factory.CreateClient().GetStringAsync("/persons?q=" + Uri.EscapeDataString(q));
        var table = html[html.IndexOf("<table", StringComparison.Ordinal)..];

        Assert.Contains("Qaisha Aqan", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Sairagul Sauytbay", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_what_to_try_when_no_one_is_named_so()
    {
        var html = await factory.CreateClient().GetStringAsync("/persons?q=Nobodyknown");

        Assert.Contains("No one in the archive is named like", html, StringComparison.Ordinal);
    }
}
