using CaseArchive.Cli;

// scripts/casearchive VERB [ARGS]
return await CommandLine.RunAsync(args, Console.Out, Console.Error);
