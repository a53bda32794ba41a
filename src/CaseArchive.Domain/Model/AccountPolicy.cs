using Microsoft.AspNetCore.Identity;

namespace CaseArchive.Domain.Model;

/// <summary>The rules for editors' accounts, the same for the web sign-in and the command line.</summary>
public static class AccountPolicy
{
    public const int MinimumPasswordLength = 12;
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        // Length over character classes: a long passphrase beats "Passw0rd!".
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = FailuresBeforeLockout;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
