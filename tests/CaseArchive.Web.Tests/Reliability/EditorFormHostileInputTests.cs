using System.Net;
using AngleSharp.Html.Parser;
using CaseArchive.Domain.Model;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Reliability;

/// <summary>
/// Every form of the editors' area, found by following the links of the area from /editor as an administrator
/// (so a page added tomorrow is covered once a link leads to it), is posted with some of its fields replaced by
/// hostile values. Whatever arrives: no 5xx; a refused form changes no table; and no page, editorial or
/// public, writes the values back as markup.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class EditorFormHostileInputTests(ArchiveFactory factory) : IAsyncLifetime
{
    private const int Cases = 300;
    private static readonly HtmlParser Parser = new();

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_never_fail_change_anything_it_refuses_or_echo_markup_whatever_the_editor_forms_receive()
    {
        // A correction, so that a history page offers an earlier version to restore.
        await factory.ChangeAsync(async db => (await db.Rulings.FirstAsync(r => r.Person.Slug == "qaisha-aqan")).SetSentence(SentenceKind.Suspended, 7));
        // An article awaiting review, so that the import review's form is among those tried.
        await factory.ChangeAsync(async db => await new Domain.Importing.ArticleImporter(db, ArticleExtractor.Instance).ImportAsync(System.Text.Encoding.UTF8.GetBytes(Pages.Editor.Imports.ReviewTests.Article), "review.txt"));
        var client = await factory.SignedInClientAsync("admin@example.org", EditorRoles.Admin);
        var forms = await EditorFormsAsync(client);
        foreach (var expected in new[] { "/editor/rulings/edit/", "/editor/persons/edit/", "/editor/courts/edit/", "/editor/cases/edit/", "/editor/claims/edit/", "/editor/events/edit/", "/editor/sources/edit/", "/editor/citations/", "/editor/history/", "/editor/accounts", "/editor/imports/" })
        {
            Assert.True(forms.Any(f => f.Action.StartsWith(expected, StringComparison.Ordinal)), $"no form posts to {expected}; found: {string.Join(" ", forms.Select(f => f.Action))}");
        }

        var attempts =
            from index in Gen.Choose(0, forms.Count - 1)
            from count in Gen.Choose(1, 4)
            from picks in Gen.ArrayOf(Gen.Choose(0, 1000), count)
            from values in Gen.ArrayOf(HostileValues.Any(), count)
            select new Attempt(forms[index], picks, values);
        var property = Prop.ForAll(attempts.ToArbitrary(), attempt =>
        {
            var problem = Task.Run(() => ProblemWithAsync(client, attempt)).GetAwaiter().GetResult();
            return problem is null ? true.ToProperty() : false.Label(problem);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);

        // What the editors saved shows on the public pages, escaped.
        var publicClient = factory.CreateClient();
        foreach (var page in await PublicPagesAsync(publicClient))
        {
            using var response = await publicClient.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{page}, linked from a public page, answered {(int)response.StatusCode}");
            var media = response.Content.Headers.ContentType?.MediaType ?? "";
            if (media == "text/csv")
            {
                // A CSV export holds what was saved, verbatim: it must be a download a browser never renders.
                Assert.True(response.Content.Headers.ContentDisposition?.DispositionType == "attachment", $"{page} is a CSV a browser may render");
            }
            else
            {
                Assert.False(HostileValues.HasUnescapedMarkup(html), $"{page} writes an editor's hostile value back as markup");
            }
        }
    }

    public sealed record Attempt(HtmlForm Form, int[] Picks, string[] Values)
    {
        public override string ToString() => $"{Form.Action}: {string.Join(", ", Picks.Select((p, i) => $"{FieldOf(p)}={Shorten(Values[i])}"))}";

        /// <summary>The field a pick replaces: one of the form's own, or now and then one it does not have.</summary>
        public string FieldOf(int pick)
        {
            var names = Form.Fields.Select(f => f.Name).Where(n => n != "__RequestVerificationToken").Distinct().ToList();
            return names.Count == 0 || pick >= 950 ? "Input.Unexpected" : names[pick % names.Count];
        }
    }

    private async Task<string?> ProblemWithAsync(HttpClient client, Attempt attempt)
    {
        // The page as it is now: the record's current version, a fresh token; the form as first found if it has gone.
        var page = await client.GetAsync(attempt.Form.Page);
        var form = page.IsSuccessStatusCode
            ? HtmlForms.PostForms(attempt.Form.Page, await page.Content.ReadAsStringAsync()).FirstOrDefault(f => f.Action == attempt.Form.Action) ?? attempt.Form
            : attempt.Form;
        var fields = form.Values();
        fields["__RequestVerificationToken"] = form.Token ?? attempt.Form.Token!;
        for (var i = 0; i < attempt.Picks.Length; i++)
        {
            fields[attempt.FieldOf(attempt.Picks[i])] = attempt.Values[i];
        }

        var before = await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString, "data_protection_keys");
        using var content = attempt.Form.Multipart ? Multipart(fields) : (HttpContent)new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(form.Action, content);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{attempt} answered {status}";
        }
        if (HostileValues.HasUnescapedMarkup(body))
        {
            return $"{attempt} wrote the hostile markup back unescaped";
        }
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // Accepted: the page it leads to must show what was saved, escaped.
            var location = response.Headers.Location!.OriginalString;
            using var next = await client.GetAsync(location);
            if ((int)next.StatusCode >= 500)
            {
                return $"{attempt} was saved, then {location} answered {(int)next.StatusCode}";
            }
            return HostileValues.HasUnescapedMarkup(await next.Content.ReadAsStringAsync()) ? $"{attempt} was saved and {location} shows it unescaped" : null;
        }
        var after = await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString, "data_protection_keys");
        return after == before ? null : $"{attempt} was refused ({status}) but changed the archive";
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        return content;
    }

    /// <summary>The POST forms of every page reached from /editor by the area's own links (the sign-out form left out).</summary>
    private static async Task<List<HtmlForm>> EditorFormsAsync(HttpClient client)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/editor" };
        var queue = new Queue<string>(["/editor"]);
        var forms = new List<HtmlForm>();
        while (queue.Count > 0 && seen.Count < 300)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            forms.AddRange(HtmlForms.PostForms(url, html).Where(f => f.Action.StartsWith("/editor", StringComparison.OrdinalIgnoreCase)));
            foreach (var link in Parser.ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (link.StartsWith("/editor", StringComparison.OrdinalIgnoreCase) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }
        return [.. forms.DistinctBy(f => (f.Action, string.Join(",", f.Fields.Select(x => x.Name))))];
    }

    /// <summary>The public pages where records appear: home, lists, each person, ruling and court linked from them.</summary>
    private static async Task<List<string>> PublicPagesAsync(HttpClient client)
    {
        var pages = new List<string> { "/", "/rulings", "/persons", "/statistics", "/feeds/rulings.atom" };
        foreach (var list in new[] { "/rulings", "/persons", "/" })
        {
            var html = await client.GetStringAsync(list);
            pages.AddRange(Parser.ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Where(h => h.StartsWith("/persons/", StringComparison.Ordinal) || h.StartsWith("/rulings/", StringComparison.Ordinal) || h.StartsWith("/courts/", StringComparison.Ordinal)));
        }
        return [.. pages.Distinct()];
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : $"{value[..60]}… ({value.Length:N0} characters)";
}
