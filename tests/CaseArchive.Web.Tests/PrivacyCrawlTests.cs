using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CaseArchive.Domain.Model;
using CaseArchive.Extraction;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests;

/// <summary>
/// The archive's promise tried as an attacker would: a person is named in a source's title and
/// address, in quotes (Russian and Kazakh case forms, another spelling, look-alike letters, invisible
/// characters), in free-text fields of other records, and cited for a public person. Withheld, then
/// pseudonymised, every public address reachable from the home page and every JSON, export and feed
/// address is read, and no form of the name may be in any of them.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PrivacyCrawlTests(ArchiveFactory factory) : IAsyncLifetime
{
    // A fictional person; the test's own words.
    private const string Title = "Court sentences Zhanar Bekova";
    private const string Address = "https://news.example.kz/2019/12/zhanar-bekova-sentenced";
    // An outlet whose addresses carry the story's words as a parameter.
    private const string ParameterAddress = "https://example.kg/news?story=zhanar-bekova-deported";
    private static readonly string[] Sentences =
    [
        "Суд над Жанар Бековой прошёл в Жаркенте.",
        "Адвокат Бековой обжаловал приговор.",
        "Жанар Бекованың ісі қаралды.",
        "Janar Bekova was questioned twice.",
        "Zhanar B\u0435kova told the court she fled in 2018.", // a Cyrillic е
        "Zha\u00ADnar Beko\u200Bva said the camp was guarded.", // a soft hyphen, a zero-width space
    ];

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db =>
        {
            var aqan = await db.Persons.Include(p => p.Claims).Include(p => p.Events).SingleAsync(p => p.Slug == "qaisha-aqan");
            var ruling = await db.Rulings.Include(r => r.Case).SingleAsync(r => r.PersonId == aqan.Id);
            var source = new Source(Title, string.Join(" ", Sentences)) { Outlet = "Example News", Url = Address, PublishedOn = new DateOnly(2019, 12, 24), Language = "ru" };
            db.Sources.Add(source);
            foreach (var sentence in Sentences)
            {
                db.Citations.Add(new Citation { Source = source, Quote = sentence, RulingId = ruling.Id });
            }
            // Free text of a public person's records.
            ruling.Summary += " Tried beside Zhanar Bekova.";
            ruling.ProsecutorSought = "the same sentence as for Бекова";
            ruling.Case.Title += " (with Zhanar Bekova)";
            aqan.Summary += " Her neighbour was Жанар Бекова.";
            var claim = new DetentionClaim(aqan, ClaimKind.Detained) { Facility = "the camp where Bekova was held", Place = "Bekova's village" };
            db.Add(claim);
            var step = new TimelineEvent(aqan, EventKind.Arrest, PartialDate.OfDay(2019, 5, 1)) { Place = "Bekova's house", Description = "Arrested with Zhanar Bekova" };
            db.Add(step);
            db.Citations.Add(new Citation { Source = source, Quote = Sentences[0], TimelineEvent = step });

            // The person, with a ruling of her own and another spelling.
            var bekova = new Person("Zhanar Bekova", "zhanar-bekova") { Ethnicity = "Kazakh", PlaceOfOrigin = "Ghulja" };
            bekova.AddName("Жанар Бекова");
            db.Persons.Add(bekova);
            var own = new Domain.Model.Ruling(ruling.Case, await db.Courts.FirstAsync(), bekova, Outcome.Deported) { Summary = "Zhanar Bekova was deported." };
            db.Rulings.Add(own);
            db.Citations.Add(new Citation { Source = source, Quote = Sentences[3], Ruling = own });
            var second = new Source("Deported to China", "The court in Zharkent heard the case.") { Outlet = "Example KG", Url = ParameterAddress, PublishedOn = new DateOnly(2019, 12, 25), Language = "en" };
            db.Sources.Add(second);
            db.Citations.Add(new Citation { Source = second, Quote = "The court in Zharkent heard the case.", RulingId = ruling.Id });
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_show_no_form_of_a_withheld_name_anywhere_public()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());

        var leaks = await CrawlForNameAsync();

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task Should_show_no_form_of_a_pseudonymised_name_anywhere_public()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Pseudonymise("Defendant Z"));

        var leaks = await CrawlForNameAsync();

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task Should_find_the_name_everywhere_while_the_person_is_public()
    {
        // The crawl's own check: with nobody hidden, it does find the name (so an empty result means something).
        var leaks = await CrawlForNameAsync();

        Assert.Contains(leaks, l => l.StartsWith("/rulings/", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.StartsWith("/persons/qaisha-aqan", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.StartsWith("/rulings/export.csv", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.StartsWith("/api/v1/rulings", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Бековой")]
    [InlineData("Бекованың")]
    [InlineData("Bekova")]
    [InlineData("Zhanar")]
    public async Task Should_find_nothing_when_searching_for_a_hidden_name_in_any_form(string q)
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());

        var html = await factory.CreateClient().GetStringAsync("/rulings?q=" + Uri.EscapeDataString(q));

        Assert.Contains("No rulings match", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_a_public_namesakes_full_name_while_hiding_the_hidden_one()
    {
        await factory.ChangeAsync(async db =>
        {
            (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold();
            db.Persons.Add(new Person("Aigul Bekova", "aigul-bekova"));
            (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Summary += " Her lawyer, Aigul Bekova, spoke.";
        });

        var html = await factory.CreateClient().GetStringAsync("/persons/qaisha-aqan");

        Assert.Contains("Her lawyer, Aigul Bekova, spoke.", html, StringComparison.Ordinal);
        Assert.Null(Reader(html.Replace("Aigul Bekova", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_keep_a_public_namesakes_timeline_embed_whole()
    {
        await factory.ChangeAsync(async db =>
        {
            (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold();
            db.Persons.Add(new Person("Aigul Bekova", "aigul-bekova"));
        });

        var html = await factory.CreateClient().GetStringAsync("/persons/aigul-bekova");

        // The snippet a journalist pastes, and the preview's link, keep Knight Lab's viewer and the timeline's address.
        var viewer = "https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=";
        Assert.Equal(2, html.Split(viewer).Length - 1);
        Assert.Equal(2, html.Split("persons%2Faigul-bekova%2Ftimeline.json").Length - 1);
    }

    [Fact]
    public async Task Should_answer_a_search_for_a_hidden_name_as_it_answers_one_for_a_name_nobody_has()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());
        var client = factory.CreateClient();

        async Task<string> SearchAsync(string q) =>
            (await client.GetStringAsync("/rulings?q=" + Uri.EscapeDataString(q)))
                .Replace(q, "NAME", StringComparison.Ordinal).Replace(Uri.EscapeDataString(q), "NAME", StringComparison.Ordinal)
                .Replace(q.Replace(' ', '+'), "NAME", StringComparison.Ordinal);

        Assert.Equal(await SearchAsync("Nobody Atall"), await SearchAsync("Zhanar Bekova"));
        Assert.Equal(await SearchAsync("Nobodova"), await SearchAsync("Бековой"));
    }

    [Theory]
    [InlineData("/ru/rulings?q=")]
    [InlineData("/kk/rulings?q=")]
    [InlineData("/ru/persons?q=")]
    [InlineData("/ru/statistics?q=")]
    [InlineData("/rulings?judge=")]
    [InlineData("/ru/rulings?judge=")]
    [InlineData("/statistics?judge=")]
    [InlineData("/rulings?origin=")]
    [InlineData("/rulings?ethnicity=")]
    [InlineData("/api/v1/rulings?limit=1&judge=Elmira+Asubaeva&judge=")]
    [InlineData("/rulings?q=court+or+")]
    [InlineData("/ru/rulings?q=court+or+")]
    [InlineData("/statistics?q=court+or+")]
    [InlineData("/feeds/rulings.atom?q=court+or+")]
    [InlineData("/rulings?outcome=")]
    [InlineData("/ru/rulings?year_from=")]
    [InlineData("/api/v1/rulings?outcome=")]
    public async Task Should_answer_any_search_for_a_hidden_name_in_any_language_as_one_for_a_name_nobody_has(string address)
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());
        var client = factory.CreateClient();

        // A bad value is given back in the message that says what is wrong with it: that answer is compared too.
        async Task<string> AnswerAsync(string name) =>
            (await (await client.GetAsync(address + Uri.EscapeDataString(name))).Content.ReadAsStringAsync())
                .Replace(name, "NAME", StringComparison.Ordinal).Replace(Uri.EscapeDataString(name), "NAME", StringComparison.Ordinal)
                .Replace(name.Replace(' ', '+'), "NAME", StringComparison.Ordinal);

        // Given back or not, the reader's words must not tell a hidden name from one nobody has.
        Assert.Equal(await AnswerAsync("Nobody Atall"), await AnswerAsync("Zhanar Bekova"));
    }

    [Theory]
    [InlineData("/rulings?q=court+or+")]
    [InlineData("/ru/rulings?q=court+or+")]
    [InlineData("/kk/rulings?q=questioned+or+")]
    public async Task Should_show_the_same_passages_for_a_search_naming_a_hidden_person_as_for_one_naming_nobody(string address)
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());
        var client = factory.CreateClient();

        async Task<string> PassagesAsync(string name) => string.Join("\n", SnippetRow().Matches(
            await client.GetStringAsync(address + Uri.EscapeDataString(name))).Select(m => m.Value));

        // The rulings the other word matches quote the hidden person: their passages are read, and shown alike.
        var nobody = await PassagesAsync("Nobody Atall");
        Assert.Contains("<mark>", nobody, StringComparison.Ordinal);
        Assert.Equal(nobody, await PassagesAsync("Zhanar Bekova"));
        Assert.Equal(nobody, await PassagesAsync("Бековой"));
        Assert.Null(Reader(nobody));
    }

    [GeneratedRegex("<tr class=\"snippet\">.*?</tr>")]
    private static partial Regex SnippetRow();

    [Theory]
    [InlineData("/persons/qaisha-aqan?q=")]
    [InlineData("/persons/qaisha-aqan/timeline.json?q=")]
    [InlineData("/?q=")]
    public async Task Should_hide_the_name_on_a_page_asked_for_with_the_name_as_its_search(string address)
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());

        var body = await factory.CreateClient().GetStringAsync(address + Uri.EscapeDataString("Zhanar Bekova"));

        // Only where the search itself is given back may the words stand.
        var withoutEcho = body.Replace("value=\"Zhanar Bekova\"", "", StringComparison.Ordinal).Replace("“Zhanar Bekova”", "", StringComparison.Ordinal)
            .Replace("q=Zhanar%20Bekova", "", StringComparison.Ordinal).Replace("q=Zhanar+Bekova", "", StringComparison.Ordinal);
        Assert.Null(Reader(withoutEcho));
    }

    [Theory]
    [InlineData("/persons/qaisha-aqan")]
    [InlineData("/ru/persons/qaisha-aqan")]
    [InlineData("/persons/qaisha-aqan/timeline.json")]
    [InlineData("/rulings")]
    [InlineData("/api/v1/rulings")]
    public async Task Should_hide_a_name_even_when_the_reader_sends_back_the_exact_words_around_it(string page)
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());
        var client = factory.CreateClient();
        string[] guesses = [.. Sentences, Title, Address, "zhanar-bekova-deported", ParameterAddress];

        foreach (var guess in guesses)
        {
            // One who knows a quote, a title or an address word for word and sends it in the address:
            // were the page to spare it as the reader's own words, the name shown whole would confirm the guess.
            var escaped = Uri.EscapeDataString(guess);
            var query = $"x={escaped}&story={escaped}";
            var body = await client.GetStringAsync($"{page}?{query}");
            // The address given back whole (the language links) is the reader's own; nothing else may name her.
            var rest = body.Replace(query.Replace("&", "&amp;", StringComparison.Ordinal), "", StringComparison.Ordinal);
            Assert.True(Reader(rest) is null, $"{page} with {guess}: {Reader(rest)}");
        }
    }

    [Theory]
    [InlineData("/persons/")]
    [InlineData("/ru/persons/")]
    [InlineData("/persons/x/")]
    public async Task Should_answer_a_hidden_persons_address_as_one_nobody_has(string prefix)
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "zhanar-bekova")).Withhold());
        var client = factory.CreateClient();

        async Task<string> AnswerAsync(string slug)
        {
            using var response = await client.GetAsync(prefix + slug);
            return $"{(int)response.StatusCode} " + (await response.Content.ReadAsStringAsync()).Replace(slug, "SLUG", StringComparison.Ordinal);
        }

        Assert.Equal(await AnswerAsync("nobody-atall"), await AnswerAsync("zhanar-bekova"));
    }

    [Fact]
    public async Task Should_page_by_a_sealed_place_that_tells_no_rulings_database_id()
    {
        var client = factory.CreateClient();
        using var first = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/rulings?limit=1"));
        var next = first.RootElement.GetProperty("next").GetString()!;
        var after = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), next).Query)["after"]!;

        // The plain place ("2019-12-23.15") ends in the last row's id; the sealed one cannot be read.
        Assert.DoesNotMatch(@"^(r[0-9.Ee+-]+|none|\d{4}-\d{2}-\d{2})\.\d+$", after);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(next)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/rulings?limit=1&after=2019-12-23.1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/rulings?after=2019-12-23.1")).StatusCode);
    }

    /// <summary>Every public address reached, each that holds a form of the name, with what it holds.</summary>
    private async Task<List<string>> CrawlForNameAsync()
    {
        var client = factory.CreateClient();
        var queue = new Queue<string>(["/", "/rulings", "/persons", "/statistics", "/rulings/export.csv", "/rulings/export.json",
            "/feeds/rulings.atom", "/api/v1/rulings", "/api/v1/persons", "/api/v1/courts", "/api/v1/suggest?q=Zha", "/api/v1/suggest?q=Bek",
            "/rulings?q=Zharkent", "/persons?q=Qaisha", "/rulings?q=court", "/ru/rulings?q=court"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var leaks = new List<string>();
        while (queue.Count > 0 && seen.Count < 400)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path);
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }
            var body = await response.Content.ReadAsStringAsync();
            if (Reader(body) is { } found)
            {
                leaks.Add($"{path}: …{found}…");
            }
            foreach (var link in Links(body))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
            if (path.StartsWith("/persons/", StringComparison.Ordinal) && !path.Contains('?', StringComparison.Ordinal) && !path.EndsWith(".json", StringComparison.Ordinal) && seen.Add(path + "/timeline.json"))
            {
                queue.Enqueue(path + "/timeline.json");
            }
        }
        return leaks;
    }

    /// <summary>
    /// A reader's view of an answer, made independently of the archive's redaction: escapes of HTML,
    /// JSON and addresses read, invisible characters dropped, compatibility forms and look-alike
    /// Cyrillic letters made Latin; then any form of the name's stems, in either alphabet.
    /// </summary>
    private static string? Reader(string body)
    {
        var text = JsonEscape().Replace(body, m => ((char)Convert.ToInt32(m.Value[2..], 16)).ToString());
        text = WebUtility.HtmlDecode(text);
        text = PercentRun().Replace(text, m => { try { return Uri.UnescapeDataString(m.Value); } catch (UriFormatException) { return m.Value; } });
        text = new string([.. text.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)]).Normalize(NormalizationForm.FormKC);
        var latin = text.Replace('е', 'e').Replace('о', 'o').Replace('а', 'a').Replace('В', 'B');
        foreach (var stem in (string[])["zhanar", "janar", "bekov", "жанар", "беков"])
        {
            var at = latin.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            var atCyrillic = text.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            var where = at >= 0 ? at : atCyrillic;
            if (where >= 0)
            {
                var source = at >= 0 ? latin : text;
                return source.Substring(Math.Max(0, where - 40), Math.Min(80, source.Length - Math.Max(0, where - 40)));
            }
        }
        return null;
    }

    private static IEnumerable<string> Links(string body) =>
        Href().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("/editor", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("/account", StringComparison.OrdinalIgnoreCase)
                && !l.StartsWith("/css", StringComparison.Ordinal) && !l.StartsWith("/js", StringComparison.Ordinal) && !l.Contains("after=", StringComparison.Ordinal));

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex(@"\\u[0-9a-fA-F]{4}")]
    private static partial Regex JsonEscape();

    [GeneratedRegex("(?:%[0-9A-Fa-f]{2})+")]
    private static partial Regex PercentRun();
}
