using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseArchive.Domain.Tests.Migrations;

/// <summary>
/// The migration SearchVectorInFacts moves each ruling's document into its row of ruling_search_facts:
/// taken back, the documents are in their own table again, kept by the functions as they were; applied
/// again, every document is back in the facts, and the functions keep them there.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchVectorInFactsTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetToSampleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_take_the_migration_back_and_apply_it_again_with_every_document_kept()
    {
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        var rulings = await TestDatabase.ScalarAsync("SELECT count(*) FROM rulings");
        Assert.True(rulings > 0);
        try
        {
            await migrator.MigrateAsync("20261204173000_HiddenNames");
            Assert.Equal(0, await TestDatabase.ScalarAsync("SELECT count(*) FROM information_schema.columns WHERE table_name = 'ruling_search_facts' AND column_name = 'search_vector'"));
            // Every document in its own table, as the function makes it, and kept there by the old functions.
            Assert.Equal(0, await TestDatabase.ScalarAsync("""
                SELECT count(*) FROM rulings r LEFT JOIN ruling_search_documents d ON d.ruling_id = r.id
                WHERE d.search_vector IS DISTINCT FROM ruling_search_document(r)
                """));
            await TestDatabase.ScalarAsync("UPDATE rulings SET summary = summary || ' Zhetysuoldmigration' WHERE id = (SELECT min(id) FROM rulings)");
            Assert.Equal(1, await TestDatabase.ScalarAsync("SELECT count(*) FROM ruling_search_documents WHERE search_vector @@ to_tsquery('simple', 'zhetysuoldmigration')"));
        }
        finally
        {
            await migrator.MigrateAsync();
        }

        Assert.Equal(0, await TestDatabase.ScalarAsync("SELECT count(*) FROM pg_tables WHERE tablename = 'ruling_search_documents'"));
        Assert.Equal(0, await TestDatabase.ScalarAsync(TestDatabase.StaleSearchDocumentsSql));
        Assert.Equal(1, await TestDatabase.ScalarAsync("SELECT count(*) FROM ruling_search_facts WHERE search_vector @@ to_tsquery('simple', 'zhetysuoldmigration')"));
        // The functions write the facts' column now: a new word is found at once.
        await TestDatabase.ScalarAsync("UPDATE rulings SET summary = summary || ' Zhetysunewmigration' WHERE id = (SELECT max(id) FROM rulings)");
        Assert.Equal(1, await TestDatabase.ScalarAsync("SELECT count(*) FROM ruling_search_facts WHERE search_vector @@ to_tsquery('simple', 'zhetysunewmigration')"));
        Assert.Equal(0, await TestDatabase.ScalarAsync(TestDatabase.StaleSearchDocumentsSql));
    }
}
