using System.Net;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Accounts;

[Collection(WebCollection.Name)]
public sealed class IndexTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_let_an_admin_create_an_editor_who_can_then_sign_in()
    {
        var admin = await factory.SignedInClientAsync("admin@example.org", EditorRoles.Admin);

        var created = await admin.PostFormAsync("/editor/accounts",
            new() { ["Input.Email"] = "boris@example.org", ["Input.Password"] = "a first long passphrase", ["Input.Role"] = "editor" }, handler: "Create");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("boris@example.org", await admin.GetStringAsync("/editor/accounts"), StringComparison.Ordinal);
        var boris = factory.CreateBrowserlikeClient();
        var signIn = await boris.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "boris@example.org", ["Input.Password"] = "a first long passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await boris.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_say_beside_the_field_that_a_password_is_too_short()
    {
        var admin = await factory.SignedInClientAsync("admin@example.org", EditorRoles.Admin);

        var response = await admin.PostFormAsync("/editor/accounts",
            new() { ["Input.Email"] = "boris@example.org", ["Input.Password"] = "short", ["Input.Role"] = "editor" }, handler: "Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A password is at least 12 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_the_accounts_pages_to_an_editor_who_is_not_an_admin()
    {
        var editor = await factory.SignedInClientAsync("editor@example.org", EditorRoles.Editor);
        var home = await editor.GetStringAsync("/editor");
        Assert.DoesNotContain("/editor/accounts", home, StringComparison.Ordinal);
        var users = 0;
        await factory.ChangeAsync(async db => users = await db.Users.CountAsync());

        var list = await editor.GetAsync("/editor/accounts");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@example.org", ["Input.Password"] = "a first long passphrase", ["Input.Role"] = "admin" });
        var post = await editor.PostAsync("/editor/accounts?handler=Create", form);

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/account/access-denied", list.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/access-denied", post.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        await factory.ChangeAsync(async db => Assert.Equal(users, await db.Users.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_breached_password_for_a_new_account()
    {
        var admin = await factory.SignedInClientAsync("admin@example.org", EditorRoles.Admin);

        var response = await admin.PostFormAsync("/editor/accounts",
            new() { ["Input.Email"] = "boris@example.org", ["Input.Password"] = "password1234", ["Input.Role"] = "editor" }, handler: "Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This password is in lists of breached or common passwords", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.False(await db.Users.AnyAsync(u => u.Email == "boris@example.org")));
    }

    [Fact]
    public async Task Should_let_an_admin_disable_an_account_which_ends_its_sessions_and_sign_ins_until_enabled()
    {
        var admin = await factory.SignedInClientAsync("admin@example.org", EditorRoles.Admin);
        var (_, editor) = await factory.SignedInWithCopiedCookieAsync("amina@example.org");
        var id = await UserIdAsync("amina@example.org");

        var disabled = await admin.PostFormAsync("/editor/accounts", new() { ["userId"] = id }, handler: "Disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/editor")).StatusCode);
        var again = factory.CreateBrowserlikeClient();
        var refused = await again.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = Editors.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("disabled", await admin.GetStringAsync("/editor/accounts"), StringComparison.Ordinal);

        await admin.PostFormAsync("/editor/accounts", new() { ["userId"] = id }, handler: "Enable");
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = Editors.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_send_editors_without_two_factor_to_set_it_up_once_an_admin_requires_it()
    {
        var admin = await factory.SignedInClientAsync("admin@example.org", EditorRoles.Admin);
        await admin.EnableTwoFactorAsync();
        var editor = await factory.SignedInClientAsync("amina@example.org");

        var required = await admin.PostFormAsync("/editor/accounts", new() { ["require"] = "true" }, handler: "TwoFactor");

        Assert.Equal(HttpStatusCode.Redirect, required.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/editor/accounts")).StatusCode);
        var sent = await editor.GetAsync("/editor/rulings");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/account/authenticator", sent.Headers.Location!.OriginalString);
        // Nothing can be done before it is set up: a form sent to the editors' area is turned away too.
        var persons = 0;
        await factory.ChangeAsync(async db => persons = await db.Persons.IgnoreQueryFilters().CountAsync());
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.DisplayName"] = "Amina Nurlan", ["Input.Visibility"] = "Public" }))
        {
            var posted = await editor.PostAsync("/editor/persons/edit", form);
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.Equal("/account/authenticator", posted.Headers.Location!.OriginalString);
        }
        await factory.ChangeAsync(async db => Assert.Equal(persons, await db.Persons.IgnoreQueryFilters().CountAsync()));
        var setup = await editor.GetStringAsync("/account/authenticator");
        Assert.Contains("An administrator requires two-factor sign-in", setup, StringComparison.Ordinal);
        // The QR code is the authenticator address shown beside it, as QRCoder draws it.
        var address = System.Net.WebUtility.HtmlDecode(Regex.Match(setup, "<code>(otpauth://[^<]+)</code>").Groups[1].Value);
        Assert.StartsWith("otpauth://totp/CaseArchive:amina%40example.org?secret=", address, StringComparison.Ordinal);
        using (var data = QRCoder.QRCodeGenerator.GenerateQrCode(address, QRCoder.QRCodeGenerator.ECCLevel.M))
        {
            var expected = "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(5));
            Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(Regex.Match(setup, "<img class=\"authenticator-qr\" src=\"([^\"]+)\"").Groups[1].Value));
        }
        await editor.EnableTwoFactorAsync();
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor/rulings")).StatusCode);
    }

    private async Task<string> UserIdAsync(string email)
    {
        var id = string.Empty;
        await factory.ChangeAsync(async db => id = (await db.Users.SingleAsync(u => u.Email == email)).Id);
        return id;
    }
}
