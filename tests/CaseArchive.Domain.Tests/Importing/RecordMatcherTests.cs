using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using CaseArchive.Tests;

namespace CaseArchive.Domain.Tests.Importing;

[Collection(DatabaseCollection.Name)]
public sealed class RecordMatcherTests(TestDatabase database) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetToSampleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Sayragul Sauytbai")]
    [InlineData("Sairagul Sauytbay")]
    [InlineData("Сайрагүл Сауытбай")]
    [InlineData("SAIRAGUL SAUYTBAY")]
    public async Task Should_match_a_person_across_spellings_and_alphabets(string spelling)
    {
        await using var db = database.CreateContext();

        var match = await RecordMatcher.FindPersonAsync(db, spelling, []);

        Assert.NotNull(match);
        Assert.Equal("sairagul-sauytbay", match.Record.Slug);
        Assert.Contains("same name", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_match_qaster_written_with_a_k()
    {
        await using var db = database.CreateContext();

        var match = await RecordMatcher.FindPersonAsync(db, "Kaster Musakhanuly", []);

        Assert.Equal("qaster-musakhanuly", match?.Record.Slug);
    }

    [Fact]
    public async Task Should_match_a_close_spelling_and_say_how_close()
    {
        await using var db = database.CreateContext();

        var match = await RecordMatcher.FindPersonAsync(db, "Qaster Musakanuly", []);

        Assert.Equal("qaster-musakhanuly", match?.Record.Slug);
        Assert.Contains("close spelling", match!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nurlan Alimuly")]
    [InlineData("Erlan Kurmanov")]
    [InlineData("Qaisha")]
    public async Task Should_not_match_a_different_person(string name)
    {
        await using var db = database.CreateContext();

        Assert.Null(await RecordMatcher.FindPersonAsync(db, name, []));
    }

    [Fact]
    public async Task Should_match_a_court_by_its_town()
    {
        await using var db = database.CreateContext();

        var match = await RecordMatcher.FindCourtAsync(db, "Specialised inter-district criminal court of Zharkent", "Zharkent", "Kazakhstan");

        Assert.Equal("zharkent-court", match?.Record.Slug);
    }

    [Fact]
    public async Task Should_not_match_a_court_in_another_town()
    {
        await using var db = database.CreateContext();

        Assert.Null(await RecordMatcher.FindCourtAsync(db, "Zaisan district court", "Zaisan", "Kazakhstan"));
    }
}
