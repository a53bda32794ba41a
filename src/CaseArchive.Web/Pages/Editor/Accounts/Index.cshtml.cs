using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Accounts;

/// <summary>
/// Editors' accounts, for administrators (the "Admin" policy is set on this folder): list, create, unlock, disable
/// (ending every session of the account) and enable again, and whether every account must use two-factor sign-in.
/// </summary>
public class IndexModel(UserManager<EditorUser> users, RoleManager<IdentityRole> roles, ArchiveDbContext db, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    public bool RequireTwoFactor { get; private set; }

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public sealed record Row(string Id, string Email, string Roles, bool LockedOut, bool TwoFactor, bool Disabled, bool Self);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!EditorRoles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Choose editor or admin.");
        }
        if (ModelState.IsValid && await users.FindByEmailAsync(Input.Email.Trim()) is not null)
        {
            ModelState.AddModelError("Input.Email", "There is an account for this address already.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var user = new EditorUser(Input.Email.Trim());
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }
            await LoadAsync();
            return Page();
        }
        if (!await roles.RoleExistsAsync(Input.Role))
        {
            await roles.CreateAsync(new IdentityRole(Input.Role));
        }
        await users.AddToRoleAsync(user, Input.Role);
        logger.LogInformation("{Admin} created the account {Email} ({Role})", User.Identity?.Name, user.Email, Input.Role);
        TempData["Saved"] = $"The account {user.Email} is created. Give them the password by a safe channel.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("{Admin} unlocked the account {Email}", User.Identity?.Name, user.Email);
        TempData["Saved"] = $"The account {user.Email} is unlocked.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        if (user.Id == users.GetUserId(User))
        {
            TempData["Saved"] = "You cannot disable your own account: ask another administrator.";
            return RedirectToPage();
        }
        user.Disable(clock.GetUtcNow());
        // A new security stamp ends every session of the account at its next request.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("{Admin} disabled the account {Email}", User.Identity?.Name, user.Email);
        TempData["Saved"] = $"The account {user.Email} is disabled and signed out everywhere.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        user.Enable();
        await users.UpdateAsync(user);
        logger.LogInformation("{Admin} enabled the account {Email}", User.Identity?.Name, user.Email);
        TempData["Saved"] = $"The account {user.Email} can sign in again.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(bool require)
    {
        // The migration makes the one row; a database emptied by hand gets it back here.
        var settings = await db.AccountSettings.FindAsync(AccountSettings.SingleId) ?? db.AccountSettings.Add(new AccountSettings()).Entity;
        settings.RequireTwoFactor = require;
        await db.SaveChangesAsync();
        logger.LogInformation("{Admin} {Choice} two-factor sign-in for every account", User.Identity?.Name, require ? "required" : "stopped requiring");
        TempData["Saved"] = require
            ? "Two-factor sign-in is required: an editor without it sets it up before opening the editors' area."
            : "Two-factor sign-in is no longer required.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var rows = new List<Row>();
        var self = users.GetUserId(User);
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            rows.Add(new Row(user.Id, user.Email ?? user.UserName ?? user.Id, string.Join(", ", await users.GetRolesAsync(user)),
                await users.IsLockedOutAsync(user), user.TwoFactorEnabled, user.IsDisabled, user.Id == self));
        }
        Accounts = rows;
        RequireTwoFactor = await db.AccountSettings.AnyAsync(s => s.RequireTwoFactor);
    }

    public class NewAccount
    {
        [Required(ErrorMessage = "Enter the editor's e-mail address.")]
        [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a first password for them.")]
        [StringLength(200, MinimumLength = AccountPolicy.MinimumPasswordLength, ErrorMessage = "A password is at least 12 characters: a few words make a good one.")]
        [DataType(DataType.Password)]
        [Display(Name = "First password")]
        public string Password { get; set; } = string.Empty;

        public string Role { get; set; } = EditorRoles.Editor;
    }
}
