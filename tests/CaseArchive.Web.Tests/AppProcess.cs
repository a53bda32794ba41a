using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseArchive.Tests;

namespace CaseArchive.Web.Tests;

/// <summary>
/// The built web app (src/CaseArchive.Web's own build output) run as a process of its own on a port of its own,
/// on real Kestrel: what a second server behind a load balancer is, and something a test can kill.
/// Each has a home folder of its own, so nothing it keeps on disk is shared with another.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _home;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, string home, int port)
    {
        _process = process;
        _home = home;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app on the database and waits until /health/ready answers 200.</summary>
    public static Task<AppProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Archive"] = connectionString,
            ["RateLimits__SignInPerMinute"] = "100000",
            ["RateLimits__PublicSearchPerMinute"] = "100000",
            ["RateLimits__PublicApiPerMinute"] = "100000",
            ["RateLimits__PublicPagesPerMinute"] = "100000",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return StartAsync(BuildFolder("CaseArchive.Web"), "CaseArchive.Web.dll", environment, "/health/ready");
    }

    /// <summary>Starts scripts/bench's baseline (src/CaseArchive.Benchmarks.Baseline) on the database and waits until it answers.</summary>
    public static Task<AppProcess> StartBaselineAsync(string connectionString) =>
        StartAsync(BuildFolder("CaseArchive.Benchmarks.Baseline"), "CaseArchive.Benchmarks.Baseline.dll",
            new Dictionary<string, string> { ["ConnectionStrings__Archive"] = connectionString }, "/plaintext");

    private static async Task<AppProcess> StartAsync(string folder, string dll, Dictionary<string, string> environment, string ready)
    {
        var port = FreePort();
        var home = Directory.CreateTempSubdirectory("casearchive-app-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, dll)])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = home;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var app = new AppProcess(Process.Start(start)!, home, port);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !app._process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync(ready)).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            // Not listening yet, or too busy to answer within the probe's 5 s (a loaded machine): ask again until the deadline.
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        var output = app.Output;
        await app.DisposeAsync();
        throw new InvalidOperationException($"The app did not become ready on port {port}:\n{output}");
    }

    /// <summary>Ends the process at once, as a power cut or kill -9 would: no shutdown, nothing flushed.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>
    /// A port nobody listens on, from CASEARCHIVE_TEST_HTTP_PORT (default 5300) and the 99 after it,
    /// so test runs of several worktrees on one machine each keep to a range.
    /// </summary>
    private static int FreePort()
    {
        var first = int.TryParse(Environment.GetEnvironmentVariable("CASEARCHIVE_TEST_HTTP_PORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var configured) ? configured : 5300;
        lock (HandedOut)
        {
            for (var port = first; port < first + 100; port++)
            {
                if (HandedOut.Contains(port))
                {
                    continue;
                }
                try
                {
                    using var listener = new TcpListener(IPAddress.Loopback, port);
                    listener.Start();
                    listener.Stop();
                    HandedOut.Add(port);
                    return port;
                }
                catch (SocketException)
                {
                }
            }
        }
        throw new InvalidOperationException($"No free port from {first} to {first + 99}.");
    }

    /// <summary>Ports given to apps of this test run, not given twice even after their app has stopped.</summary>
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>src/PROJECT/bin/CONFIGURATION/net10.0, in the configuration the tests were built in.</summary>
    private static string BuildFolder(string project)
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var folder = Path.Combine(TestDatabase.RepositoryRoot(), "src", project, "bin", testFolder.Parent!.Name, testFolder.Name);
        return File.Exists(Path.Combine(folder, project + ".dll"))
            ? folder
            : throw new InvalidOperationException($"{project} is not built at {folder}: build the solution first (scripts/test does).");
    }
}
