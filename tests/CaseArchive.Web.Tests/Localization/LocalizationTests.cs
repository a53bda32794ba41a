using System.Collections.Frozen;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CaseArchive.Web.Localization;
using CaseArchive.Web.Tests.Browser;
using CaseArchive.Web.Tests.Infrastructure;

namespace CaseArchive.Web.Tests.Localization;

/// <summary>Every public page in English, Russian and Kazakh, with no string left untranslated.</summary>
[Collection(WebCollection.Name)]
public sealed partial class LocalizationTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The public pages reached from the home page and the lists, plus the empty, no-match and status answers.</summary>
    internal static async Task<IReadOnlyList<string>> PublicPagesAsync(HttpClient client)
    {
        var pages = new List<string> { "/", "/rulings", "/persons", "/statistics", "/api", "/about",
            "/rulings?q=Aqan", "/rulings?outcome=deported", "/rulings?year_from=2030", "/rulings?q=nobodyatall",
            "/persons?q=nobodyatall", "/statistics?outcome=not_deported", "/statistics?outcome=deported", "/nowhere" };
        foreach (var list in new[] { "/", "/persons", "/rulings" })
        {
            var html = await client.GetStringAsync(list);
            pages.AddRange(PageLink().Matches(html).Select(m => m.Groups[1].Value));
        }
        return [.. pages.Distinct()];
    }

    [GeneratedRegex("href=\"(/(?:rulings|persons|courts)/[a-z0-9-]+)\"")]
    private static partial Regex PageLink();

    [Fact]
    public async Task Should_render_every_public_page_in_each_language_without_a_missing_translation()
    {
        var client = factory.CreateClient();
        var pages = await PublicPagesAsync(client);
        Assert.Contains(pages, p => p.StartsWith("/rulings/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("/courts/", StringComparison.Ordinal));

        foreach (var language in new[] { "ru", "kk" })
        {
            foreach (var page in pages)
            {
                var response = await client.GetAsync($"/{language}{page}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"/{language}{page}: {response.StatusCode}");
                Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
            }
        }

        var misses = Texts.MissesSoFar;
        Assert.True(misses.Count == 0, "Missing translations: " + string.Join("; ", misses.Select(m => $"{m.Culture}: {m.Key}")));
    }

    /// <summary>
    /// Pages whose English words no catalogue lookup sees (text written straight into a view, a message
    /// built in code): a search that finds a person by another spelling, a person's page, a bad filter.
    /// </summary>
    private static readonly string[] PagesWithMessages =
    [
        "/rulings?q=" + Uri.EscapeDataString("Сауытбай"), "/persons/sairagul-sauytbay", "/persons/qaisha-aqan",
        "/rulings?sort=oldest&year_from=20x&outcome=bogus&court=X%20Y&p=0", "/rulings?year_from=2020&year_to=2019",
        "/rulings?p=2", "/statistics?year_from=abc",
    ];

    // Words of English sentences that no name, court or code in the sample is made of.
    private static readonly FrozenSet<string> EnglishWords = new[]
    {
        "the", "this", "a", "an", "as", "of", "to", "from", "with", "and", "or", "is", "are", "on", "for", "by",
        "not", "any", "its", "it", "be", "must", "one", "use", "copy", "cite", "download", "permanent", "address",
        "embed", "paste", "preview", "persons", "person", "ruling", "rulings", "matched", "accessed", "timeline",
        "year", "such", "known", "after", "page", "number", "ignored", "given", "times", "values", "swap", "them",
    }.ToFrozenSet(StringComparer.Ordinal);

    [Fact]
    public async Task Should_leave_no_english_words_on_a_russian_or_kazakh_page()
    {
        var client = factory.CreateClient();
        var pages = (await PublicPagesAsync(client)).Concat(PagesWithMessages).Distinct().ToList();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var found = new List<string>();
        foreach (var language in new[] { "ru", "kk" })
        {
            foreach (var page in pages)
            {
                using var response = await client.GetAsync($"/{language}{page}");
                using var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                found.AddRange(EnglishLeftIn(document, language).Select(text => $"/{language}{page}: {text}"));
            }
        }
        Assert.True(found.Count == 0, "English left on the page:\n" + string.Join("\n", found.Distinct()));
    }

    /// <summary>
    /// The page's own words (text and the attributes a reader hears) that hold English: data marked with
    /// another <c>lang</c> is the archive's content and stays as written, except in a message (an alert or
    /// a status), which is always the page's; code (<c>pre</c>, <c>code</c>) is a format, not words.
    /// </summary>
    private static IEnumerable<string> EnglishLeftIn(AngleSharp.Dom.IDocument document, string language)
    {
        static bool IsMessage(AngleSharp.Dom.IElement e) => e.Closest("[role=alert], [role=status]") is not null;
        foreach (var element in document.QuerySelectorAll("script, style, pre, code, [lang]").ToList())
        {
            if (element.LocalName is "script" or "style" or "pre" or "code"
                || (element.LocalName != "html" && element.GetAttribute("lang") != language && !IsMessage(element)))
            {
                element.Remove();
            }
        }
        var texts = document.Body!.Descendants<AngleSharp.Dom.IText>().Select(t => t.Data)
            .Concat(document.QuerySelectorAll("[aria-label], [title], [placeholder], [alt]")
                .SelectMany(e => new[] { "aria-label", "title", "placeholder", "alt" }.Select(e.GetAttribute)))
            .Concat([document.Title ?? ""]);
        foreach (var text in texts.OfType<string>())
        {
            // An address is not words: a ruling's random key ("…4a4…") would otherwise read as English.
            if (LatinWord().Matches(Address().Replace(text, " ")).Any(w => EnglishWords.Contains(w.Value.ToLowerInvariant())))
            {
                yield return text.Trim();
            }
        }
    }

    [GeneratedRegex("(?<![\\p{L}/.@_-])[A-Za-z]+(?![\\p{L}/.@_-])")]
    private static partial Regex LatinWord();

    [GeneratedRegex("https?://\\S+")]
    private static partial Regex Address();

    [Fact]
    public void Should_translate_every_english_text_the_pages_name_in_both_languages()
    {
        var root = BrowserFixture.RepositoryRoot ?? throw new InvalidOperationException("The repository is not above the tests.");
        var web = Path.Combine(root, "src", "CaseArchive.Web");
        var keys = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}Editor{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Account{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .ToHashSet();
        Assert.NotEmpty(keys);

        foreach (var language in new[] { "ru", "kk" })
        {
            var catalogue = Texts.All[language];
            var missing = keys.Where(k => !catalogue.ContainsKey(k)).Order().ToList();
            Assert.True(missing.Count == 0, $"{language} lacks: " + string.Join(" | ", missing));
            Assert.DoesNotContain(catalogue, entry => string.IsNullOrWhiteSpace(entry.Value));
        }
        Assert.Equal(Texts.All["ru"].Keys.Order(), Texts.All["kk"].Keys.Order());
    }

    [GeneratedRegex("(?:\\bL\\[|Texts\\.(?:Get|Format)\\(|new FilterMessage\\(|L\\.Count\\([^,]+,\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex LiteralKey();

    [Fact]
    public void Should_write_plurals_dates_and_kazakh_letters_as_each_language_does()
    {
        Assert.Equal([0, 1, 2, 0, 2, 2], new long[] { 1, 3, 5, 21, 11, 14 }.Select(n => Texts.PluralForm("ru", n)));
        var date = PartialDate.Create(2019, 12, 23);
        using (new CultureScope("ru"))
        {
            Assert.Equal("23 декабря 2019", Web.Infrastructure.Display.Date(date));
            Assert.Equal(["решение", "решения", "решений"], new long[] { 1, 3, 5 }.Select(n => Texts.Count(n, "ruling|rulings")));
        }
        using (new CultureScope("kk"))
        {
            Assert.Equal("2019 ж. 23 желтоқсан", Web.Infrastructure.Display.Date(date));
            Assert.Equal("kk", Scripts.LanguageOf(Texts.Get("Outcome")));
        }
    }
}

/// <summary>A culture for the current thread, as a request to /ru or /kk has, undone on dispose.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly (System.Globalization.CultureInfo Culture, System.Globalization.CultureInfo UiCulture) _before =
        (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);

    public CultureScope(string language) =>
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(language);

    public void Dispose() => (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = _before;
}
