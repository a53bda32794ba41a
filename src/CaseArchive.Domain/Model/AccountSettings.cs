namespace CaseArchive.Domain.Model;

/// <summary>The settings administrators choose for every account: one row (id 1), made by the migration.</summary>
public class AccountSettings
{
    public const int SingleId = 1;

    public int Id { get; private set; } = SingleId;

    /// <summary>Every editor and admin must sign in with an authenticator code; one without is sent to set it up first.</summary>
    public bool RequireTwoFactor { get; set; }
}
