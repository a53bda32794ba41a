namespace CaseArchive.Core;

/// <summary>
/// The one rule for an address the archive stores or shows as a link: absolute <c>http</c> or <c>https</c>
/// with a host, and no whitespace or control character inside. Anything else (<c>javascript:</c>,
/// <c>data:</c>, <c>file:</c>, a relative or protocol-relative path) would run script, read local files or
/// lead nowhere for a reader. Used by the article reader, the importer, the editors' forms and the pages.
/// </summary>
public static class PublicAddress
{
    /// <summary>Said beside a form field that holds another kind of address.</summary>
    public const string Refusal = "Only a web address starting with http:// or https:// can be saved here.";

    /// <summary>Whether <paramref name="address"/>, with surrounding spaces trimmed, is a safe public address.</summary>
    public static bool IsSafe(string? address) => SafeOrNull(address) is not null;

    /// <summary>The address trimmed of surrounding spaces when it is safe, else null.</summary>
    public static string? SafeOrNull(string? address)
    {
        var trimmed = address?.Trim();
        if (string.IsNullOrEmpty(trimmed)
            || !(trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.Host.Length == 0)
        {
            return null;
        }
        return trimmed;
    }
}
