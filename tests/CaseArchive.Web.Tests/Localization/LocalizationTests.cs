using System.Net;
using System.Text.RegularExpressions;
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

    [GeneratedRegex("(?:\\bL\\[|Texts\\.(?:Get|Format)\\(|L\\.Count\\([^,]+,\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"")]
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
