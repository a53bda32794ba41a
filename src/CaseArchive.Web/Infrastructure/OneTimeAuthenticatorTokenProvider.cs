using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// Authenticator app codes (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, six digits), checked as Identity's own
/// provider checks them (the step now and two either side, for clocks that drift) but each accepted once:
/// the step of the code used is kept on the account, and a code of that step or an earlier one is refused,
/// so a code seen over a shoulder or in a proxy log cannot sign in again.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<EditorUser>
{
    public const string Name = "OneTimeAuthenticator";
    private const int StepSeconds = 30;
    private const int StepsEitherSide = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<EditorUser> manager, EditorUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<EditorUser> manager, EditorUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<EditorUser> manager, EditorUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || FromBase32(key) is not { } secret)
        {
            return false;
        }
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = now - StepsEitherSide; step <= now + StepsEitherSide; step++)
        {
            if (Code(secret, step) == code)
            {
                // A second request with the same code loses the update (the account's concurrency stamp changed).
                return user.TryUseAuthenticatorStep(step) && (await manager.UpdateAsync(user)).Succeeded;
            }
        }
        return false;
    }

    private static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    private static byte[]? FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
