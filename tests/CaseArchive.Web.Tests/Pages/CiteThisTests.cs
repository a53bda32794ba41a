using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages;

/// <summary>"Cite this" on rulings and persons: each download parsed back by a strict reader of its format.</summary>
[Collection(WebCollection.Name)]
public sealed partial class CiteThisTests(ArchiveFactory factory) : IAsyncLifetime
{
    // Every character TeX treats specially, braces unbalanced, and Cyrillic.
    private const string Court = @"Суд №2 {Almaty} & 100% _x_ #3 $ ~^\ end}";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db => (await db.Courts.SingleAsync(c => c.Slug == "zharkent-court")).Rename(Court));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> AqanRulingAsync()
    {
        string key = "";
        await factory.ChangeAsync(async db => key = await db.Rulings.Where(r => r.Person.Slug == "qaisha-aqan").Select(r => r.Key).SingleAsync());
        return "/rulings/" + key;
    }

    [Fact]
    public async Task Should_give_a_ruling_as_bibtex_that_parses_back_to_its_texts()
    {
        var page = await AqanRulingAsync();
        var response = await factory.CreateClient().GetAsync(page + "?cite=bibtex");

        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        var (type, key, fields) = ParseBibTex(await response.Content.ReadAsStringAsync());
        Assert.Equal("misc", type);
        Assert.Matches("^casearchive-[a-z0-9]{12}$", key);
        Assert.Equal($"Qaisha Aqan: not deported, {Court} (Kazakhstan)", fields["title"]);
        Assert.Equal(Court, fields["organization"]);
        Assert.Equal("2019", fields["year"]);
        Assert.Equal("dec", fields["month"]);
        Assert.EndsWith(page, fields["url"], StringComparison.Ordinal);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fields["urldate"]);
    }

    [Fact]
    public async Task Should_give_a_ruling_as_ris_that_parses_back()
    {
        var page = await AqanRulingAsync();
        var ris = ParseRis(await factory.CreateClient().GetStringAsync(page + "?cite=ris"));

        Assert.Equal("CASE", ris["TY"].Single());
        Assert.Equal($"Qaisha Aqan: not deported, {Court} (Kazakhstan)", ris["TI"].Single());
        Assert.Equal("2019/12/23/", ris["DA"].Single());
        Assert.EndsWith(page, ris["UR"].Single(), StringComparison.Ordinal);
        Assert.Single(ris["Y2"]);
    }

    [Fact]
    public async Task Should_give_a_ruling_as_csl_json_that_parses_back()
    {
        var page = await AqanRulingAsync();
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(page + "?cite=csl-json"));

        var item = json.RootElement.EnumerateArray().Single();
        Assert.Equal("legal_case", item.GetProperty("type").GetString());
        Assert.Equal(Court, item.GetProperty("authority").GetString());
        Assert.Equal([2019, 12, 23], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal(3, item.GetProperty("accessed").GetProperty("date-parts")[0].GetArrayLength());
        Assert.EndsWith(page, item.GetProperty("URL").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_citation_and_its_bibtex_as_text_on_the_ruling_and_person_pages()
    {
        var client = factory.CreateClient();
        var ruling = await client.GetStringAsync(await AqanRulingAsync());
        var person = await client.GetStringAsync("/persons/qaisha-aqan");

        foreach (var page in new[] { ruling, person })
        {
            Assert.Contains("<h2 id=\"cite-heading\">Cite this</h2>", page, StringComparison.Ordinal);
            Assert.Contains("@misc{casearchive-", page, StringComparison.Ordinal);
            Assert.Contains("(accessed ", page, StringComparison.Ordinal);
            Assert.Contains("href=\"?cite=ris\"", page, StringComparison.Ordinal);
        }
        Assert.Contains("timeline3/latest/embed/index.html?source=", person, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_cite_a_pseudonymised_person_by_the_pseudonym_only()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Pseudonymise("Witness Q"));
        var client = factory.CreateClient();
        var slug = "";
        await factory.ChangeAsync(async db => slug = await db.Persons.Where(p => p.Pseudonym == "Witness Q").Select(p => p.Slug).SingleAsync());
        var page = "";
        await factory.ChangeAsync(async db => page = "/rulings/" + await db.Rulings.Where(r => r.Person.Pseudonym == "Witness Q").Select(r => r.Key).SingleAsync());

        var all = new StringBuilder();
        foreach (var format in new[] { "bibtex", "ris", "csl-json" })
        {
            all.Append(await client.GetStringAsync($"{page}?cite={format}")).Append(await client.GetStringAsync($"/persons/{slug}?cite={format}"));
        }
        all.Append(await client.GetStringAsync(page)).Append(await client.GetStringAsync($"/persons/{slug}"));

        // The citation itself names the pseudonym (not only the redaction, which would leave "[name withheld]").
        Assert.Contains("Witness Q: a person's record of court cases", all.ToString(), StringComparison.Ordinal);
        foreach (var form in new[] { "Qaisha", "Aqan", "Kaisha", "Қайша", "Ақан" })
        {
            Assert.DoesNotContain(form, all.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A strict reader of one BibTeX entry: @type{key, name = {value}, ... } with braces balanced and TeX's escapes undone.</summary>
    private static (string Type, string Key, Dictionary<string, string> Fields) ParseBibTex(string text)
    {
        var head = BibHead().Match(text);
        Assert.True(head.Success, "no @type{key, at the start");
        var fields = new Dictionary<string, string>();
        var i = head.Length;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) { i++; }
            if (text[i] == '}')
            {
                Assert.Equal("", text[(i + 1)..].Trim());
                return (head.Groups[1].Value, head.Groups[2].Value, fields);
            }
            var name = BibField().Match(text, i);
            Assert.True(name.Success && name.Index == i, $"no field at {i}");
            i += name.Length;
            Assert.Equal('{', text[i]);
            var (value, end) = BibValue(text, i + 1);
            fields.Add(name.Groups[1].Value, value);
            i = end;
            while (char.IsWhiteSpace(text[i])) { i++; }
            if (text[i] == ',') { i++; }
        }
    }

    // The value up to its closing brace: \x escapes undone, inner groups unwrapped, a brace alone refused.
    private static (string Value, int End) BibValue(string text, int i)
    {
        var value = new StringBuilder();
        var depth = 0;
        while (true)
        {
            var c = text[i];
            if (c == '\\')
            {
                var command = BibCommand().Match(text, i);
                Assert.True(command.Success && command.Index == i, $"a backslash that escapes nothing at {i}");
                value.Append((command.Groups[1].Success ? command.Groups[1].Value : command.Groups[2].Value) switch
                {
                    "textbackslash" => "\\",
                    "textasciitilde" => "~",
                    "textasciicircum" => "^",
                    "url" => "",
                    var other when other.Length == 1 && "{}%&#$_".Contains(other, StringComparison.Ordinal) => other,
                    var other => throw new Xunit.Sdk.XunitException($"unknown command \\{other}"),
                });
                i += command.Length;
                continue;
            }
            if (c is '%' or '&' or '#' or '$' or '_' or '~' or '^')
            {
                throw new Xunit.Sdk.XunitException($"unescaped {c} at {i}");
            }
            if (c == '{') { depth++; }
            else if (c == '}')
            {
                if (depth == 0) { return (value.ToString(), i + 1); }
                depth--;
            }
            else { value.Append(c); }
            i++;
        }
    }

    /// <summary>A strict reader of one RIS record: TY first, ER last, every line "XX  - value" ending in CRLF.</summary>
    private static Dictionary<string, List<string>> ParseRis(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.StartsWith("TY  - ", lines[0], StringComparison.Ordinal);
        Assert.Equal("ER  - ", lines[^1]);
        var tags = new Dictionary<string, List<string>>();
        foreach (var line in lines[..^1])
        {
            var match = RisLine().Match(line);
            Assert.True(match.Success, $"not a RIS line: {line}");
            (tags.TryGetValue(match.Groups[1].Value, out var values) ? values : tags[match.Groups[1].Value] = []).Add(match.Groups[2].Value);
        }
        return tags;
    }

    [GeneratedRegex(@"^@([a-z]+)\{([A-Za-z0-9-]+),\n")]
    private static partial Regex BibHead();

    [GeneratedRegex(@"([a-z]+) = ")]
    private static partial Regex BibField();

    [GeneratedRegex(@"\\(?:([a-z]+)(?:\{\})?|([{}%&#$_]))")]
    private static partial Regex BibCommand();

    [GeneratedRegex(@"^([A-Z][A-Z0-9])  - ([^\r\n]*)$")]
    private static partial Regex RisLine();
}
