using CaseArchive.Core.Contract;
using CaseArchive.Extraction.Evaluation;

namespace CaseArchive.Cli;

/// <summary>`evaluate DIR`: scores the extractor on every NAME.txt that has a NAME.gold.json beside it.</summary>
internal static class EvaluateVerb
{
    private const string Usage = "usage: casearchive evaluate DIR";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        var directory = args[0];
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine($"There is no folder '{directory}'.");
            return 2;
        }
        var report = Evaluator.EvaluateDirectory(directory);
        if (report.Articles.Count == 0)
        {
            stderr.WriteLine($"'{directory}' holds no article with a gold file (NAME.txt beside NAME.gold.json).");
            return 2;
        }
        stdout.Write(report.ToText());
        return 0;
    }
}
