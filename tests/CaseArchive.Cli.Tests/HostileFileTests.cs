using System.Text;

namespace CaseArchive.Cli.Tests;

/// <summary>
/// The importer fed what is not an article, or is built to hurt: each is refused with a message naming the
/// file and the reason, the command ends with status 2, and no table changes.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class HostileFileTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casearchive-hostile-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public static TheoryData<string, byte[]> Files => new()
    {
        { "empty", [] },
        { "whitespace", Encoding.UTF8.GetBytes(" \n\t\r\n  ") },
        { "binary (a PNG header)", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52] },
        { "a zip archive", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] },
        { "truncated in the middle of a character", [.. Encoding.UTF8.GetBytes("Суд города Жаркент вынес приговор"), 0xD0] },
        { "Windows-1251, not UTF-8", [0xD1, 0xF3, 0xE4, 0x20, 0xE3, 0xEE, 0xF0, 0xEE, 0xE4, 0xE0, 0x20, 0xC6, 0xE0, 0xF0, 0xEA, 0xE5, 0xED, 0xF2] },
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("A court in Almaty ruled on Monday.")).ToArray() },
        { "over 2 MB", Encoding.UTF8.GetBytes("A court in Almaty ruled. " + new string('a', 3 * 1024 * 1024)) },
        { "text with NUL bytes", Encoding.UTF8.GetBytes("A court in Almaty\0 ruled\0 on Monday.\0") },
        { "a page of nothing but script", Encoding.UTF8.GetBytes("<html><head><script>alert(1)</script><style>p{}</style></head><body><script>document.write('x')</script></body></html>") },
    };

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", TestDatabase.ConnectionString);
        await database.ResetToSampleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _stdout.Dispose();
        _stderr.Dispose();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Should_refuse_with_a_message_and_write_nothing(string kind, byte[] content)
    {
        var file = Path.Combine(_folder, "article.txt");
        await File.WriteAllBytesAsync(file, content);
        var before = await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString);

        var status = await CommandLine.RunAsync(["import", file, "--accept"], _stdout, _stderr);

        Assert.True(status == 2, $"{kind}: status {status}, {_stdout}{_stderr}");
        Assert.Contains("article.txt", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await ArchiveChecksums.OfAsync(TestDatabase.ConnectionString));
    }
}
