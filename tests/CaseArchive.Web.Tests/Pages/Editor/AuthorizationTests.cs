using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Pages.Editor;

/// <summary>
/// Every route of the editors' area, taken from the app's own endpoint list (so a new page is
/// covered the day it is added), refuses anonymous visitors and accounts without the editor role,
/// for every GET and every POST handler, and the archive is unchanged afterwards.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class AuthorizationTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Should_find_the_editor_routes_in_the_endpoint_list()
    {
        var routes = EditorRequests().Select(r => r.Url).ToList();

        Assert.Contains("/editor", routes);
        Assert.Contains(routes, r => r.StartsWith("/editor/rulings/edit/", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.StartsWith("/editor/history/", StringComparison.Ordinal));
        Assert.True(routes.Count >= 10, $"only {routes.Count} editor routes found");
    }

    [Fact]
    public async Task Should_send_an_anonymous_visitor_from_editor_to_sign_in()
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync("/editor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=%2Feditor", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_refuse_every_editor_request_from_an_anonymous_visitor_and_change_nothing()
    {
        var client = factory.CreateBrowserlikeClient();
        var before = await ArchiveStateAsync();

        foreach (var request in EditorRequests())
        {
            var response = await SendAsync(client, request, token: null);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase),
                $"{request.Method} {request.Url} {request.Handler} answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.Equal(before, await ArchiveStateAsync());
    }

    [Fact]
    public async Task Should_refuse_every_editor_request_from_an_account_without_the_editor_role_and_change_nothing()
    {
        var client = await factory.SignedInClientAsync("reader@example.org", role: null);
        // A valid antiforgery token for this account, so the refusal comes from the role and nothing else.
        var home = await client.GetStringAsync("/");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(home).Groups[1].Value);
        Assert.NotEmpty(token);
        var before = await ArchiveStateAsync();

        foreach (var request in EditorRequests())
        {
            var response = await SendAsync(client, request, token);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase),
                $"{request.Method} {request.Url} {request.Handler} answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.Equal(before, await ArchiveStateAsync());
    }

    public sealed record EditorRequest(string Method, string Url, string? Handler);

    /// <summary>Every page under /Editor from the endpoint list, with a GET and a POST per handler of its page model.</summary>
    private List<EditorRequest> EditorRequests()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var requests = new List<EditorRequest>();
        foreach (var endpoint in endpoints)
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            if (page is null || !page.ViewEnginePath.StartsWith("/Editor/", StringComparison.Ordinal))
            {
                continue;
            }
            var url = "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), m => m.Groups[1].Value == "kind" ? (endpoint.RoutePattern.RawText!.Contains("history", StringComparison.Ordinal) ? "ruling" : "persons") : "1");
            requests.Add(new EditorRequest("GET", url, null));
            requests.Add(new EditorRequest("POST", url, null));
            var model = typeof(Program).Assembly.GetTypes().FirstOrDefault(t => typeof(PageModel).IsAssignableFrom(t)
                && t.FullName == "CaseArchive.Web.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model");
            foreach (var method in model?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) ?? [])
            {
                var handler = HandlerName().Match(method.Name);
                if (handler.Success && handler.Groups[1].Value.Length > 0)
                {
                    requests.Add(new EditorRequest("POST", url, handler.Groups[1].Value));
                }
            }
        }
        return [.. requests.Distinct()];
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, EditorRequest request, string? token)
    {
        if (request.Method == "GET")
        {
            return await client.GetAsync(request.Url);
        }
        var form = new Dictionary<string, string> { ["id"] = "1", ["Input.Version"] = "0", ["entryId"] = "1" };
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(request.Handler is null ? request.Url : $"{request.Url}?handler={request.Handler}", content);
    }

    /// <summary>Counts and last changes of every table an editor's request could touch.</summary>
    private async Task<string> ArchiveStateAsync()
    {
        var state = string.Empty;
        await factory.ChangeAsync(async db => state = string.Join("|",
            await db.Persons.IgnoreQueryFilters().CountAsync(),
            await db.Persons.IgnoreQueryFilters().MaxAsync(p => (DateTimeOffset?)p.UpdatedAt),
            await db.Rulings.IgnoreQueryFilters().MaxAsync(r => (DateTimeOffset?)r.UpdatedAt),
            await db.Courts.IgnoreQueryFilters().MaxAsync(r => (DateTimeOffset?)r.UpdatedAt),
            await db.Cases.IgnoreQueryFilters().MaxAsync(r => (DateTimeOffset?)r.UpdatedAt),
            await db.DetentionClaims.IgnoreQueryFilters().MaxAsync(r => (DateTimeOffset?)r.UpdatedAt),
            await db.Events.IgnoreQueryFilters().MaxAsync(r => (DateTimeOffset?)r.UpdatedAt),
            await db.Sources.IgnoreQueryFilters().MaxAsync(r => (DateTimeOffset?)r.UpdatedAt),
            await db.AuditEntries.CountAsync(),
            await db.PersonNames.CountAsync(),
            await db.CaseParties.IgnoreQueryFilters().CountAsync()));
        return state;
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("^OnPost(\\w*?)(Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
