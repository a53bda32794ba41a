using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseArchive.Web.Pages.Account;

/// <summary>The second step of signing in, for accounts with an authenticator app.</summary>
public class TwoFactorModel(SignInManager<EditorUser> signIn, UserManager<EditorUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the six-digit code your authenticator app shows.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is six digits.")]
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim(), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            KnownBrowser.Remember(HttpContext, user);
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/editor");
        }
        if (!result.IsLockedOut && !result.IsNotAllowed)
        {
            await SignInBackoff.AfterFailureAsync(users, user, clock);
        }
        ModelState.AddModelError(nameof(Code), result.IsLockedOut || result.IsNotAllowed
            ? "Too many wrong codes: wait a minute, then try the code shown then."
            : "That code is not right, or was used already. Codes change every 30 seconds: try the next one.");
        return Page();
    }
}
