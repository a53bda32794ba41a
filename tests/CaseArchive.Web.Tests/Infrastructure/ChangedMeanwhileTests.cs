using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>The caching app, where a page asked with <see cref="Header"/> is told of a change after its handler ran.</summary>
public sealed class ChangedMeanwhileFactory : CachingArchiveFactory
{
    public const string Header = "X-Test-Changed-Meanwhile";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new ChangeMeanwhile())));
    }

    private sealed class ChangeMeanwhile : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            await next();
            if (context.HttpContext.Request.Headers.ContainsKey(Header))
            {
                await context.HttpContext.RequestServices.GetRequiredService<ArchiveChanges>().ChangedAsync(CancellationToken.None);
            }
        }
    }
}

/// <summary>
/// A page reads the hidden names before it is done; a person hidden meanwhile may still be named in its answer.
/// That answer is sent, but the output cache must not keep it past the change's eviction.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ChangedMeanwhileTests(ChangedMeanwhileFactory factory) : IClassFixture<ChangedMeanwhileFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/rulings?q=Qaisha")]
    [InlineData("/persons/qaisha-aqan")]
    public async Task Should_not_keep_an_answer_made_while_a_change_was_told(string address)
    {
        var client = factory.CreateClient();
        // An answer made with no change meanwhile is kept (the output cache gives its age), once the reset's
        // own notifications have come in (each evicts what was kept before it).
        Assert.True(await KeptAsync(client, "/persons"), "no answer was kept");

        using var meanwhile = new HttpRequestMessage(HttpMethod.Get, address);
        meanwhile.Headers.Add(ChangedMeanwhileFactory.Header, "1");
        (await client.SendAsync(meanwhile)).EnsureSuccessStatusCode();

        // Made afresh, with the names as they are after the change: not the answer made during it.
        Assert.False((await client.GetAsync(address)).Headers.Contains("Age"));
    }

    private static async Task<bool> KeptAsync(HttpClient client, string address)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await client.GetAsync(address);
            if ((await client.GetAsync(address)).Headers.Age is not null)
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }
}
