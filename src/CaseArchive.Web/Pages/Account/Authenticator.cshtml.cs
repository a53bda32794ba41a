using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Account;

/// <summary>
/// Turns two-factor sign-in with an authenticator app on or off for the signed-in account. Either change ends the
/// account's other sessions; turning it off needs the password or a current code, and is refused while an
/// administrator requires two-factor sign-in.
/// </summary>
[Authorize]
public class AuthenticatorModel(UserManager<EditorUser> users, SignInManager<EditorUser> signIn, ArchiveDbContext db) : PageModel
{
    public bool Enabled { get; private set; }

    /// <summary>An administrator requires two-factor sign-in of every account.</summary>
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = string.Empty;
    public string AuthenticatorUri { get; private set; } = string.Empty;

    /// <summary>The address as a QR code for the app to scan (a PNG data address: the page's policy allows images from data:).</summary>
    public string QrCode { get; private set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter the six-digit code your authenticator app shows.")]
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await DescribeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            await DescribeAsync(user);
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Check that the app's clock is correct and try the code shown now.");
            await DescribeAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string? confirmation)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        ModelState.Clear();
        var given = confirmation?.Trim() ?? string.Empty;
        if (await db.AccountSettings.AnyAsync(s => s.RequireTwoFactor))
        {
            ModelState.AddModelError("confirmation", "An administrator requires two-factor sign-in for every account, so it cannot be turned off.");
        }
        // A password is at least 12 characters, a code six digits: which one was given is plain.
        else if (!(given.Length == 6 && given.All(char.IsAsciiDigit)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, given)
            : given.Length > 0 && await users.CheckPasswordAsync(user, given)))
        {
            ModelState.AddModelError("confirmation", "To turn two-factor sign-in off, enter your password or the code your authenticator app shows now.");
        }
        if (!ModelState.IsValid)
        {
            await DescribeAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task DescribeAsync(EditorUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = await db.AccountSettings.AnyAsync(s => s.RequireTwoFactor);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp: this session is renewed, others end.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }
        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var email = await users.GetEmailAsync(user) ?? user.UserName ?? "editor";
        AuthenticatorUri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/CaseArchive:{Uri.EscapeDataString(email)}?secret={key}&issuer=CaseArchive&digits=6");
        using var data = QRCoder.QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCoder.QRCodeGenerator.ECCLevel.M);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(5));
    }
}
