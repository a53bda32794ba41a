using System.Text.RegularExpressions;

namespace CaseArchive.Cli.Tests;

[Collection(DatabaseCollection.Name)]
public sealed partial class EvaluateReviewsTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    private const string Article = """
        title: Court in Zaisan frees ethnic Kazakh woman after border trial
        outlet: Test Wire
        published: 2021-02-03

        ZAISAN, Kazakhstan -- A court in Zaisan on Tuesday sentenced Gulzira Tokhtarqyzy, a 38-year-old ethnic Kazakh woman from China's Xinjiang region, to a fine for crossing the border illegally and ruled that she will not be deported to China.

        Tokhtarqyzy told the court that she crossed into Kazakhstan in June 2020 after police in Xinjiang held her in a reeducation camp for a year.
        """;

    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"evaluate-reviews-{Guid.NewGuid():N}.txt");

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
        File.Delete(_file);
    }

    [Fact]
    public async Task Should_print_the_proposals_measured_against_what_was_published_overall_and_recently()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);
        await File.WriteAllTextAsync(_file, Article);
        Assert.Equal(0, await CommandLine.RunAsync(["evaluate", "--reviews"], _stdout, _stderr));
        Assert.Contains("all reviews: 0 published review(s)", _stdout.ToString(), StringComparison.Ordinal);
        _stdout.GetStringBuilder().Clear();

        Assert.Equal(0, await CommandLine.RunAsync(["import", _file, "--accept"], _stdout, _stderr));
        _stdout.GetStringBuilder().Clear();
        var status = await CommandLine.RunAsync(["evaluate", "--reviews"], _stdout, _stderr);

        Assert.Equal(0, status);
        var printed = _stdout.ToString();
        Assert.Contains("all reviews: 1 published review(s)", printed, StringComparison.Ordinal);
        Assert.Contains("last 30 days: 1 published review(s)", printed, StringComparison.Ordinal);
        // Accepted without a review: everything proposed was published, so each field agrees with itself.
        var rulings = RulingsLine().Matches(printed);
        Assert.Equal(2, rulings.Count);
        Assert.All(rulings, m => Assert.Equal((m.Groups[1].Value, m.Groups[1].Value), (m.Groups[2].Value, m.Groups[3].Value)));
        Assert.NotEqual("0", rulings[0].Groups[1].Value);
    }

    [Fact]
    public async Task Should_refuse_a_folder_and_the_reviews_at_once()
    {
        var status = await CommandLine.RunAsync(["evaluate", "--reviews", "somewhere"], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains("usage: casearchive evaluate DIR [--errors] | evaluate --reviews", _stderr.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^rulings\s+1\.00\s+1\.00\s+(\d+)\s+(\d+)\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex RulingsLine();
}
