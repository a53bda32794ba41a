using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests;

public sealed partial class PrivacyCrawlTests
{
    /// <summary>
    /// The hidden names are read once per request (a page reads them on its own connection and the middleware
    /// redacts with the same): a person withheld by anyone, here by plain SQL on a connection of the test's
    /// own, outside the app, is hidden on the very next request of a reader who saw the name a moment before.
    /// </summary>
    [Theory]
    [InlineData("/persons/qaisha-aqan")]
    [InlineData("/rulings?q=Qaisha%20Aqan")] // her ruling's passages quote the other person
    public async Task Should_hide_a_person_withheld_through_another_connection_on_the_next_request(string page)
    {
        var client = factory.CreateClient();
        Assert.NotNull(Reader(await client.GetStringAsync(page)));

        await using (var db = new TestDatabase().CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE persons SET visibility = 'withheld' WHERE slug = 'zhanar-bekova'");
        }

        var after = await client.GetStringAsync(page);
        Assert.True(Reader(after) is null, Reader(after));
    }
}
