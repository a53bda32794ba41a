using Microsoft.AspNetCore.Identity;

namespace CaseArchive.Domain.Model;

/// <summary>The rules for editors' accounts, the same for the web sign-in and the command line.</summary>
public static class AccountPolicy
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Wrong passwords or codes in a row that cost nothing; each one after them starts a wait (<see cref="BackoffAfter"/>).</summary>
    public const int FreeFailures = 5;

    /// <summary>The longest wait between attempts, however many failed.</summary>
    public static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(15);

    /// <summary>A session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleSessionLifetime = TimeSpan.FromHours(8);

    /// <summary>A session ends this long after signing in, however active.</summary>
    public static readonly TimeSpan AbsoluteSessionLifetime = TimeSpan.FromHours(12);

    /// <summary>
    /// How long an account waits before its next sign-in attempt after this many failures in a row: nothing for
    /// the first five, then 30 seconds, doubling to at most 15 minutes. Not a lock: attempts during the wait are
    /// refused unchecked and do not lengthen it, a right password afterwards clears it, and the per-address limit
    /// bounds how fast anyone can fail.
    /// </summary>
    public static TimeSpan BackoffAfter(int failures)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }
        var doublings = Math.Min(failures - FreeFailures, 10);
        var wait = TimeSpan.FromSeconds(30 * (1 << doublings));
        return wait < LongestBackoff ? wait : LongestBackoff;
    }

    public static void Apply(IdentityOptions options)
    {
        // Length over character classes: a long passphrase beats "Passw0rd!"; common ones are refused (CommonPasswordValidator).
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        // Identity counts failures (AccessFailedCount) but never locks by itself: the wait is BackoffAfter's,
        // set in LockoutEnd by the sign-in pages, so that anyone's wrong guesses cannot keep an editor out for long.
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
        options.User.RequireUniqueEmail = true;
        // "Confirmed" means "not disabled" here (EnabledAccountConfirmation): a disabled account cannot sign in.
        options.SignIn.RequireConfirmedAccount = true;
    }
}

/// <summary>What Identity asks before any sign-in step: may this account sign in? Not when an administrator disabled it.</summary>
public sealed class EnabledAccountConfirmation : IUserConfirmation<EditorUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<EditorUser> manager, EditorUser user) => Task.FromResult(!user.IsDisabled);
}
