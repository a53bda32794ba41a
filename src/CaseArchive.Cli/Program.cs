using CaseArchive.Cli;

// scripts/casearchive VERB [ARGS]: one verb a task. Exit 0 when done, 1 when it failed, 2 for bad input.
var verbs = new Dictionary<string, Verb>(StringComparer.Ordinal)
{
    ["migrate"] = new("apply the database migrations", DatabaseVerbs.MigrateAsync),
    ["seed-samples"] = new("load the sample cases (once: running it again adds nothing)", DatabaseVerbs.SeedSamplesAsync),
};

if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
{
    Console.Out.WriteLine("usage: scripts/casearchive VERB [ARGS]\n\nverbs:");
    foreach (var (name, verb) in verbs)
    {
        Console.Out.WriteLine($"  {name,-14} {verb.Help}");
    }
    Console.Out.WriteLine("\nThe database is ConnectionStrings__Archive, or the project-local cluster of scripts/db.");
    return args.Length == 0 ? 2 : 0;
}

if (!verbs.TryGetValue(args[0], out var chosen))
{
    Console.Error.WriteLine($"casearchive: unknown verb '{args[0]}'. Run 'scripts/casearchive --help' for the list.");
    return 2;
}

return await chosen.Run(args[1..], Console.Out, Console.Error);
