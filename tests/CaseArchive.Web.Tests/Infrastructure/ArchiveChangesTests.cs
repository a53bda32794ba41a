using System.Diagnostics;
using System.Net;
using CaseArchive.Domain;
using CaseArchive.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseArchive.Web.Tests.Infrastructure;

/// <summary>
/// Two app servers with their output caches on, against one database: a write made anywhere (through the other
/// server, on the command line, in SQL) shows at once on a page the second server had cached, because
/// PostgreSQL announces every write to the record tables (LISTEN/NOTIFY) and each server evicts on the news.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ArchiveChangesTests(ArchiveFactory factory) : IAsyncLifetime
{
    private const string Changed = "Changed in SQL";

    /// <summary>Tables of the model the public never reads, or that change only with a record table.</summary>
    private static readonly string[] NotPublic =
    [
        "imports", "import_matches", "audit_entries", "data_protection_keys", "ruling_search_facts", "person_ruling_counts",
        "users", "account_settings", "roles", "user_roles", "user_claims", "user_logins", "user_tokens", "role_claims",
    ];

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_show_at_once_on_the_second_server_an_edit_saved_through_the_first()
    {
        await factory.CreateUserAsync("amina@example.org");
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var ruling = await factory.RulingAddressAsync(id);
        var servers = await Task.WhenAll(AppProcess.StartAsync(TestDatabase.ConnectionString), AppProcess.StartAsync(TestDatabase.ConnectionString));
        await using var first = servers[0];
        await using var second = servers[1];
        using var reader = new HttpClient { BaseAddress = second.Address };
        await CachedAsync(reader, ruling, "6-month suspended sentence");

        using var editor = new CookieSession();
        await editor.SignInAsync(first.Address, "amina@example.org", Editors.Password);
        var page = await editor.GetAsync(first.Address, $"/editor/rulings/edit/{id}");
        var form = HtmlForms.PostForms($"/editor/rulings/edit/{id}", await page.Content.ReadAsStringAsync()).First(f => f.Action == $"/editor/rulings/edit/{id}");
        var fields = form.Values();
        fields["Input.SentenceMonths"] = "12";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(first.Address, form.Action, fields)).StatusCode);

        Assert.True(await Eventually.ContainsAsync(reader, ruling, "12-month suspended sentence"), "the second server kept its stale page");
    }

    [Fact]
    public async Task Should_show_at_once_on_every_server_a_change_made_in_sql_or_on_the_command_line()
    {
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var ruling = await factory.RulingAddressAsync(id);
        await using var server = await AppProcess.StartAsync(TestDatabase.ConnectionString);
        using var reader = new HttpClient { BaseAddress = server.Address };
        await CachedAsync(reader, ruling, "Six-month suspended sentence");

        await TestDatabase.ScalarAsync($"UPDATE rulings SET summary = '{Changed}' WHERE id = {id}");

        Assert.True(await Eventually.ContainsAsync(reader, ruling, Changed), "the server kept its stale page after a change in SQL");

        await factory.EmptyAsync();
        await CachedAsync(reader, "/persons", "No persons");
        Assert.Equal(0, await RunCommandLineAsync("seed-samples"));

        Assert.True(await Eventually.ContainsAsync(reader, "/persons", "Qaisha Aqan"), "the server kept its stale page after the command line's import");
    }

    [Fact]
    public async Task Should_listen_again_after_its_connection_to_the_database_is_dropped()
    {
        var id = await factory.RulingIdOfAsync("qaisha-aqan");
        var ruling = await factory.RulingAddressAsync(id);
        await using var server = await AppProcess.StartAsync(TestDatabase.ConnectionString);
        var listeners = await TestDatabase.ScalarAsync(ListenersSql("true"));
        Assert.True(listeners >= 1, "no listener connected");
        var dropped = await TestDatabase.ScalarAsync("SELECT extract(epoch FROM clock_timestamp()) * 1000");
        await TestDatabase.ScalarAsync($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{ArchiveChangeListener.ApplicationName}'");

        // Each app (this one and the tests' own) connects again, and reports a change on connecting.
        var again = Stopwatch.StartNew();
        while (await TestDatabase.ScalarAsync(ListenersSql($"backend_start > to_timestamp({dropped} / 1000.0)")) < listeners)
        {
            Assert.True(again.Elapsed < TimeSpan.FromSeconds(20), "the listeners did not connect again");
            await Task.Delay(100);
        }
        using var reader = new HttpClient { BaseAddress = server.Address };
        await CachedAsync(reader, ruling, "Six-month suspended sentence");
        await TestDatabase.ScalarAsync($"UPDATE rulings SET summary = '{Changed}' WHERE id = {id}");

        Assert.True(await Eventually.ContainsAsync(reader, ruling, Changed), "the server kept its stale page after its listener came back");
    }

    [Fact]
    public async Task Should_announce_every_write_to_each_table_the_public_reads()
    {
        await using var db = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Except(NotPublic).Order().ToList();
        Assert.Contains("rulings", tables);
        Assert.Contains("person_names", tables);
        await using var listener = new NpgsqlConnection(TestDatabase.ConnectionString);
        await listener.OpenAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeNotifications.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var silent = new List<string>();
        foreach (var table in tables)
        {
            heard.Clear();
            // A statement-level trigger fires for a statement that writes no row, too.
            await TestDatabase.ScalarAsync($"DELETE FROM {table} WHERE false");
            while (!heard.Contains(table) && await listener.WaitAsync(TimeSpan.FromSeconds(2)))
            {
            }
            if (!heard.Contains(table))
            {
                silent.Add(table);
            }
        }

        Assert.Empty(silent);
    }

    /// <summary>
    /// Asks until an answer holding the text comes from the output cache (it says its age), so that the page is
    /// known to be cached; a few tries, since the news of the test's own set-up may evict it once more.
    /// </summary>
    private static async Task CachedAsync(HttpClient client, string path, string text)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var answer = await client.GetAsync(path);
            Assert.Contains(text, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            if (answer.Headers.Age is not null)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"{path} was not answered from the cache");
    }

    private static string ListenersSql(string condition) =>
        $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{ArchiveChangeListener.ApplicationName}' AND datname = current_database() AND {condition}";

    /// <summary>The command line (src/CaseArchive.Cli's build in the tests' configuration) on the test database, as a process of its own.</summary>
    private static async Task<int> RunCommandLineAsync(params string[] arguments)
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(TestDatabase.RepositoryRoot(), "src", "CaseArchive.Cli", "bin", testFolder.Parent!.Name, testFolder.Name, "casearchive.dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            WorkingDirectory = TestDatabase.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Archive"] = TestDatabase.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"casearchive {string.Join(' ', arguments)}: {await output}{await errors}");
        return process.ExitCode;
    }
}
