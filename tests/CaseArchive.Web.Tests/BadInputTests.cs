using System.Net;

namespace CaseArchive.Web.Tests;

/// <summary>Whatever is put in the query string, every public surface answers with a page or a 400, never a 500.</summary>
[Collection(WebCollection.Name)]
public sealed class BadInputTests(ArchiveFactory factory) : IAsyncLifetime
{
    private static readonly string[] Surfaces =
        ["/rulings", "/statistics", "/rulings/export.csv", "/rulings/export.json", "/feeds/rulings.atom", "/api/v1/rulings", "/api/v1/persons", "/api/v1/courts", "/api/v1/suggest"];

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("q=%00")]
    [InlineData("q=%22%22%22%20or%20-%20%21%3A*%26%7C")]
    [InlineData("q=!!!")]
    [InlineData("q=%25%25_")]
    [InlineData("q=%FF%FE")]
    [InlineData("year_from=99999")]
    [InlineData("year_from=-5")]
    [InlineData("page=-5")]
    [InlineData("country=%00")]
    [InlineData("outcome=1")]
    [InlineData("after=9999-99-99.1")]
    [InlineData("after=r1e39.5")]
    [InlineData("q=a&q=b")]
    [InlineData("limit=999999999999")]
    public async Task Should_never_answer_a_server_error(string query)
    {
        var client = factory.CreateClient();
        foreach (var surface in Surfaces)
        {
            var response = await client.GetAsync($"{surface}?{query}");

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{surface}?{query} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Should_answer_a_10000_character_search_with_400_everywhere()
    {
        var client = factory.CreateClient();
        foreach (var surface in Surfaces)
        {
            var response = await client.GetAsync($"{surface}?q={new string('x', 10_000)}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }
}
