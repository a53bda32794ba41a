using CaseArchive.Domain;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class RedactionTests(TestDatabase database) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetToSampleAsync();
        await using var db = database.CreateContext();
        var sauytbay = await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay");
        sauytbay.Withhold();
        var aqan = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
        aqan.Pseudonymise("Q. A.", "person-q-a");
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_hide_the_names_a_prepared_text_holds_under_any_spelling()
    {
        await using var db = database.CreateContext();
        var redaction = Redaction.For(db);
        string[] texts = [ZharkentSample.Quotes[7], ZharkentSample.Quotes[2], "Сайрагүл Сауытбай spoke; so did Kaisha Akan."];

        await redaction.PrepareAsync(texts);

        Assert.DoesNotContain("Sauytbay", redaction.Apply(texts[0]), StringComparison.Ordinal);
        Assert.Contains(Redaction.Withheld, redaction.Apply(texts[0]), StringComparison.Ordinal);
        Assert.Equal("Judge Elmira Asubaeva handed a suspended 6-months prison sentence to Q. A. and allowed her to stay in Kazakhstan as she is married to a Kazakh national.", redaction.Apply(texts[1]));
        Assert.Equal($"{Redaction.Withheld} spoke; so did Q. A..", redaction.Apply(texts[2]));
    }

    [Fact]
    public async Task Should_give_the_same_text_as_a_redaction_of_every_hidden_person()
    {
        await using var db = database.CreateContext();
        var all = await Redaction.LoadAsync(db);
        var prepared = Redaction.For(db);
        await prepared.PrepareAsync(ZharkentSample.Quotes);

        Assert.All(ZharkentSample.Quotes, quote => Assert.Equal(all.Apply(quote), prepared.Apply(quote)));
    }

    [Fact]
    public async Task Should_refuse_a_text_it_was_not_prepared_for()
    {
        await using var db = database.CreateContext();
        var redaction = Redaction.For(db);
        await redaction.PrepareAsync(["Sauytbay"]);

        Assert.Throws<InvalidOperationException>(() => redaction.Apply("Sairagul Sauytbay fled."));
    }

    [Fact]
    public async Task Should_hide_every_name_when_prepared_again_for_texts_naming_persons_it_already_holds()
    {
        await using var db = database.CreateContext();
        var redaction = Redaction.For(db);
        await redaction.PrepareAsync(["Sauytbay spoke."]);

        // The second lookup must leave out the person already held, and still find the new one.
        await redaction.PrepareAsync(["Sauytbay and Kaisha Akan spoke."]);

        Assert.Equal($"{Redaction.Withheld} and Q. A. spoke.", redaction.Apply("Sauytbay and Kaisha Akan spoke."));
        Assert.Equal($"{Redaction.Withheld} spoke.", redaction.Apply("Sauytbay spoke."));
    }
}
