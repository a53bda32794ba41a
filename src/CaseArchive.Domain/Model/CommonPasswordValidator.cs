using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace CaseArchive.Domain.Model;

/// <summary>
/// Refuses a password found in lists of breached passwords (Data/common-passwords.txt), as it is or around a
/// common core ("password1234", "!!Qwerty2024"): guessers try those first, whatever their length.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<EditorUser>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "This password is in lists of breached or common passwords, which guessers try first: choose another (a few unrelated words make a good one)." })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var folded = password.Trim().ToLowerInvariant();
        // The core without the digits and symbols people add around a common word to pass a length rule.
        var core = folded.Trim("0123456789!@#$%^&*()-_=+.,;:?~ ".ToCharArray());
        return Common.Value.Contains(folded) || (core.Length > 0 && Common.Value.Contains(core));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CaseArchive.Domain.Data.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build (Data/common-passwords.txt).");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }
        return set;
    }
}
