using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseArchive.Web.Pages.Account;

/// <summary>
/// Signing in. Unknown addresses, wrong passwords, disabled accounts and accounts waiting after failures all get
/// the same answer after the same work (one password hash), so the page does not tell which addresses have accounts.
/// </summary>
public class SignInModel(SignInManager<EditorUser> signIn, UserManager<EditorUser> users, TimeProvider clock, ILogger<SignInModel> logger) : PageModel
{
    public const string Refusal = "That e-mail address and password do not match an editor's account, or it cannot sign in now. Check them and try again in a minute; an administrator can help.";

    // A hash of nothing anyone uses, checked for unknown addresses so they take as long as real ones.
    private static string? s_dummyHash;

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            HashForNothing(Input.Password);
            return Refuse();
        }
        if (await users.IsLockedOutAsync(user) && KnownBrowser.Knows(HttpContext, user) && await users.CheckPasswordAsync(user, Input.Password))
        {
            // The owner, from a browser they signed in from before: the wait others caused does not keep them out.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            logger.LogInformation("Editor {Email} signed in from a known browser while the account waited", user.Email);
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            KnownBrowser.Remember(HttpContext, user);
            logger.LogInformation("Editor {Email} signed in", user.Email);
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { returnUrl = SafeReturnUrl });
        }
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Refused before the password was checked (waiting after failures, or disabled): the same work as a check.
            HashForNothing(Input.Password);
            logger.LogWarning("Sign-in refused unchecked for {Email}: {Reason}", user.Email, result.IsLockedOut ? "waiting after failed attempts" : "disabled");
            return Refuse();
        }
        await SignInBackoff.AfterFailureAsync(users, user, clock);
        return Refuse();
    }

    private PageResult Refuse()
    {
        ModelState.AddModelError(string.Empty, Refusal);
        return Page();
    }

    private void HashForNothing(string password)
    {
        var dummy = new EditorUser();
        s_dummyHash ??= users.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(dummy, s_dummyHash, password);
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/editor";

    public class SignInInput
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}

/// <summary>The wait after failed sign-ins (AccountPolicy.BackoffAfter), kept in Identity's lockout end.</summary>
public static class SignInBackoff
{
    /// <summary>After a wrong password or code (Identity has counted it): the account waits as long as the policy says.</summary>
    public static async Task AfterFailureAsync(UserManager<EditorUser> users, EditorUser user, TimeProvider clock)
    {
        var wait = AccountPolicy.BackoffAfter(await users.GetAccessFailedCountAsync(user));
        if (wait > TimeSpan.Zero)
        {
            await users.SetLockoutEndDateAsync(user, clock.GetUtcNow() + wait);
        }
    }
}
