using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace CaseArchive.Web.Localization;

/// <summary>
/// The public interface's words in every language but English: one data file per culture
/// (<c>Localization/Texts.{culture}.json</c>, embedded), each mapping the English text, which is the key,
/// to its translation. English needs no file: the key is the text. A plural is one key holding its forms
/// separated by <c>|</c> (English: one|other; Russian: one|few|many; Kazakh: one form), chosen by
/// <see cref="PluralForm"/>. Like a .resx file's ResourceManager, the catalogue is read once per process.
/// </summary>
public static class Texts
{
    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, string>>> Catalogues = new(Load);
    private static readonly ConcurrentDictionary<(string Culture, string Key), bool> Misses = new();

    /// <summary>The page's language: the current UI culture's two-letter name, English when it is not one of ours.</summary>
    public static string Language => Cultures.LanguageOf(CultureInfo.CurrentUICulture);

    /// <summary>The cultures with a file, and their entries (the completeness test reads them).</summary>
    public static IReadOnlyDictionary<string, FrozenDictionary<string, string>> All => Catalogues.Value;

    /// <summary>
    /// The text of <paramref name="english"/> in the current UI culture; English, and recorded as a miss
    /// (<see cref="MissesSoFar"/>), when the culture's file lacks it.
    /// </summary>
    public static string Get(string english) => Find(english, record: true) ?? english;

    /// <summary>A word of the archive's data (a country, an ethnicity, a charge) in the reader's language when the files have it; else as stored.</summary>
    public static string Data(string stored) => Find(stored, record: false) ?? stored;

    /// <summary>The text of <paramref name="english"/> (a format: "Fine of {0}") with the arguments, formatted for the current culture.</summary>
    public static string Format(string english, params object?[] arguments) => FormatText(Get(english), arguments);

    /// <summary>A translated format with its arguments; each format is parsed once.</summary>
    public static string FormatText(string format, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Formats.GetOrAdd(format, CompositeFormat.Parse), arguments);

    private static readonly ConcurrentDictionary<string, CompositeFormat> Formats = new(StringComparer.Ordinal);

    /// <summary>The plural form of <paramref name="english"/> ("{0} ruling|{0} rulings") for <paramref name="count"/>, formatted with it.</summary>
    public static string Count(long count, string english)
    {
        var forms = Get(english).Split('|');
        var form = forms[Math.Min(PluralForm(Language, count), forms.Length - 1)];
        return FormatText(form, count);
    }

    /// <summary>CLDR's cardinal plural categories, in the order the files write the forms.</summary>
    public static int PluralForm(string language, long count)
    {
        var n = Math.Abs(count);
        return language switch
        {
            "ru" => n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? 1 : 2,
            // Kazakh nouns after a numeral stay singular: its files give one form.
            _ => n == 1 ? 0 : 1,
        };
    }

    /// <summary>Every (culture, English text) a page asked for that the culture's file lacks, since the process started.</summary>
    public static IReadOnlyCollection<(string Culture, string Key)> MissesSoFar => [.. Misses.Keys];

    private static string? Find(string english, bool record)
    {
        var language = Language;
        if (language == Cultures.Default)
        {
            return english;
        }
        if (Catalogues.Value.TryGetValue(language, out var catalogue) && catalogue.TryGetValue(english, out var text))
        {
            return text;
        }
        if (record)
        {
            Misses.TryAdd((language, english), true);
        }
        return null;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(Texts).Assembly;
        var catalogues = new Dictionary<string, FrozenDictionary<string, string>>();
        foreach (var culture in Cultures.Supported.Where(c => c != Cultures.Default))
        {
            catalogues[culture] = Read(assembly, culture);
        }
        return catalogues.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, string> Read(Assembly assembly, string culture)
    {
        var name = $"CaseArchive.Web.Localization.Texts.{culture}.json";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The translations {name} are not embedded in the web app.");
        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The translations {name} are empty.");
        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
