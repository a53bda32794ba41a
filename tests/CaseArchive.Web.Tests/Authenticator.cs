using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseArchive.Web.Tests;

/// <summary>An authenticator app for the tests, and sessions copied as a thief would copy a cookie.</summary>
public static partial class Authenticator
{
    /// <summary>Turns two-factor sign-in on for the signed-in client with the code of the current step; returns the key.</summary>
    public static async Task<string> EnableTwoFactorAsync(this HttpClient editor)
    {
        var setup = await editor.GetStringAsync("/account/authenticator");
        var key = SharedKey().Match(setup).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.NotEmpty(key);
        var enabled = await editor.PostFormAsync("/account/authenticator", new() { ["Code"] = Code(key) }, handler: "Enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return key;
    }

    /// <summary>The six-digit code an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps), steps from now.</summary>
    public static string Code(string base32Key, int stepsFromNow = 0)
    {
        var key = Base32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepsFromNow;
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

    /// <summary>Signs in through the page and returns, beside the client, a second client holding only a copy of its session cookie.</summary>
    public static async Task<(HttpClient Editor, HttpClient Copy)> SignedInWithCopiedCookieAsync(this ArchiveFactory factory, string email, string? role = Domain.Model.EditorRoles.Editor)
    {
        await factory.CreateUserAsync(email, role);
        var editor = factory.CreateBrowserlikeClient();
        var signIn = await editor.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Editors.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';', 2)[0]).Single(c => c.StartsWith("casearchive.editor=", StringComparison.Ordinal));
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/editor")).StatusCode);
        return (editor, copy);
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
