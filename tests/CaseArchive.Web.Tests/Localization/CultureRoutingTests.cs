using System.Net;
using CaseArchive.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Localization;

/// <summary>The language in the address, the switcher, the browser's first guess, and the cache keeping languages apart.</summary>
[Collection(WebCollection.Name)]
public sealed class CultureRoutingTests(CachingArchiveFactory factory) : IClassFixture<CachingArchiveFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Should_speak_the_language_of_the_address_and_keep_it_in_links()
    {
        var html = await Client().GetStringAsync("/ru/rulings?outcome=not_deported");

        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Решения</h1>", html, StringComparison.Ordinal);
        Assert.Contains("23 декабря 2019", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ru/persons\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ru/persons/qaisha-aqan\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/persons/", html, StringComparison.Ordinal);
        // The switcher: the same page and filters in each language.
        Assert.Contains("href=\"/rulings?outcome=not_deported\" hreflang=\"en\" lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kk/rulings?outcome=not_deported\" hreflang=\"kk\" lang=\"kk\"", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"ru\" aria-current=\"true\">Русский", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_name_in_the_readers_script_first_and_mark_its_language()
    {
        var english = await Client().GetStringAsync("/persons/qaisha-aqan");
        var kazakh = await Client().GetStringAsync("/kk/persons/qaisha-aqan");

        Assert.Contains("<h1>Qaisha Aqan</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"kk\">Қайша Ақан</span>", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Қайша Ақан</h1>", kazakh, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">Qaisha Aqan</span>", kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_send_a_first_visit_to_the_language_the_browser_prefers_but_not_a_reader_who_chose_english()
    {
        var client = Client();
        using var first = new HttpRequestMessage(HttpMethod.Get, "/rulings?outcome=not_deported");
        first.Headers.AcceptLanguage.ParseAdd("de-DE, kk;q=0.9, ru;q=0.8, en;q=0.5");
        var redirected = await client.SendAsync(first);

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/kk/rulings?outcome=not_deported", redirected.Headers.Location?.OriginalString);

        using var chosen = new HttpRequestMessage(HttpMethod.Get, "/rulings?outcome=not_deported");
        chosen.Headers.AcceptLanguage.ParseAdd("ru");
        chosen.Headers.Referrer = new Uri(client.BaseAddress!, "/ru/rulings?outcome=not_deported");
        var english = await client.SendAsync(chosen);

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("Accept-Language", english.Headers.Vary);
        Assert.Contains("<html lang=\"en\">", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unprefixedEnglish = await client.GetAsync("/en/persons");
        Assert.Equal(HttpStatusCode.MovedPermanently, unprefixedEnglish.StatusCode);
        Assert.Equal("/persons", unprefixedEnglish.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_never_answer_one_language_from_the_cache_for_another()
    {
        var client = Client();
        foreach (var round in new[] { 1, 2 })
        {
            foreach (var (address, lang, heading) in new[] { ("/rulings", "en", "<h1>Rulings</h1>"), ("/ru/rulings", "ru", "<h1>Решения</h1>"), ("/kk/rulings", "kk", "<h1>Шешімдер</h1>") })
            {
                var response = await client.GetAsync(address);
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(html.Contains($"<html lang=\"{lang}\">", StringComparison.Ordinal) && html.Contains(heading, StringComparison.Ordinal), $"round {round}, {address}");
            }
        }
    }

    [Fact]
    public async Task Should_keep_a_withheld_person_hidden_on_russian_and_kazakh_pages()
    {
        await factory.ChangeAsync(async db =>
        {
            (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).Withhold();
            // A public record's free text names her in both scripts: only the redaction keeps it off the pages.
            (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Summary = "Met Сайрагүл Сауытбай (Sairagul Sauytbay) in Zharkent.";
        });
        var client = Client();
        var pages = await LocalizationTests.PublicPagesAsync(client);

        foreach (var language in new[] { "ru", "kk" })
        {
            foreach (var page in pages)
            {
                var html = await (await client.GetAsync($"/{language}{page}")).Content.ReadAsStringAsync();
                foreach (var spelling in new[] { "Sauytbay", "Сауытбай", "Сайрагүл", "sairagul-sauytbay" })
                {
                    Assert.False(html.Contains(spelling, StringComparison.OrdinalIgnoreCase), $"/{language}{page} shows {spelling}");
                }
            }
        }
    }
}
