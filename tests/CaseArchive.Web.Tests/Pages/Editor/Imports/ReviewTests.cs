using System.Net;
using System.Text;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Imports;

[Collection(WebCollection.Name)]
public sealed class ReviewTests(ArchiveFactory factory) : IAsyncLifetime
{
    /// <summary>A follow-up article of our own: a new defendant, a new judge, and Sairagul Sauytbay under another spelling.</summary>
    public const string Article = """
        title: Court in Zharkent lets ethnic Kazakh man stay after border trial
        outlet: Test Wire
        published: 2020-03-12

        ZHARKENT, Kazakhstan -- A court in Zharkent on Wednesday sentenced Baqytali Nurzhanuly, a 41-year-old ethnic Kazakh man from China's Xinjiang region, to one year of restricted freedom for crossing the border illegally and ruled that he will not be deported to China.

        Judge Aigerim Sadykova said Nurzhanuly could remain in Kazakhstan, where his wife and children live.

        Nurzhanuly told the court that he crossed into Kazakhstan in March 2019 after police in Xinjiang held his brother in a reeducation camp.

        His case was compared with that of Sayragul Sauytbai, a former camp employee whom a court in Almaty refused to extradite to China in August 2018.
        """;

    private int _importId;

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db =>
            _importId = (await new ArticleImporter(db, ArticleExtractor.Instance).ImportAsync(Encoding.UTF8.GetBytes(Article), "nurzhanuly.txt")).Import.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Page => $"/editor/imports/{_importId}";

