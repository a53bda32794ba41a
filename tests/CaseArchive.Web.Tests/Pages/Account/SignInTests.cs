using System.Net;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseArchive.Web.Tests.Pages.Account;

[Collection(WebCollection.Name)]
public sealed class SignInTests(ArchiveFactory factory) : IAsyncLifetime
{
    private static readonly string Refusal = WebUtility.HtmlEncode(SignInModel.Refusal).Replace("&#39;", "&#x27;", StringComparison.Ordinal);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_sign_in_an_editor_and_open_the_editors_area()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");

        var home = await editor.GetAsync("/editor");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Recent changes", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_in_plain_words()
    {
        await factory.CreateUserAsync("amina@example.org");

        var response = await SignInAsync(factory.CreateBrowserlikeClient(), "amina@example.org", "wrong password entirely");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Refusal, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_make_the_account_wait_after_five_wrong_passwords_without_a_lock_that_attempts_renew()
    {
        await factory.CreateUserAsync("amina@example.org");
        var attacker = factory.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(attacker, "amina@example.org", $"wrong password {i}");
        }
        var waitUntil = await LockoutEndAsync("amina@example.org");
        Assert.NotNull(waitUntil);
        Assert.InRange(waitUntil.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(31));

        // During the wait even the right password is refused unchecked, and more attempts do not lengthen it.
        var editor = factory.CreateBrowserlikeClient();
        var during = await SignInAsync(editor, "amina@example.org", Editors.Password);
        Assert.Contains(Refusal, await during.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await SignInAsync(attacker, "amina@example.org", "wrong password again");
        Assert.Equal(waitUntil, await LockoutEndAsync("amina@example.org"));

        // After it, the right password signs in.
        await factory.ChangeAsync(async db => (await db.Users.SingleAsync(u => u.Email == "amina@example.org")).LockoutEnd = DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(editor, "amina@example.org", Editors.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_let_the_owner_in_from_a_browser_they_signed_in_from_before_while_others_made_the_account_wait()
    {
        await factory.CreateUserAsync("amina@example.org");
        var editor = factory.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(editor, "amina@example.org", Editors.Password)).StatusCode);
        await editor.PostFormAsync("/account/sign-out", []);
        var attacker = factory.CreateBrowserlikeClient();
        for (var i = 0; i < 6; i++)
        {
            await SignInAsync(attacker, "amina@example.org", $"wrong password {i}");
        }
        Assert.NotNull(await LockoutEndAsync("amina@example.org"));

        // A new browser is refused during the wait, even with the right password; the owner's own browser is not.
        var stranger = await SignInAsync(factory.CreateBrowserlikeClient(), "amina@example.org", Editors.Password);
        Assert.Contains(Refusal, await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var wrong = await SignInAsync(editor, "amina@example.org", "wrong password from the known browser");
        Assert.Contains(Refusal, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(editor, "amina@example.org", Editors.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_answer_unknown_real_waiting_and_disabled_accounts_alike_after_one_password_hash_each()
    {
        var hasher = new CountingPasswordHasher();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<EditorUser>>(hasher)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            Assert.True((await users.CreateAsync(new EditorUser("real@example.org"), Editors.Password)).Succeeded);
            var waiting = new EditorUser("waiting@example.org") { LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(5) };
            Assert.True((await users.CreateAsync(waiting, Editors.Password)).Succeeded);
            var disabled = new EditorUser("disabled@example.org");
            disabled.Disable(DateTimeOffset.UtcNow);
            Assert.True((await users.CreateAsync(disabled, Editors.Password)).Succeeded);
        }
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var (email, password) in new[] { ("nobody@example.org", "some long guessed password"), ("real@example.org", "some long guessed password"), ("waiting@example.org", Editors.Password), ("disabled@example.org", Editors.Password) })
        {
            hasher.Verified = 0;
            var response = await SignInAsync(client, email, password);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Refusal, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(hasher.Verified == 1, $"{email}: {hasher.Verified} password hashes checked, not 1");
        }
    }

    [Fact]
    public async Task Should_ask_for_the_authenticator_code_once_two_factor_sign_in_is_on()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        var key = await editor.EnableTwoFactorAsync();
        Assert.Contains("Turn two-factor sign-in off", await editor.GetStringAsync("/account/authenticator"), StringComparison.Ordinal);

        var client = factory.CreateBrowserlikeClient();
        var password = await SignInAsync(client, "amina@example.org", Editors.Password);
        Assert.StartsWith("/account/sign-in/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor")).StatusCode);

        var next = Authenticator.Code(key, 1);
        var wrong = await client.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = next == "000000" ? "111111" : "000000" });
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var code = await client.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = next });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_accept_an_authenticator_code_once()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        var key = await editor.EnableTwoFactorAsync();
        var code = Authenticator.Code(key, 1);
        var first = factory.CreateBrowserlikeClient();
        await SignInAsync(first, "amina@example.org", Editors.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = code })).StatusCode);

        var second = factory.CreateBrowserlikeClient();
        await SignInAsync(second, "amina@example.org", Editors.Password);
        var replay = await second.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = code });

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("That code is not right, or was used already", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = Authenticator.Code(key, 2) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_sign_out()
    {
        var editor = await factory.SignedInClientAsync();

        var response = await editor.PostFormAsync("/account/sign-out", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_end_a_copied_session_cookie_on_sign_out()
    {
        var (editor, copy) = await factory.SignedInWithCopiedCookieAsync("amina@example.org");

        await editor.PostFormAsync("/account/sign-out", []);

        var stolen = await copy.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.Redirect, stolen.StatusCode);
        Assert.StartsWith("/account/sign-in", stolen.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_end_other_sessions_but_not_this_one_when_two_factor_sign_in_is_turned_on_or_off()
    {
        var (editor, copy) = await factory.SignedInWithCopiedCookieAsync("amina@example.org");

        var key = await editor.EnableTwoFactorAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);

        var second = factory.CreateBrowserlikeClient();
        await SignInAsync(second, "amina@example.org", Editors.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = Authenticator.Code(key, 1) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/account/authenticator", new() { ["confirmation"] = Editors.Password }, handler: "Disable")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_turn_two_factor_sign_in_off_only_with_the_password_or_a_current_code()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        var key = await editor.EnableTwoFactorAsync();

        foreach (var given in new[] { "", "not my password at all", "123456" == Authenticator.Code(key, 1) ? "654321" : "123456" })
        {
            var refused = await editor.PostFormAsync("/account/authenticator", new() { ["confirmation"] = given }, handler: "Disable");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("enter your password or the code your authenticator app shows now", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(await TwoFactorEnabledAsync("amina@example.org"));
        }

        var turnedOff = await editor.PostFormAsync("/account/authenticator", new() { ["confirmation"] = Authenticator.Code(key, 1) }, handler: "Disable");
        Assert.Equal(HttpStatusCode.Redirect, turnedOff.StatusCode);
        Assert.False(await TwoFactorEnabledAsync("amina@example.org"));
    }

    [Fact]
    public async Task Should_end_a_session_twelve_hours_after_sign_in_however_active()
    {
        var clock = new ShiftedClock();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = clock);
            s.PostConfigure<SecurityStampValidatorOptions>(o => o.TimeProvider = clock);
        }));
        await factory.CreateUserAsync("amina@example.org");
        var editor = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(editor, "amina@example.org", Editors.Password)).StatusCode);

        // A request every few hours keeps the 8-hour idle limit from ending it ...
        foreach (var hours in new[] { 4, 8, 11.5 })
        {
            clock.Shift = TimeSpan.FromHours(hours);
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);
        }

        // ... but not past twelve hours from signing in.
        clock.Shift = TimeSpan.FromHours(12.5);
        var late = await editor.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.StartsWith("/account/sign-in", late.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private async Task<DateTimeOffset?> LockoutEndAsync(string email)
    {
        DateTimeOffset? end = null;
        await factory.ChangeAsync(async db => end = (await db.Users.SingleAsync(u => u.Email == email)).LockoutEnd);
        return end;
    }

    private async Task<bool> TwoFactorEnabledAsync(string email)
    {
        var enabled = false;
        await factory.ChangeAsync(async db => enabled = (await db.Users.SingleAsync(u => u.Email == email)).TwoFactorEnabled);
        return enabled;
    }

    private sealed class CountingPasswordHasher : IPasswordHasher<EditorUser>
    {
        private readonly PasswordHasher<EditorUser> _hasher = new();

        public int Verified { get; set; }

        public string HashPassword(EditorUser user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(EditorUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }
}
