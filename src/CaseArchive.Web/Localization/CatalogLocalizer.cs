using Microsoft.Extensions.Localization;

namespace CaseArchive.Web.Localization;

/// <summary>
/// ASP.NET Core's <see cref="IStringLocalizer"/> over <see cref="Texts"/>: one catalogue for every page and
/// view (the views' <c>IViewLocalizer</c> comes here too), keyed by the English text, so an engineer adding
/// an English string breaks nothing; until it is translated the page shows it in English and
/// the language test (LocalizationTests) names it.
/// </summary>
public sealed class CatalogLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => Localize(name, []);

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Texts.All.TryGetValue(Texts.Language, out var catalogue)
            ? catalogue.Select(entry => new LocalizedString(entry.Key, entry.Value, false))
            : [];

    private static LocalizedString Localize(string name, object[] arguments)
    {
        var text = Texts.Get(name);
        var found = Texts.Language == Cultures.Default || !ReferenceEquals(text, name);
        return new LocalizedString(name, arguments.Length == 0 ? text : Texts.FormatText(text, arguments), !found);
    }
}

/// <summary>Hands every page, view and class the one <see cref="CatalogLocalizer"/>.</summary>
public sealed class CatalogLocalizerFactory : IStringLocalizerFactory
{
    private static readonly CatalogLocalizer Localizer = new();

    public IStringLocalizer Create(Type resourceSource) => Localizer;

    public IStringLocalizer Create(string baseName, string location) => Localizer;
}

/// <summary>Plurals through any localizer: the key holds the forms ("{0} ruling|{0} rulings").</summary>
public static class PluralExtensions
{
    public static string Count(this IStringLocalizer localizer, long count, string forms) => Texts.Count(count, forms);
}
