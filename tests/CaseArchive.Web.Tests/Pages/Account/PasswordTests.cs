using System.Net;

namespace CaseArchive.Web.Tests.Pages.Account;

[Collection(WebCollection.Name)]
public sealed class PasswordTests(ArchiveFactory factory) : IAsyncLifetime
{
    private const string NewPassword = "a different long passphrase";

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_change_the_password_given_the_current_one_and_end_the_other_sessions()
    {
        var (editor, copy) = await factory.SignedInWithCopiedCookieAsync("amina@example.org");

        var changed = await editor.PostFormAsync("/account/password", new() { ["Input.CurrentPassword"] = Editors.Password, ["Input.NewPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password is changed", await editor.GetStringAsync("/account/password"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/editor")).StatusCode);
        var client = factory.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = Editors.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = NewPassword })).StatusCode);
    }

    [Theory]
    [InlineData("not my password at all", NewPassword, "This is not your current password.")]
    [InlineData(Editors.Password, "password1234", "This password is in lists of breached or common passwords")]
    [InlineData(Editors.Password, "short", "A password is at least 12 characters")]
    public async Task Should_refuse_a_change_beside_the_field_and_keep_the_password(string current, string next, string message)
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");

        var refused = await editor.PostFormAsync("/account/password", new() { ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserlikeClient().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = Editors.Password })).StatusCode);
    }

    [Fact]
    public async Task Should_send_a_visitor_to_sign_in()
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
