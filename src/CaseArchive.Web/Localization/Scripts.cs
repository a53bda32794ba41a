using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace CaseArchive.Web.Localization;

/// <summary>
/// The language a text from the archive is written in, as far as its letters tell: Cyrillic with a letter
/// only Kazakh has is Kazakh, other Cyrillic Russian, Latin English. Pages mark such text with its
/// <c>lang</c> where it differs from the page's, so screen readers pronounce it right; and names are shown
/// in the reader's script first where the archive has that spelling.
/// </summary>
public static class Scripts
{
    // As the pages' own encoder (ArchiveSetup): names in Cyrillic written as themselves, not as escapes.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string KazakhLetters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    public static string? LanguageOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var (cyrillic, latin) = (false, false);
        foreach (var c in text)
        {
            if (KazakhLetters.Contains(c, StringComparison.Ordinal))
            {
                return "kk";
            }
            cyrillic |= c is >= '\u0400' and <= '\u04FF';
            latin |= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
        }
        return cyrillic ? "ru" : latin ? "en" : null;
    }

    /// <summary>
    /// The <c>lang</c> attribute a text needs on the current page, or null (Razor then writes no attribute):
    /// Cyrillic on an English page, Kazakh on a Russian one, Latin on a Russian or Kazakh one. Cyrillic without
    /// Kazakh letters on a Kazakh page is left alone (many Kazakh words need none).
    /// </summary>
    public static string? Lang(string? text)
    {
        var language = LanguageOf(text);
        var page = Texts.Language;
        return language is null || language == page || (page == "kk" && language == "ru") ? null : language;
    }

    /// <summary>The text, HTML-encoded, inside a <c>span</c> with its <see cref="Lang"/> when it needs one; else the text alone.</summary>
    public static IHtmlContent Mark(string? text)
    {
        var encoded = Encoder.Encode(text ?? "");
        return new HtmlString(Lang(text) is string language ? $"<span lang=\"{language}\">{encoded}</span>" : encoded);
    }

    /// <summary>The name to show first: <paramref name="name"/>, or the first spelling in the reader's script when the name is not in it.</summary>
    public static string InReadersScript(string name, IEnumerable<string> spellings)
    {
        var page = Texts.Language;
        if (InScriptOf(page, LanguageOf(name)))
        {
            return name;
        }
        var candidates = spellings.Where(s => InScriptOf(page, LanguageOf(s))).ToList();
        // Kazakh readers see a Kazakh spelling before a Russian one.
        return candidates.FirstOrDefault(s => LanguageOf(s) == page) ?? candidates.FirstOrDefault() ?? name;
    }

    private static bool InScriptOf(string page, string? language) =>
        page == Cultures.Default ? language is "en" or null : language is "ru" or "kk";
}
