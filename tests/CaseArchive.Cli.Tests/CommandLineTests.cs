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
    public async Task Should_seed_the_samples_once()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);

        Assert.Equal(0, await CommandLine.RunAsync(["migrate"], _stdout, _stderr));
        Assert.Equal(0, await CommandLine.RunAsync(["seed-samples"], _stdout, _stderr));
        Assert.Equal(0, await CommandLine.RunAsync(["seed-samples"], _stdout, _stderr));

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Rulings.CountAsync());
        Assert.Equal(1, await db.Persons.CountAsync(p => p.Slug == "qaisha-aqan" && p.Visibility == PersonVisibility.Public));
        Assert.Contains("already loaded", _stdout.ToString(), StringComparison.Ordinal);
    }
}
