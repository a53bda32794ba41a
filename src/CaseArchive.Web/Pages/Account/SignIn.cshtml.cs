using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseArchive.Web.Pages.Account;

public class SignInModel(SignInManager<EditorUser> signIn, ILogger<SignInModel> logger) : PageModel
{
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
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Editor {Email} signed in", Input.Email);
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { returnUrl = SafeReturnUrl });
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Editor account {Email} is locked out after failed sign-ins", Input.Email);
            ModelState.AddModelError(string.Empty, $"Too many wrong passwords: this account is locked for {AccountPolicy.LockoutDuration.TotalMinutes:0} minutes. Try again later, or ask an administrator to reset the password.");
            return Page();
        }
        ModelState.AddModelError(string.Empty, "That e-mail address and password do not match an editor's account.");
        return Page();
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
