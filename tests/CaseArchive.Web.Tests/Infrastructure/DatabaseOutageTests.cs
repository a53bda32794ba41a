using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CaseArchive.Domain;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of its own (scripts/db on another port and folder) that the test
/// stops and starts again under the running app.
/// </summary>
public sealed class OutageCluster : IAsyncLifetime
{
    // Five above the run's own cluster, so test runs on other ports do not meet here.
    public static readonly int Port = (int.TryParse(Environment.GetEnvironmentVariable("CASEARCHIVE_PG_PORT"), out var port) ? port : 55432) + 5;
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"casearchive-outage-{Guid.NewGuid():N}");

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Database=casearchive;Username=casearchive;Password=casearchive;Timeout=3";

    public async Task InitializeAsync()
    {
        await RunDbScriptAsync("start");
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContext.Configure(options, ConnectionString);
        await using var db = new ArchiveDbContext(options.Options);
        await db.Database.MigrateAsync();
        await ZharkentSample.LoadAsync(db);
    }

    public Task StopAsync() => RunDbScriptAsync("stop");

    public Task StartAsync() => RunDbScriptAsync("start");

    public async Task DisposeAsync()
    {
        await RunDbScriptAsync("stop");
        Directory.Delete(_dataDir, recursive: true);
    }

    private async Task RunDbScriptAsync(string verb)
    {
        var root = TestDatabase.RepositoryRoot();
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "db"), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CASEARCHIVE_PG_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["CASEARCHIVE_DATA_DIR"] = _dataDir;
        using var process = Process.Start(start)!;
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"scripts/db {verb} failed: {output}");
    }
}

public sealed class OutageFactory(OutageCluster cluster) : ArchiveFactory
{
    protected override string ConnectionString => cluster.ConnectionString;
}

public sealed class DatabaseOutageTests(OutageCluster cluster) : IClassFixture<OutageCluster>
{
    [Fact]
    public async Task Should_answer_503_on_pages_and_api_while_the_database_is_down_and_serve_again_when_it_returns()
    {
        await using var factory = new OutageFactory(cluster);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await cluster.StopAsync();
        var down = await client.GetAsync("/");
        var apiDown = await client.GetAsync("/api/v1/rulings");
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.NotNull(down.Headers.RetryAfter);
        Assert.Contains("briefly unavailable", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiDown.StatusCode);
        Assert.NotNull(apiDown.Headers.RetryAfter);
        Assert.Equal("application/problem+json", apiDown.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await apiDown.Content.ReadAsStringAsync()))
        {
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Contains("unavailable", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        await cluster.StartAsync();
        var back = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("Qaisha Aqan", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/rulings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
