using System.Security.Cryptography;

namespace CaseArchive.Domain.Model;

/// <summary>
/// Public addresses that say nothing: a ruling's /rulings/{key}, a pseudonymised person's slug. Random,
/// so no address follows from another, none shows how many records lie between two, and a new one
/// cannot be tied to the one it replaced.
/// </summary>
public static class OpaqueKeys
{
    /// <summary>Lower-case base32 (RFC 4648): letters and the digits 2-7, readable and safe in a path.</summary>
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public const int Length = 12;

    /// <summary>12 characters of 5 random bits each (60 bits) from the system's cryptographic generator.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Whether text has the form of a key (checked before any lookup).</summary>
    public static bool IsWellFormed(string? text) => text is { Length: Length } && text.All(c => Alphabet.Contains(c));
}
