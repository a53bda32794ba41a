using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Cli.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class CommandLineTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Fact]
    public async Task Should_list_every_verb_in_its_help()
    {
        var status = await CommandLine.RunAsync(["--help"], _stdout, _stderr);

        Assert.Equal(0, status);
        Assert.All(CommandLine.VerbNames, verb => Assert.Contains(verb, _stdout.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_refuse_an_unknown_verb_with_status_2_and_a_message()
    {
        var status = await CommandLine.RunAsync(["frobnicate"], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains("unknown verb 'frobnicate'", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, _stdout.ToString());
    }

    [Fact]
    public async Task Should_refuse_arguments_migrate_does_not_take()
    {
        var status = await CommandLine.RunAsync(["migrate", "--now"], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.Contains("takes no arguments", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_seed_the_sample_articles_through_the_importer_once()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);

        Assert.Equal(0, await CommandLine.RunAsync(["migrate"], _stdout, _stderr));
        Assert.Equal(0, await CommandLine.RunAsync(["seed-samples"], _stdout, _stderr));
        Assert.Equal(0, await CommandLine.RunAsync(["seed-samples"], _stdout, _stderr));

        await using var db = database.CreateContext();
        var articles = Directory.GetFiles(Path.Combine(TestDatabase.RepositoryRoot(), "samples", "articles"), "*.txt").Length;
        Assert.Equal(articles, await db.Sources.CountAsync());
        Assert.Equal(1, await db.Persons.CountAsync(p => p.Slug == "qaisha-aqan" && p.Visibility == PersonVisibility.Public));
        Assert.True(await db.Rulings.AnyAsync(r => r.Person.Slug == "qaisha-aqan" && r.Outcome == Outcome.NotDeported && r.SentenceMonths == 6));
        Assert.Contains("already imported", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_seed_an_archive_of_at_least_twelve_persons_and_rulings_in_four_countries()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);

        Assert.Equal(0, await CommandLine.RunAsync(["migrate"], _stdout, _stderr));
        Assert.Equal(0, await CommandLine.RunAsync(["seed-samples"], _stdout, _stderr));

        await using var db = database.CreateContext();
        var rulings = await db.Rulings.Select(r => new { Person = r.Person.Slug, r.Court.Country }).ToListAsync();
        Assert.True(await db.Persons.CountAsync() >= 12, $"{await db.Persons.CountAsync()} persons");
        Assert.True(rulings.Count >= 12, $"{rulings.Count} rulings");
        Assert.True(rulings.Select(r => r.Country).Distinct().Count() >= 4, string.Join(", ", rulings.Select(r => r.Country).Distinct()));
        // The documented cases of the genre, each ruled on in court.
        string[] documented = ["sayragul-sauytbay", "qaisha-aqan", "murager-alimuly", "qaster-musakhanuly", "tilek-tabarikuly", "serikzhan-bilash"];
        Assert.All(documented, slug => Assert.Contains(slug, rulings.Select(r => r.Person)));
    }

    [Fact]
    public async Task Should_import_nothing_when_one_file_of_a_folder_is_not_an_article()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);
        var folder = Directory.CreateTempSubdirectory("casearchive-import-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "a-good.txt"), "title: A\n\nALMATY -- Judge Aigerim Sadykova fined Erlan Tokayev for crossing the border illegally on May 3, 2021.");
            await File.WriteAllBytesAsync(Path.Combine(folder, "b-binary.txt"), [0, 1, 2, 3, 0, 255, 0]);

            var status = await CommandLine.RunAsync(["import", folder, "--accept"], _stdout, _stderr);

            Assert.Equal(2, status);
            Assert.Contains("b-binary.txt", _stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("Nothing was imported", _stderr.ToString(), StringComparison.Ordinal);
            await using var db = database.CreateContext();
            Assert.Equal((0, 0, 0), (await db.Sources.CountAsync(), await db.Imports.CountAsync(), await db.Persons.CountAsync()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--published", "2019-02-30")]
    [InlineData("--bogus", "x")]
    public async Task Should_refuse_bad_import_options_with_status_2(string option, string value)
    {
        var status = await CommandLine.RunAsync(["import", "samples", option, value], _stdout, _stderr);

        Assert.Equal(2, status);
        Assert.NotEqual(string.Empty, _stderr.ToString());
    }
}
