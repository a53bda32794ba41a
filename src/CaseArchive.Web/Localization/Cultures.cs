using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace CaseArchive.Web.Localization;

/// <summary>
/// The languages of the public archive and how an address names one: English at <c>/</c>, the others under
/// their prefix (<c>/ru/rulings?...</c>, <c>/kk/...</c>), so a link keeps its language.
/// </summary>
public static class Cultures
{
    public const string Default = "en";

    /// <summary>The languages, in the switcher's order.</summary>
    public static readonly string[] Supported = ["en", "ru", "kk"];

    /// <summary>Each language's name in itself, for the switcher.</summary>
    public static string Endonym(string language) => language switch
    {
        "ru" => "Русский",
        "kk" => "Қазақша",
        _ => "English",
    };

    public static string LanguageOf(CultureInfo culture) =>
        Supported.Contains(culture.TwoLetterISOLanguageName) ? culture.TwoLetterISOLanguageName : Default;

    /// <summary>The address prefix of a language: empty for English, "/ru", "/kk".</summary>
    public static string Prefix(string language) => language == Default ? "" : "/" + language;

    /// <summary>
    /// The language the reader's browser prefers among ours (Accept-Language, by quality, then order); English
    /// when it names none of them.
    /// </summary>
    public static string FromAcceptLanguage(IList<StringWithQualityHeaderValue> accepted)
    {
        var best = accepted
            .Select((value, index) => (Language: value.Value.Value?.Split('-')[0].ToLowerInvariant(), Quality: value.Quality ?? 1, index))
            .Where(x => x.Quality > 0 && x.Language is not null && Supported.Contains(x.Language))
            .OrderByDescending(x => x.Quality).ThenBy(x => x.index)
            .Select(x => x.Language)
            .FirstOrDefault();
        return best ?? Default;
    }
}
