using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/CaseArchive.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