    [Fact]
    public async Task Should_show_the_article_with_the_proposals_sentences_marked_and_why_each_person_matched()
    {
        var editor = await factory.SignedInClientAsync();

        var html = await editor.GetStringAsync(Page);

        Assert.Contains("<mark id=\"q-", html, StringComparison.Ordinal);
        Assert.Contains("A court in Zharkent on Wednesday sentenced Baqytali Nurzhanuly", html, StringComparison.Ordinal);
        // "Sayragul Sauytbai" is the archive's Sairagul Sauytbay, and the page says why.
        Assert.Contains(">Sairagul Sauytbay</a> in the archive: the same name spelled another way", html, StringComparison.Ordinal);
        Assert.Contains("No one in the archive by this name: a new person will be made.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#q-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_publish_what_the_editor_kept_as_corrected_and_leave_out_what_was_rejected()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        var form = await Form.OpenAsync(editor, Page);
        var ruling = RulingRowOf(form, "Baqytali Nurzhanuly");
        var crossing = EventRow(form, "border_crossing");
        form.Set($"Input.Rulings[{ruling}].SentenceMonths", "12").Tick($"Input.Events[{crossing}].Keep", false);

        var published = await form.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await factory.ChangeAsync(async db =>
        {
            var import = await db.Imports.SingleAsync(i => i.Id == _importId);
            Assert.Equal(ImportStatus.Accepted, import.Status);
            var record = await db.Rulings.Include(r => r.Court).SingleAsync(r => r.Person.DisplayName == "Baqytali Nurzhanuly");
            Assert.Equal(12, record.SentenceMonths);
            Assert.Equal(SentenceKind.RestrictedFreedom, record.SentenceKind);
            Assert.Equal(Outcome.NotDeported, record.Outcome);
            Assert.Equal("Zharkent", record.Court.Town);
            Assert.Contains(await db.Citations.Where(c => c.RulingId == record.Id).Select(c => c.Quote).ToListAsync(),
                q => q.StartsWith("A court in Zharkent on Wednesday sentenced", StringComparison.Ordinal));
            Assert.False(await db.Events.AnyAsync(e => e.Person.DisplayName == "Baqytali Nurzhanuly" && e.Kind == EventKind.BorderCrossing));
            // Sayragul Sauytbai is the archive's Sairagul Sauytbay, with the new spelling kept.
            var sauytbay = await db.Persons.Include(p => p.Names).SingleAsync(p => p.Slug == "sairagul-sauytbay");
            Assert.Contains(sauytbay.Names, n => n.Name == "Sayragul Sauytbai");
            Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == nameof(Ruling) && a.EntityId == record.Id).Select(a => a.Actor).ToListAsync(),
                actor => actor == "amina@example.org");
        });
        var publicPage = await factory.CreateClient().GetStringAsync("/persons/baqytali-nurzhanuly");
        Assert.Contains("Test Wire", publicPage, StringComparison.Ordinal);
        var review = await editor.GetStringAsync(Page);
        Assert.Contains("Published records", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_carry_a_corrected_name_over_to_the_facts_about_the_person()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        form.Set($"Input.Persons[{PersonRow(form, "Baqytali Nurzhanuly")}].Name", "Bakytali Nurzhanuly");

        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(editor, "Publish")).StatusCode);

        await factory.ChangeAsync(async db =>
        {
            Assert.Equal(1, await db.Rulings.CountAsync(r => r.Person.DisplayName == "Bakytali Nurzhanuly"));
            Assert.False(await db.Persons.AnyAsync(p => p.DisplayName == "Baqytali Nurzhanuly"));
        });
    }

    [Fact]
    public async Task Should_publish_a_person_withheld_from_the_first_moment_when_the_editor_says_so()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        form.Tick($"Input.Persons[{PersonRow(form, "Baqytali Nurzhanuly")}].Withhold", true);

        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(editor, "Publish")).StatusCode);

        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.DisplayName == "Baqytali Nurzhanuly");
            Assert.Equal(PersonVisibility.Withheld, person.Visibility);
            // Never saved as public: the history's first version is already withheld.
            var created = await db.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.EntityId == person.Id).OrderBy(a => a.Id).FirstAsync();
            Assert.Contains("withheld", created.After, StringComparison.OrdinalIgnoreCase);
        });
        var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/persons/baqytali-nurzhanuly")).StatusCode);
        Assert.DoesNotContain("Nurzhanuly", await visitor.GetStringAsync("/rulings"), StringComparison.Ordinal);
        Assert.DoesNotContain("Nurzhanuly", await visitor.GetStringAsync("/api/v1/suggest?q=Nurzhanuly"), StringComparison.Ordinal);
        Assert.DoesNotContain("Nurzhanuly", await visitor.GetStringAsync("/api/v1/rulings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_publish_a_person_pseudonymised_from_the_first_moment_and_never_show_the_real_name()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        var row = PersonRow(form, "Baqytali Nurzhanuly");
        form.Tick($"Input.Persons[{row}].Pseudonymise", true).Set($"Input.Persons[{row}].Pseudonym", "B. N.");

        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(editor, "Publish")).StatusCode);

        var key = string.Empty;
        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.DisplayName == "Baqytali Nurzhanuly");
            Assert.Equal(PersonVisibility.Pseudonymised, person.Visibility);
            Assert.Equal("B. N.", person.Pseudonym);
            Assert.DoesNotContain("nurzhanuly", person.Slug, StringComparison.OrdinalIgnoreCase);
            // Never saved under the name: the history's first version is already pseudonymised.
            var created = await db.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.EntityId == person.Id).OrderBy(a => a.Id).FirstAsync();
            Assert.Contains("pseudonymised", created.After, StringComparison.OrdinalIgnoreCase);
            var ruling = await db.Rulings.SingleAsync(r => r.PersonId == person.Id);
            key = ruling.Key;
            // The database's public path: the search document the public searches holds the pseudonym, not the name.
            var document = await db.Database.SqlQuery<string>($"SELECT search_vector::text AS \"Value\" FROM ruling_search_facts WHERE ruling_id = {ruling.Id}").SingleAsync();
            Assert.DoesNotContain("nurzhanuly", document, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("baqytali", document, StringComparison.OrdinalIgnoreCase);
        });
        var visitor = factory.CreateClient();
        var list = await visitor.GetStringAsync("/rulings");
        Assert.Contains("B. N.", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        foreach (var address in (string[])["/rulings", $"/rulings/{key}", "/ru/rulings", "/api/v1/rulings", "/api/v1/suggest?q=Nurzhanuly", "/rulings/export.csv", "/rulings/export.json", "/feeds/rulings.atom"])
        {
            var response = await visitor.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Nurzhanuly", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/persons/baqytali-nurzhanuly")).StatusCode);
        // A search by the name (which the page gives back as the reader typed it) finds nothing.
        Assert.Contains("No rulings match", await visitor.GetStringAsync("/rulings?q=Nurzhanuly"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Give the pseudonym the public will see")]
    [InlineData("Baqytali  NURZHANULY", "A pseudonym must not be one of the person's own names.")]
    public async Task Should_refuse_a_pseudonym_that_is_missing_or_the_name_and_publish_nothing(string pseudonym, string message)
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        var row = PersonRow(form, "Baqytali Nurzhanuly");
        form.Tick($"Input.Persons[{row}].Pseudonymise", true).Set($"Input.Persons[{row}].Pseudonym", pseudonym);

        var response = await form.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.False(await db.Persons.AnyAsync(p => p.DisplayName == "Baqytali Nurzhanuly")));
    }

    [Fact]
    public async Task Should_publish_the_fine_the_editor_gives_in_the_review_and_keep_it_in_a_saved_review()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        var ruling = RulingRowOf(form, "Baqytali Nurzhanuly");
        form.Set($"Input.Rulings[{ruling}].SentenceKind", "fine").Set($"Input.Rulings[{ruling}].SentenceMonths", "")
            .Set($"Input.Rulings[{ruling}].FineValue", "100000").Set($"Input.Rulings[{ruling}].FineCurrency", "KZT");

        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(editor, "Save")).StatusCode);
        var reopened = await Form.OpenAsync(editor, Page);
        Assert.Equal("KZT", reopened.Value($"Input.Rulings[{RulingRowOf(reopened, "Baqytali Nurzhanuly")}].FineCurrency"));
        Assert.Equal(HttpStatusCode.Redirect, (await reopened.PostAsync(editor, "Publish")).StatusCode);

        await factory.ChangeAsync(async db =>
        {
            var record = await db.Rulings.SingleAsync(r => r.Person.DisplayName == "Baqytali Nurzhanuly");
            Assert.Equal((SentenceKind.Fine, 100000m, "KZT"), (record.SentenceKind!.Value, record.FineValue!.Value, record.FineCurrency));
        });
    }

    [Theory]
    [InlineData("fine", "-5", "KZT", "A fine's amount is a number above zero")]
    [InlineData("fine", "100", "XYZ", "is not a currency the archive knows")]
    [InlineData("fine", "100", "", "Give a fine's amount and its currency together, or neither.")]
    [InlineData("prison", "100", "KZT", "Only a fine has an amount")]
    public async Task Should_refuse_a_bad_fine_in_the_review_and_publish_nothing(string kind, string value, string currency, string message)
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        var ruling = RulingRowOf(form, "Baqytali Nurzhanuly");
        form.Set($"Input.Rulings[{ruling}].SentenceKind", kind).Set($"Input.Rulings[{ruling}].FineValue", value).Set($"Input.Rulings[{ruling}].FineCurrency", currency);

        var response = await form.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.False(await db.Rulings.AnyAsync(r => r.Person.DisplayName == "Baqytali Nurzhanuly")));
    }

    [Fact]
    public async Task Should_publish_once_when_the_button_is_pressed_twice()
    {
        var editor = await factory.SignedInClientAsync();
        var first = await Form.OpenAsync(editor, Page);
        var second = await Form.OpenAsync(editor, Page);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(editor, "Publish")).StatusCode);
        var rulings = 0;
        await factory.ChangeAsync(async db => rulings = await db.Rulings.CountAsync());

        var again = await second.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This import is already accepted: nothing was changed.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.Equal(rulings, await db.Rulings.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_quote_that_is_not_in_the_article_and_change_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        var ruling = RulingRowOf(form, "Baqytali Nurzhanuly");
        form.Set($"Input.Rulings[{ruling}].Quote", "The court set him free on the spot.");

        var response = await form.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The quote must be a sentence of the article, word for word", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task Should_refuse_a_kept_fact_about_a_rejected_person_and_change_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        form.Tick($"Input.Persons[{PersonRow(form, "Baqytali Nurzhanuly")}].Keep", false);

        var response = await form.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Baqytali Nurzhanuly is rejected above: keep them, or reject this too.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task Should_keep_a_saved_review_with_its_rejected_proposals_for_later()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        var crossing = EventRow(form, "border_crossing");
        form.Tick($"Input.Events[{crossing}].Keep", false).Set($"Input.Events[{crossing}].Place", "Khorgos");

        var saved = await form.PostAsync(editor, "Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var again = await Form.OpenAsync(editor, Page);
        var row = again.Names(n => n.EndsWith(".Place", StringComparison.Ordinal) && n.StartsWith("Input.Events", StringComparison.Ordinal))
            .Single(n => again.Value(n) == "Khorgos").Replace(".Place", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("true", again.Values($"{row}.Keep"));
        await factory.ChangeAsync(async db =>
        {
            Assert.Equal(ImportStatus.Pending, (await db.Imports.SingleAsync(i => i.Id == _importId)).Status);
            Assert.False(await db.Persons.AnyAsync(p => p.DisplayName == "Baqytali Nurzhanuly"));
        });
    }

    [Fact]
    public async Task Should_make_a_new_person_when_the_editor_says_the_match_is_someone_else()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        form.Tick($"Input.Persons[{PersonRow(form, "Sayragul Sauytbai")}].NotTheMatch", true);

        await form.PostAsync(editor, "Publish");

        await factory.ChangeAsync(async db =>
        {
            Assert.True(await db.Persons.AnyAsync(p => p.DisplayName == "Sayragul Sauytbai"));
            var sauytbay = await db.Persons.Include(p => p.Names).SingleAsync(p => p.Slug == "sairagul-sauytbay");
            Assert.DoesNotContain(sauytbay.Names, n => n.Name == "Sayragul Sauytbai");
        });
    }

    [Fact]
    public async Task Should_add_a_claim_the_importer_missed()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        var blank = form.Names(n => n.StartsWith("Input.Claims[", StringComparison.Ordinal) && n.EndsWith("].Quote", StringComparison.Ordinal))[^1]
            .Replace(".Quote", string.Empty, StringComparison.Ordinal);
        form.Tick($"{blank}.Keep", true)
            .Set($"{blank}.Person", PersonRow(form, "Baqytali Nurzhanuly").ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set($"{blank}.Kind", "RelativeDetained")
            .Set($"{blank}.Facility", "reeducation camp")
            .Set($"{blank}.Quote", "Nurzhanuly told the court that he crossed into Kazakhstan in March 2019 after police in Xinjiang held his brother in a reeducation camp.");

        var published = await form.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await factory.ChangeAsync(async db =>
            Assert.True(await db.DetentionClaims.AnyAsync(c => c.Person.DisplayName == "Baqytali Nurzhanuly" && c.Kind == ClaimKind.RelativeDetained && c.Facility == "reeducation camp")));
    }

    [Fact]
    public async Task Should_reject_the_whole_article_and_let_it_be_reopened()
    {
        var editor = await factory.SignedInClientAsync();

        var rejected = await (await Form.OpenAsync(editor, Page)).PostAsync(editor, "Reject");

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        await factory.ChangeAsync(async db => Assert.Equal(ImportStatus.Rejected, (await db.Imports.SingleAsync(i => i.Id == _importId)).Status));
        Assert.Contains("Reopen for review", await editor.GetStringAsync(Page), StringComparison.Ordinal);

        var reopened = await (await Form.OpenAsync(editor, Page)).PostAsync(editor, "Reopen");

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task Should_refuse_the_second_of_two_editors_saving_the_same_review_and_keep_the_first()
    {
        var first = await factory.SignedInClientAsync("first@example.org");
        var second = await factory.SignedInClientAsync("second@example.org");
        var firstForm = await Form.OpenAsync(first, Page);
        var secondForm = await Form.OpenAsync(second, Page);
        var ruling = RulingRowOf(firstForm, "Baqytali Nurzhanuly");
        firstForm.Set($"Input.Rulings[{ruling}].SentenceMonths", "12");
        secondForm.Set($"Input.Rulings[{ruling}].SentenceMonths", "24");

        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.PostAsync(first, "Save")).StatusCode);
        var refused = await secondForm.PostAsync(second, "Publish");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else saved this import while you were reviewing it", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db =>
        {
            var import = await db.Imports.SingleAsync(i => i.Id == _importId);
            Assert.Equal(ImportStatus.Pending, import.Status);
            Assert.Equal(12, ImportReview.FromJson(import.ReviewJson!).Kept.Rulings.Single(r => r.Person == "Baqytali Nurzhanuly").Sentence!.Months);
        });
    }

    [Fact]
    public async Task Should_refuse_a_role_the_archive_does_not_know_and_change_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        form.Set($"Input.Persons[{PersonRow(form, "Baqytali Nurzhanuly")}].Roles", "999");

        var response = await form.PostAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is not a role this archive knows", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await AssertUntouchedAsync();
    }

    [Fact]
    public async Task Should_give_a_row_to_a_person_a_fact_names_but_the_person_list_left_out()
    {
        var editor = await factory.SignedInClientAsync();
        await factory.ChangeAsync(async db =>
        {
            var import = await db.Imports.SingleAsync(i => i.Id == _importId);
            var proposal = ArticleImporter.ReviewOf(import).Kept;
            var ruling = proposal.Rulings.Single(r => r.Person == "Baqytali Nurzhanuly");
            var unlisted = proposal with { Rulings = [ruling with { Prosecutor = "Dina Omarova" }] };
            import.SaveReview(ImportReview.KeepingAll(unlisted).ToJson());
        });

        var form = await Form.OpenAsync(editor, Page);

        var row = PersonRow(form, "Dina Omarova");
        Assert.Equal(row.ToString(System.Globalization.CultureInfo.InvariantCulture), form.Value($"Input.Rulings[{RulingRowOf(form, "Baqytali Nurzhanuly")}].Prosecutor"));
    }

    [Fact]
    public async Task Should_only_save_a_review_sent_without_a_button_and_refuse_bad_values_beside_the_fields()
    {
        var editor = await factory.SignedInClientAsync();
        var form = await Form.OpenAsync(editor, Page);
        form.Set("Input.Rulings[0].Verdict", "<script>alert(1)</script>").Set("Input.Rulings[0].Date.Year", "'");

        var refused = await form.PostAsync(editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUntouchedAsync();

        var saved = await (await Form.OpenAsync(editor, Page)).PostAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await factory.ChangeAsync(async db =>
        {
            var import = await db.Imports.SingleAsync(i => i.Id == _importId);
            Assert.Equal(ImportStatus.Pending, import.Status);
            Assert.NotNull(import.ReviewJson);
        });
    }

    [Fact]
    public async Task Should_answer_not_found_for_an_import_that_does_not_exist()
    {
        var editor = await factory.SignedInClientAsync();

        var response = await editor.GetAsync("/editor/imports/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task AssertUntouchedAsync() => await factory.ChangeAsync(async db =>
    {
        var import = await db.Imports.SingleAsync(i => i.Id == _importId);
        Assert.Equal(ImportStatus.Pending, import.Status);
        Assert.Null(import.ReviewJson);
        Assert.False(await db.Persons.AnyAsync(p => p.DisplayName == "Baqytali Nurzhanuly"));
    });

    private static int PersonRow(Form form, string name) => RowOf(form, "Input.Persons", ".Name", name);

    private static int RulingRowOf(Form form, string person)
    {
        var row = PersonRow(form, person).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RowOf(form, "Input.Rulings", ".Person", row);
    }

    private static int EventRow(Form form, string kindInSnakeCase)
    {
        var kind = string.Concat(kindInSnakeCase.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return RowOf(form, "Input.Events", ".Kind", kind);
    }

    private static int RowOf(Form form, string list, string field, string value)
    {
        IEnumerable<string> names = form.Names(n => n.StartsWith(list + "[", StringComparison.Ordinal) && n.EndsWith(field, StringComparison.Ordinal));
        var name = names.FirstOrDefault(n => form.Value(n) == value);
        Assert.True(name is not null, $"no {list} row with {field} {value}");
        return int.Parse(name![(list.Length + 1)..name.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
