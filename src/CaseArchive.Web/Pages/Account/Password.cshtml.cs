using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseArchive.Web.Pages.Account;

/// <summary>An editor changes their own password, giving the current one; every other session of the account ends.</summary>
[Authorize]
public class PasswordModel(UserManager<EditorUser> users, SignInManager<EditorUser> signIn, ILogger<PasswordModel> logger) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var changed = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "This is not your current password." : error.Description);
            }
            return Page();
        }
        // The new security stamp ends the other sessions; this one goes on.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Editor {Email} changed their password", user.Email);
        TempData["Saved"] = "Your password is changed. Other sessions of your account are signed out.";
        return RedirectToPage();
    }

    public class PasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(200, MinimumLength = AccountPolicy.MinimumPasswordLength, ErrorMessage = "A password is at least 12 characters: a few words make a good one.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = string.Empty;
    }
}
