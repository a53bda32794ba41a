using System.Net;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Tests.Pages.Editor.Rulings;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>The web app with its output cache on, as in production.</summary>
public class CachingArchiveFactory : ArchiveFactory
{
    protected override bool OutputCacheEnabled => true;

    public override async Task ResetAsync()
    {
        await base.ResetAsync();
        // The reset went behind the app's back: start each test with nothing cached.
        await Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(OutputCaching.Tag, default);
    }
}

[Collection(WebCollection.Name)]
public sealed class OutputCacheTests(CachingArchiveFactory factory) : IClassFixture<CachingArchiveFactory>, IAsyncLifetime
{
    private const string BehindTheAppsBack = "Changed in the database directly";

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_answer_a_repeated_anonymous_request_from_the_cache()
    {
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var client = factory.CreateClient();
        var address = await factory.RulingAddressAsync(id);
        var first = await client.GetAsync(address);

        var second = await client.GetAsync(address);

        // The output cache says how old an answer it kept is; an answer made afresh has no age.
        Assert.False(first.Headers.Contains("Age"));
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_show_at_once_a_change_made_in_the_database_directly()
    {
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var client = factory.CreateClient();
        var address = await factory.RulingAddressAsync(id);
        await client.GetStringAsync(address);
        Assert.NotNull((await client.GetAsync(address)).Headers.Age);

        await ChangeSummaryInTheDatabaseAsync(id);

        // PostgreSQL tells the app (LISTEN/NOTIFY), a moment after the change is committed.
        Assert.True(await Eventually.ContainsAsync(client, address, BehindTheAppsBack), "the cached page did not change");
    }

    [Fact]
    public async Task Should_show_an_editors_correction_at_once_on_cached_public_pages()
    {
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var reader = factory.CreateClient();
        Assert.Contains("6-month suspended sentence", await reader.GetStringAsync(await factory.RulingAddressAsync(id)), StringComparison.Ordinal);
        Assert.Contains("6-month suspended sentence", await reader.GetStringAsync("/persons/qaisha-aqan"), StringComparison.Ordinal);
        Assert.Contains("\"sentence_months\":6", await reader.GetStringAsync("/api/v1/rulings"), StringComparison.Ordinal);

        var editor = await factory.SignedInClientAsync("amina@example.org");
        var saved = await editor.PostFormAsync($"/editor/rulings/edit/{id}", await EditTests.EditFormAsync(editor, id, ("Input.SentenceMonths", "12")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains("12-month suspended sentence", await reader.GetStringAsync(await factory.RulingAddressAsync(id)), StringComparison.Ordinal);
        Assert.Contains("12-month suspended sentence", await reader.GetStringAsync("/persons/qaisha-aqan"), StringComparison.Ordinal);
        Assert.Contains("\"sentence_months\":12", await reader.GetStringAsync("/api/v1/rulings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_never_answer_a_signed_in_editor_from_the_cache()
    {
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var editor = await factory.SignedInClientAsync("amina@example.org");
        await editor.GetStringAsync(await factory.RulingAddressAsync(id));
        await factory.CreateClient().GetStringAsync(await factory.RulingAddressAsync(id));

        await ChangeSummaryInTheDatabaseAsync(id);

        Assert.Contains(BehindTheAppsBack, await editor.GetStringAsync(await factory.RulingAddressAsync(id)), StringComparison.Ordinal);
    }

    private static async Task ChangeSummaryInTheDatabaseAsync(int id)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE rulings SET summary = @summary WHERE id = @id", connection);
        command.Parameters.AddWithValue("summary", BehindTheAppsBack);
        command.Parameters.AddWithValue("id", id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
