using System.Net;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests;

/// <summary>Accounts and signed-in clients for the editors' area tests, through the real sign-in page.</summary>
public static partial class Editors
{
    public const string Password = "correct horse battery staple";

    public static async Task<EditorUser> CreateUserAsync(this ArchiveFactory factory, string email, string? role = EditorRoles.Editor)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var user = new EditorUser(email);
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            await users.AddToRoleAsync(user, role);
        }
        return user;
    }

    /// <summary>A client that follows no redirects, so tests see where the app sends them.</summary>
    public static HttpClient CreateBrowserlikeClient(this ArchiveFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A new account with the role, signed in through /account/sign-in.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this ArchiveFactory factory, string email = "editor@example.org", string? role = EditorRoles.Editor)
    {
        await factory.CreateUserAsync(email, role);
        var client = factory.CreateBrowserlikeClient();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a form the way a browser does: with the antiforgery token of the page it is on.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {pageUrl} ({(int)page.StatusCode})");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var target = handler is null ? pageUrl : $"{pageUrl}{(pageUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?")}handler={handler}";
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(target, content);
    }

    /// <summary>The value a page's form holds for a field (hidden or not), as the browser would send it back.</summary>
    public static string FieldValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        Assert.True(match.Success, $"no field {name}");
        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    public static bool IsChecked(string html, string name) =>
        Regex.IsMatch(html, $"<input[^>]*checked=\"checked\"[^>]*name=\"{Regex.Escape(name)}\"|<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*checked=\"checked\"");

    /// <summary>The id a record picker shows as chosen ("Name (#12)" gives "12"; "" when none is), which the form accepts as sent.</summary>
    public static string PickedId(string html, string name)
    {
        var text = FieldValue(html, name);
        if (text.Length == 0)
        {
            return string.Empty;
        }
        var number = Regex.Match(text, @"\(#(\d+)\)$");
        Assert.True(number.Success, $"picker {name} shows no chosen record: {text}");
        return number.Groups[1].Value;
    }

    /// <summary>The value of a drop-down's selected option ("" when none is).</summary>
    public static string SelectedValue(string html, string name)
    {
        var select = Regex.Match(html, $"<select[^>]*name=\"{Regex.Escape(name)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"no drop-down {name}");
        var selected = Regex.Match(select.Groups[1].Value, "<option selected=\"selected\" value=\"([^\"]*)\"|<option value=\"([^\"]*)\" selected");
        return selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Success ? selected.Groups[1].Value : selected.Groups[2].Value) : string.Empty;
    }

    /// <summary>The id of the ruling about the person with this slug.</summary>
    public static async Task<int> RulingIdOfAsync(this ArchiveFactory factory, string slug)
    {
        var id = 0;
        await factory.ChangeAsync(async db => id = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Rulings.Where(r => r.Person.Slug == slug).Select(r => r.Id)));
        return id;
    }

    /// <summary>The public address of the ruling with this id, as it is now: /rulings/{key}.</summary>
    public static async Task<string> RulingAddressAsync(this ArchiveFactory factory, int id)
    {
        var key = "";
        await factory.ChangeAsync(async db => key = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Rulings).Where(r => r.Id == id).Select(r => r.Key)));
        return $"/rulings/{key}";
    }

    /// <summary>The latest history entry of a record with that action.</summary>
    public static async Task<long> AuditEntryIdAsync(this ArchiveFactory factory, string entityType, int entityId, AuditAction action)
    {
        long id = 0;
        await factory.ChangeAsync(async db => id = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(
            db.AuditEntries.Where(a => a.EntityType == entityType && a.EntityId == entityId && a.Action == action), a => a.Id));
        return id;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
