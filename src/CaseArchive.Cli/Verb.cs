namespace CaseArchive.Cli;

/// <summary>One command of the command line: what it does, and how it runs.</summary>
internal sealed record Verb(string Help, Func<string[], TextWriter, TextWriter, Task<int>> Run)
{
    /// <summary>For verbs that do no I/O worth awaiting.</summary>
    public Verb(string help, Func<string[], TextWriter, TextWriter, int> run)
        : this(help, (args, stdout, stderr) => Task.FromResult(run(args, stdout, stderr))) { }
}
