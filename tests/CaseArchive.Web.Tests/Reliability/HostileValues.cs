using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace CaseArchive.Web.Tests.Reliability;

/// <summary>The hostile values the reliability tests send: attacks, control characters, huge strings, bad dates, enums and numbers.</summary>
public static class HostileValues
{
    /// <summary>A value that would run as markup if a page wrote it out unescaped.</summary>
    public const string Marker = "<x-hostile onmouseover=alert(1)>";

    public static readonly string[] Fragments =
    [
        "' OR 1=1 --", "'; DROP TABLE rulings; --", "\" onerror=\"alert(1)", Marker, "<script>alert(1)</script>",
        "\0", "\u0001\u0002\u001f", "\r\nSet-Cookie: x=1", "%00", "%", "../../etc/passwd", "{{7*7}}", "${jndi:ldap://x}",
        "not_deported", "NOT_DEPORTED", "0x7fffffff", "-1", "-5", "0", "9999999999999999999999", "2147483648", "-2147483649",
        "1e308", "NaN", "2019-02-30", "2019-13-01", "0000-00-00", "abc", "", " ", "Сауытбай", "🙂", "a:b", "!!(", "&|<->",
        "'\"", "\\", "/", "?", "#", "null", "undefined", "[]", "{}",
        "true", "false", "on", "1.5", "1,5", "-0", "13", "32", "29", "2019", "99999", "-2019", "public", "withheld", "Withheld",
        "\uFEFF", "\u202Eevil", "a\u0000b", "<!--", "]]>", "javascript:alert(1)",
    ];

    /// <summary>Hostile fragments, alone, combined, repeated into huge strings, or arbitrary text and numbers.</summary>
    public static Gen<string> Any() => Gen.OneOf(
        Gen.Elements(Fragments),
        Gen.Elements(Fragments).Two().Select(pair => pair.Item1 + pair.Item2),
        Gen.Elements(Fragments).Select(f => string.Concat(Enumerable.Repeat(f.Length == 0 ? "x" : f, 10_000 / Math.Max(1, f.Length)))),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        ArbMap.Default.GeneratorFor<long>().Select(n => n.ToString(CultureInfo.InvariantCulture)));

    /// <summary>True when an HTML answer carries hostile markup as markup, not as escaped text.</summary>
    public static bool HasUnescapedMarkup(string html) =>
        html.Contains("<x-hostile", StringComparison.OrdinalIgnoreCase) || html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase);
}
