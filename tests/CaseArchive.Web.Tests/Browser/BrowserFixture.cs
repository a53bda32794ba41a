using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port and Debian's Chromium driven by Playwright
/// (ExecutablePath: no browser can be downloaded here; scripts/test installs it).
/// </summary>
#pragma warning disable CA1001 // xunit disposes fixtures through IAsyncLifetime.DisposeAsync.
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly ArchiveFactory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app under the browser, to change the archive as an editor would.</summary>
    public ArchiveFactory Factory => _factory;
    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>An account on the app the browser talks to.</summary>
    public Task CreateUserAsync(string email, string? role = Domain.Model.EditorRoles.Editor) => _factory.CreateUserAsync(email, role);

    /// <summary>Reads or changes the archive directly.</summary>
    public Task ChangeAsync(Func<Domain.ArchiveDbContext, Task> change) => _factory.ChangeAsync(change);

    /// <summary>docs/screenshots/NAME.png in the repository, for the README and reviewers.</summary>
    public static string ScreenshotPath(string name) => RepositoryRoot is { } root
        ? Path.Combine(Directory.CreateDirectory(Path.Combine(root, "docs", "screenshots")).FullName, $"{name}.png")
        : Path.Combine(Path.GetTempPath(), $"{name}.png");

    /// <summary>The repository's folder (where CaseArchive.sln is), or null when the tests run elsewhere.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CaseArchive.sln")))
                {
                    return dir.FullName;
                }
            }
            return null;
        }
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CASEARCHIVE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.ResetAsync();
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine has no network beyond its package registries: keep Chromium from calling out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
#pragma warning restore CA1001
