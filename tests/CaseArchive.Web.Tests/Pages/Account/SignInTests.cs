using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CaseArchive.Web.Tests.Pages.Account;

[Collection(WebCollection.Name)]
public sealed partial class SignInTests(ArchiveFactory factory) : IAsyncLifetime
{
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

        var response = await factory.CreateBrowserlikeClient().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = "wrong password entirely" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That e-mail address and password do not match an editor&#x27;s account.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_lock_the_account_after_five_wrong_passwords_even_for_the_right_one()
    {
        await factory.CreateUserAsync("amina@example.org");
        var client = factory.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = $"wrong password {i}" });
        }

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = Editors.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("this account is locked for 15 minutes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_ask_for_the_authenticator_code_once_two_factor_sign_in_is_on()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        var setup = await editor.GetStringAsync("/account/authenticator");
        var key = SharedKey().Match(setup).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var enabled = await editor.PostFormAsync("/account/authenticator", new() { ["Code"] = Totp(key) }, handler: "Enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains("Turn two-factor sign-in off", await editor.GetStringAsync("/account/authenticator"), StringComparison.Ordinal);

        var client = factory.CreateBrowserlikeClient();
        var password = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "amina@example.org", ["Input.Password"] = Editors.Password });
        Assert.StartsWith("/account/sign-in/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor")).StatusCode);

        var wrong = await client.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = "000000" == Totp(key) ? "111111" : "000000" });
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var code = await client.PostFormAsync("/account/sign-in/two-factor", new() { ["Code"] = Totp(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Should_sign_out()
    {
        var editor = await factory.SignedInClientAsync();

        var response = await editor.PostFormAsync("/account/sign-out", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/editor")).StatusCode);
    }

    /// <summary>The six-digit code an authenticator app shows now (RFC 6238: HMAC-SHA1, 30-second steps).</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.ToUpperInvariant().TrimEnd('=').Select(c => Convert.ToString(Alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }

    [GeneratedRegex("<code class=\"shared-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();
}
