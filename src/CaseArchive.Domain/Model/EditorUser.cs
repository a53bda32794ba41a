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
