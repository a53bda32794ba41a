namespace CaseArchive.Cli;

/// <summary>The verbs of scripts/casearchive. Exit 0 when done, 1 when it failed, 2 for bad input.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["extract"] = new("extract FILE [--published YYYY-MM-DD]: print what the importer reads in an article, as JSON", ExtractVerb.Run),
        ["evaluate"] = new("evaluate DIR [--errors]: score extraction against the *.gold.json beside each *.txt (precision, recall, F1; --errors lists each extra and miss); evaluate --reviews: against what editors published", EvaluateVerb.RunAsync),
        ["import"] = new("import FILE|DIR [--accept] [--published YYYY-MM-DD]: store articles for review (--accept: into records)", ImportVerb.RunAsync),
        ["migrate"] = new("apply the database migrations", DatabaseVerbs.MigrateAsync),
        ["seed-samples"] = new("seed-samples [DIR]: import and accept the sample articles (once: running it again adds nothing)", DatabaseVerbs.SeedSamplesAsync),
        ["generate"] = new("generate --rulings N [--seed S]: a realistic synthetic archive of N rulings, bulk-loaded (for scale tests)", GenerateVerb.RunAsync),
        ["backup"] = new("backup FILE: the whole archive to FILE (pg_dump, custom format)", BackupVerbs.BackupAsync),
        ["restore"] = new("restore FILE: the archive as it was in FILE, in one transaction", BackupVerbs.RestoreAsync),
        ["create-user"] = new("create an editor's account: --email E --password P --role editor|admin", AccountVerbs.CreateUserAsync),
        ["reset-password"] = new("set a new password and unlock an account: --email E --password P", AccountVerbs.ResetPasswordAsync),
    };

    public static IReadOnlyCollection<string> VerbNames => Verbs.Keys;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            var help = args.Length == 0 ? stderr : stdout;
            await help.WriteLineAsync("usage: scripts/casearchive VERB [ARGS]\n\nverbs:");
            foreach (var (name, verb) in Verbs)
            {
                await help.WriteLineAsync($"  {name,-14} {verb.Help}");
            }
            await help.WriteLineAsync("\nThe database is ConnectionStrings__Archive, or the project-local cluster of scripts/db.");
            return args.Length == 0 ? 2 : 0;
        }

        if (!Verbs.TryGetValue(args[0], out var chosen))
        {
            await stderr.WriteLineAsync($"casearchive: unknown verb '{args[0]}'. Run 'scripts/casearchive --help' for the list.");
            return 2;
        }

        return await chosen.Run(args[1..], stdout, stderr);
    }
}
