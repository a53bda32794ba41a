using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseArchive.Web.Tests.Browser;

/// <summary>
/// In Production the cookies are Secure; browsers still accept them from http://127.0.0.1,
/// so an editor can sign in to scripts/run on their own machine.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ProductionSignInTests : IAsyncLifetime, IDisposable
{
    private readonly ProductionFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.ResetAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Should_sign_in_over_plain_http_on_the_machine_itself_in_production()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await _factory.CreateUserAsync("amina@example.org");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();

        await page.GotoAsync(address + "/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync("amina@example.org");
        await page.GetByLabel("Password").FillAsync(Editors.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/editor");

        Assert.Contains("Recent changes", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private sealed class ProductionFactory : ArchiveFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
