using Microsoft.AspNetCore.Identity;

namespace CaseArchive.Domain.Model;

/// <summary>An account of the editors' area. Its user name is its e-mail address.</summary>
public class EditorUser : IdentityUser
{
    public EditorUser() { }

    public EditorUser(string email)
        : base(email)
    {
        Email = email;
    }

    /// <summary>When an administrator disabled the account (it cannot sign in), or null.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>The 30-second step of the last authenticator code accepted: that code and older ones are refused.</summary>
    public long? LastAuthenticatorStep { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    public void Disable(DateTimeOffset now) => DisabledAt ??= now;

    public void Enable() => DisabledAt = null;

    /// <summary>Uses the code of this time step, once: false for it or any earlier step already used.</summary>
    public bool TryUseAuthenticatorStep(long step)
    {
        if (LastAuthenticatorStep is { } last && step <= last)
        {
            return false;
        }
        LastAuthenticatorStep = step;
        return true;
    }
}

/// <summary>The roles an account may hold.</summary>
public static class EditorRoles
{
    /// <summary>Enters and corrects records.</summary>
    public const string Editor = "editor";

    /// <summary>An editor who also manages accounts.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];
}
