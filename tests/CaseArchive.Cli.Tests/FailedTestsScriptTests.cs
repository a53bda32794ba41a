using System.Diagnostics;

namespace CaseArchive.Cli.Tests;

/// <summary>
/// scripts/failed-tests, which scripts/test runs when a test failed: each failed test of the results
/// with its message and stack, so that a CI log says why; passed tests left out.
/// </summary>
public sealed class FailedTestsScriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casearchive-trx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Results as `dotnet test --logger trx` writes them: a passed test is a self-closing element, or
    // holds its output; a failed one holds its message and stack, XML-escaped. The self-closing one
    // comes just before the failed one, which a reader taking it for an opening tag would swallow.
    private const string Results = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult executionId="2" testName="Suite.Passes_with_output" outcome="Passed"><Output><StdOut>all well</StdOut></Output></UnitTestResult>
            <UnitTestResult executionId="1" testName="Suite.Passes_quietly" outcome="Passed" relativeResultsDirectory="1" />
            <UnitTestResult executionId="3" testName="Suite.Exports_&lt;csv&gt;" outcome="Failed"><Output><ErrorInfo><Message>Microsoft.Playwright.TimeoutException : Timeout 30000ms exceeded.&#xD;&#xA;Call log:&#xD;&#xA;  - waiting for download from &quot;/rulings/export.csv&quot; &amp; the court&#x2019;s page</Message><StackTrace>   at Suite.Exports() in /repo/Suite.cs:line 12&#xD;&#xA;   at Runner.Run() in /repo/Runner.cs:line 3</StackTrace></ErrorInfo></Output></UnitTestResult>
            <UnitTestResult executionId="4" testName="Suite.Passes_after" outcome="Passed" />
          </Results>
        </TestRun>
        """;

    [Fact]
    public async Task Should_print_each_failed_test_with_its_message_and_stack_and_leave_out_the_passed()
    {
        var trx = Path.Combine(_folder, "Suite.trx");
        await File.WriteAllTextAsync(trx, Results);

        var (status, output, _) = await RunAsync(trx);

        Assert.Equal(0, status);
        Assert.Equal(
            """
            failed: Suite.Exports_<csv>
              Microsoft.Playwright.TimeoutException : Timeout 30000ms exceeded.
              Call log:
                - waiting for download from "/rulings/export.csv" & the court’s page
                 at Suite.Exports() in /repo/Suite.cs:line 12
                 at Runner.Run() in /repo/Runner.cs:line 3

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public async Task Should_say_how_it_is_used_when_given_no_results_and_name_a_file_it_cannot_read()
    {
        var (noneStatus, _, noneError) = await RunAsync();
        var missing = Path.Combine(_folder, "missing.trx");
        var (missingStatus, _, missingError) = await RunAsync(missing);

        Assert.Equal(2, noneStatus);
        Assert.Contains("usage: scripts/failed-tests", noneError, StringComparison.Ordinal);
        Assert.Equal(2, missingStatus);
        Assert.Contains(missing, missingError, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(TestDatabase.RepositoryRoot(), "scripts", "failed-tests"), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
