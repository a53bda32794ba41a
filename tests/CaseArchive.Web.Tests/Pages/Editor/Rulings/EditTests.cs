using System.Net;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Rulings;

[Collection(WebCollection.Name)]
public sealed class EditTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_correct_a_sentence_and_show_it_on_the_public_page_with_its_history()
    {
        var editor = await factory.SignedInClientAsync("amina@example.org");
        var id = await factory.RulingIdOfAsync("qaisha-aqan");

        var saved = await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditFormAsync(editor, id, ("Input.SentenceMonths", "12")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await factory.CreateClient().GetStringAsync(await factory.RulingAddressAsync(id));
        Assert.Contains("12-month suspended sentence", page, StringComparison.Ordinal);
        var history = await editor.GetStringAsync($"/editor/history/ruling/{id}");
        Assert.Contains("amina@example.org", history, StringComparison.Ordinal);
        Assert.Contains("Sentence months", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_next_to_the_fields_what_is_wrong_and_save_nothing()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");

        var response = await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditFormAsync(editor, id,
            ("Input.Date.Month", "2"), ("Input.Date.Day", "30"), ("Input.SentenceKind", ""), ("Input.SentenceMonths", "6")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("February 2019 has no day 30.", html, StringComparison.Ordinal);
        Assert.Contains("Choose the kind of sentence that this length or fine belongs to.", html, StringComparison.Ordinal);
        await factory.ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.SingleAsync(r => r.Id == id);
            Assert.Equal(23, ruling.Date!.Day);
            Assert.Equal(SentenceKind.Suspended, ruling.SentenceKind);
        });
    }

    [Fact]
    public async Task Should_save_a_fine_with_its_currency_and_show_it_in_the_readers_number_format()
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");

        var saved = await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditFormAsync(editor, id,
            ("Input.SentenceKind", "Fine"), ("Input.SentenceMonths", ""), ("Input.FineValue", "100000"), ("Input.FineCurrency", "KZT")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await factory.ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.SingleAsync(r => r.Id == id);
            Assert.Equal(100000m, ruling.FineValue);
            Assert.Equal("KZT", ruling.FineCurrency);
        });
        var page = await factory.CreateClient().GetStringAsync(await factory.RulingAddressAsync(id));
        Assert.Contains("<dd class=\"fine\">100,000 KZT</dd>", page, StringComparison.Ordinal);
        Assert.Contains(",100000,KZT,", await factory.CreateClient().GetStringAsync("/rulings/export.csv"), StringComparison.Ordinal);
        Assert.Contains("\"fine_currency\":\"KZT\"", await factory.CreateClient().GetStringAsync("/rulings/export.json"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5", "KZT", "A fine&#x27;s amount is a number above zero")]
    [InlineData("0", "KZT", "A fine&#x27;s amount is a number above zero")]
    [InlineData("100", "XYZ", "is not a currency the archive knows")]
    [InlineData("100", "", "Give a fine&#x27;s amount and its currency together, or neither.")]
    [InlineData("", "KZT", "Give a fine&#x27;s amount and its currency together, or neither.")]
    public async Task Should_refuse_a_bad_fine_with_a_clear_message_and_save_nothing(string value, string currency, string message)
    {
        var editor = await factory.SignedInClientAsync();
        var id = await factory.RulingIdOfAsync("qaisha-aqan");

        var response = await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditFormAsync(editor, id,
            ("Input.SentenceKind", "Fine"), ("Input.SentenceMonths", ""), ("Input.FineValue", value), ("Input.FineCurrency", currency)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.ChangeAsync(async db =>
        {
            var ruling = await db.Rulings.SingleAsync(r => r.Id == id);
            Assert.Null(ruling.FineValue);
            Assert.Equal(SentenceKind.Suspended, ruling.SentenceKind);
        });
    }

    [Fact]
    public async Task Should_refuse_the_second_of_two_editors_saving_the_same_ruling_and_show_both_versions()
    {
        var first = await factory.SignedInClientAsync("first@example.org");
        var second = await factory.SignedInClientAsync("second@example.org");
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var firstForm = await EditFormAsync(first, id, ("Input.SentenceMonths", "12"));
        var secondForm = await EditFormAsync(second, id, ("Input.SentenceMonths", "18"));

        var firstSave = await first.PostFormAsync($"/editor/rulings/edit/{id}", firstForm);
        var secondSave = await second.PostFormAsync($"/editor/rulings/edit/{id}", secondForm);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        var conflict = await secondSave.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Contains("Someone else saved this record while you were editing it", conflict, StringComparison.Ordinal);
        Assert.Contains("<td>12</td><td>18</td>", conflict, StringComparison.Ordinal);
        Assert.Contains("first@example.org", conflict, StringComparison.Ordinal);
        await factory.ChangeAsync(async db => Assert.Equal(12, (await db.Rulings.SingleAsync(r => r.Id == id)).SentenceMonths));

        // Having seen the other version, the second editor may still replace it, knowingly.
        secondForm["Input.Version"] = Editors.FieldValue(conflict, "Input.Version");
        var knowingSave = await second.PostFormAsync($"/editor/rulings/edit/{id}", secondForm);
        Assert.Equal(HttpStatusCode.Redirect, knowingSave.StatusCode);
        await factory.ChangeAsync(async db => Assert.Equal(18, (await db.Rulings.SingleAsync(r => r.Id == id)).SentenceMonths));
    }

    /// <summary>The edit form's values as the page shows them, with some changed.</summary>
    internal static async Task<Dictionary<string, string>> EditFormAsync(HttpClient editor, int id, params (string Name, string Value)[] changes)
    {
        var html = await editor.GetStringAsync($"/editor/rulings/edit/{id}");
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = Editors.FieldValue(html, "Input.Version"),
            ["Input.CaseId"] = Editors.FieldValue(html, "Input.CaseId"),
            ["Input.PersonId"] = Editors.PickedId(html, "Input.PersonId"),
            ["Input.CourtId"] = Editors.PickedId(html, "Input.CourtId"),
            ["Input.Date.Year"] = Editors.FieldValue(html, "Input.Date.Year"),
            ["Input.Date.Month"] = Editors.FieldValue(html, "Input.Date.Month"),
            ["Input.Date.Day"] = Editors.FieldValue(html, "Input.Date.Day"),
            ["Input.Date.Inferred"] = Editors.IsChecked(html, "Input.Date.Inferred") ? "true" : "false",
            ["Input.Outcome"] = Editors.SelectedValue(html, "Input.Outcome"),
            ["Input.Verdict"] = Editors.SelectedValue(html, "Input.Verdict"),
            ["Input.SentenceKind"] = Editors.SelectedValue(html, "Input.SentenceKind"),
            ["Input.SentenceMonths"] = Editors.FieldValue(html, "Input.SentenceMonths"),
            ["Input.JudgeId"] = Editors.PickedId(html, "Input.JudgeId"),
            ["Input.ProsecutorId"] = Editors.PickedId(html, "Input.ProsecutorId"),
            ["Input.ProsecutorSought"] = Editors.FieldValue(html, "Input.ProsecutorSought"),
            ["Input.Charges"] = "illegal_border_crossing",
        };
        foreach (var (name, value) in changes)
        {
            form[name] = value;
        }
        return form;
    }
}
