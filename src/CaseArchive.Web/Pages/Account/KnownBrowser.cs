using System.Security.Cryptography;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.DataProtection;

namespace CaseArchive.Web.Pages.Account;

/// <summary>
/// A browser that has signed in to an account before (OWASP's "known device"). Anyone can make an
/// account wait by sending wrong passwords to it; while it waits, its owner signing in from a browser
/// they have signed in from before is still heard, so the wait cannot keep them out. The mark is a
/// cookie sealed with the app's Data Protection keys, naming the account, for 180 days.
/// </summary>
public static class KnownBrowser
{
    private const string Cookie = "casearchive-known-browser";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public static void Remember(HttpContext context, EditorUser user) =>
        context.Response.Cookies.Append(Cookie, Protector(context).Protect(user.Id, Lifetime), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/account",
            MaxAge = Lifetime,
            IsEssential = true,
        });

    public static bool Knows(HttpContext context, EditorUser user)
    {
        if (!context.Request.Cookies.TryGetValue(Cookie, out var sealedId) || string.IsNullOrEmpty(sealedId))
        {
            return false;
        }
        try
        {
            return Protector(context).Unprotect(sealedId) == user.Id;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static ITimeLimitedDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("CaseArchive.KnownBrowser").ToTimeLimitedDataProtector();
}
