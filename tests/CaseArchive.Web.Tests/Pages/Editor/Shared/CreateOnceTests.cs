using System.Net;
using CaseArchive.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Editor.Shared;

/// <summary>
/// Every create form makes one record however often it is sent: the same form posted twice (a double
/// click, or Back and send again) leads both times to the one record it made.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CreateOnceTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Kinds => ["persons", "courts", "cases", "rulings", "claims", "events", "sources"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Should_make_one_record_when_a_create_form_is_sent_twice(string kind)
    {
        var editor = await factory.SignedInClientAsync();
        var (person, court, @case) = (0, 0, 0);
        await factory.ChangeAsync(async db =>
        {
            person = (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Id;
            court = (await db.Courts.FirstAsync()).Id;
            @case = (await db.Cases.FirstAsync()).Id;
        });
        var form = await Form.OpenAsync(editor, $"/editor/{kind}/edit");
        Assert.NotEqual(Guid.Empty.ToString(), form.Value("FormToken"));
        _ = kind switch
        {
            "persons" => form.Set("Input.DisplayName", "Aigerim Once"),
            "courts" => form.Set("Input.Name", "Once court").Set("Input.Country", "Kazakhstan"),
            "cases" => form.Set("Input.Title", "Once case"),
            "rulings" => form.Set("Input.PersonId", $"{person}").Set("Input.CourtId", $"{court}").Set("Input.CaseId", $"{@case}"),
            "claims" or "events" => form.Set("Input.PersonId", $"{person}"),
            _ => form.Set("Input.Title", "Once article").Set("Input.Outlet", "Example News").Set("Input.Text", "A text sent once."),
        };
        var before = await CountAsync(kind);

        var first = await form.PostAsync(editor);
        var second = await form.PostAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 1, await CountAsync(kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Should_warn_and_save_nothing_when_a_reloaded_form_sends_the_same_values_again(string kind)
    {
        var editor = await factory.SignedInClientAsync();
        var (person, court, @case) = (0, 0, 0);
        await factory.ChangeAsync(async db =>
        {
            person = (await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan")).Id;
            court = (await db.Courts.FirstAsync()).Id;
            @case = (await db.Cases.FirstAsync()).Id;
        });
        var copies = 0;
        // Back that reloads the form: each send has its own fresh token, the values are the same.
        async Task<Form> FilledAsync()
        {
            var form = await Form.OpenAsync(editor, $"/editor/{kind}/edit");
            return kind switch
            {
                "persons" => form.Set("Input.DisplayName", "Aigerim Reloaded"),
                "courts" => form.Set("Input.Name", "Reloaded court").Set("Input.Country", "Kazakhstan"),
                "cases" => form.Set("Input.Title", "Reloaded case"),
                "rulings" => form.Set("Input.PersonId", $"{person}").Set("Input.CourtId", $"{court}").Set("Input.CaseId", $"{@case}"),
                "claims" or "events" => form.Set("Input.PersonId", $"{person}"),
                // The same text is refused outright (its hash is unique): a second copy of the article differs in it.
                _ => form.Set("Input.Title", "Reloaded article").Set("Input.Outlet", "Example News").Set("Input.Text", $"A text sent after a reload, copy {++copies}."),
            };
        }
        var before = await CountAsync(kind);
        var first = await FilledAsync();
        var again = await FilledAsync();
        Assert.NotEqual(first.Value("FormToken"), again.Value("FormToken"));

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(editor)).StatusCode);
        var warned = await again.PostAsync(editor);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("may be in the archive already", await warned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync(kind));

        var confirmed = await again.Tick("ConfirmedNew", true).PostAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(before + 2, await CountAsync(kind));
    }

    [Fact]
    public async Task Should_make_two_records_from_two_forms()
    {
        var editor = await factory.SignedInClientAsync();
        var before = await CountAsync("persons");

        var first = await (await Form.OpenAsync(editor, "/editor/persons/edit")).Set("Input.DisplayName", "Aigerim Once").PostAsync(editor);
        var second = await (await Form.OpenAsync(editor, "/editor/persons/edit")).Set("Input.DisplayName", "Bolat Twice").PostAsync(editor);

        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 2, await CountAsync("persons"));
    }

    [Theory]
    [InlineData("persons", "Input.DisplayName", "Kaisha Akan", "Qaisha Aqan")]
    [InlineData("persons", "Input.DisplayName", "Қайша Ақан", "Qaisha Aqan")]
    [InlineData("courts", "Input.Name", "Zharkent Court", "Zharkent")]
    public async Task Should_warn_of_a_likely_existing_record_with_the_reason_and_save_only_when_told_it_is_new(string kind, string field, string typed, string existing)
    {
        var editor = await factory.SignedInClientAsync();
        var before = await CountAsync(kind);
        var form = (await Form.OpenAsync(editor, $"/editor/{kind}/edit")).Set(field, typed).Set("Input.Country", "Kazakhstan");

        var warned = await form.PostAsync(editor);
        var html = await warned.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("may be in the archive already", html, StringComparison.Ordinal);
        Assert.Contains(existing, html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(kind));

        var saved = await form.Tick("ConfirmedNew", true).PostAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await CountAsync(kind));
    }

    private async Task<int> CountAsync(string kind)
    {
        var count = 0;
        await factory.ChangeAsync(async (ArchiveDbContext db) => count = kind switch
        {
            "persons" => await db.Persons.CountAsync(),
            "courts" => await db.Courts.CountAsync(),
            "cases" => await db.Cases.CountAsync(),
            "rulings" => await db.Rulings.CountAsync(),
            "claims" => await db.DetentionClaims.CountAsync(),
            "events" => await db.Events.CountAsync(),
            _ => await db.Sources.CountAsync(),
        });
        return count;
    }
}
