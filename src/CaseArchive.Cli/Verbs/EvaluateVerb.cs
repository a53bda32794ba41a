using CaseArchive.Core.Contract;
using CaseArchive.Domain.Importing;
using CaseArchive.Extraction.Evaluation;

namespace CaseArchive.Cli;

/// <summary>
/// `evaluate DIR [--errors]`: scores the extractor on every NAME.txt that has a NAME.gold.json beside it (--errors: each extra and miss under its article).
/// `evaluate --reviews`: the extractor's proposals against what editors published, over all reviews and the last 30 days.
/// </summary>
internal static class EvaluateVerb
{
    private const string Usage = "usage: casearchive evaluate DIR [--errors] | evaluate --reviews";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args is ["--reviews"])
        {
            await using var db = DatabaseVerbs.CreateContext();
            var all = ReviewAccuracy.Measure(await ImportAccuracy.ReviewsAsync(db));
            var recent = ReviewAccuracy.Measure(await ImportAccuracy.ReviewsAsync(db, DateTimeOffset.UtcNow - ImportAccuracy.RecentWindow));
            await stdout.WriteAsync(all.ToText("all reviews"));
            await stdout.WriteLineAsync();
            await stdout.WriteAsync(recent.ToText($"last {ImportAccuracy.RecentWindow.Days} days"));
            return 0;
        }
        var differences = args.Contains("--errors");
        args = [.. args.Where(a => a != "--errors")];
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }
        var directory = args[0];
        if (!Directory.Exists(directory))
        {
            await stderr.WriteLineAsync($"There is no folder '{directory}'.");
            return 2;
        }
        var report = Evaluator.EvaluateDirectory(directory);
        if (report.Articles.Count == 0)
        {
            await stderr.WriteLineAsync($"'{directory}' holds no article with a gold file (NAME.txt beside NAME.gold.json).");
            return 2;
        }
        await stdout.WriteAsync(report.ToText(differences));
        return 0;
    }
}
