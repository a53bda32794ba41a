using System.Globalization;
using CaseArchive.Core.Contract;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using CaseArchive.Extraction;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Cli;

/// <summary>
/// import FILE|DIR [--accept] [--published YYYY-MM-DD]: stores each article with its extraction as an
/// import awaiting review (the same article twice makes nothing new); --accept turns it into records.
/// Every file is read and extracted before anything is written, so one bad file writes nothing.
/// </summary>
internal static class ImportVerb
{
    private const string Usage = "usage: scripts/casearchive import FILE|DIR [--accept] [--published YYYY-MM-DD]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? target = null;
        DateOnly? published = null;
        var accept = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--accept":
                    accept = true;
                    break;
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        await stderr.WriteLineAsync($"import: --published takes a date as YYYY-MM-DD, not '{args[i]}'.");
                        return 2;
                    }
                    published = date;
                    break;
                case var option when option.StartsWith('-'):
                    await stderr.WriteLineAsync($"import: unknown option '{option}'.\n{Usage}");
                    return 2;
                case var path when target is null:
                    target = path;
                    break;
                default:
                    await stderr.WriteLineAsync(Usage);
                    return 2;
            }
        }
        if (target is null)
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        var files = ArticleFiles(target);
        if (files is null)
        {
            await stderr.WriteLineAsync($"import: {target} is neither a file nor a folder.");
            return 2;
        }
        if (files.Count == 0)
        {
            await stderr.WriteLineAsync($"import: {target} holds no article (*.txt, *.html, *.htm).");
            return 2;
        }

        // Read and check every file first: a bad one stops the run before anything is written.
        var contents = new List<(string File, byte[] Bytes)>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            try
            {
                ArticleReader.Read(bytes, Path.GetFileName(file));
            }
            catch (ArticleFormatException e)
            {
                await stderr.WriteLineAsync($"import: {file}: {e.Message} Nothing was imported.");
                return 2;
            }
            contents.Add((file, bytes));
        }

        await using var db = DatabaseVerbs.CreateContext();
        var importer = new ArticleImporter(db, ArticleExtractor.Instance);
        foreach (var (file, bytes) in contents)
        {
            var result = await importer.ImportAsync(bytes, Path.GetFileName(file), published);
            var import = result.Import;
            var matches = await db.ImportMatches.CountAsync(m => m.ArticleImportId == import.Id);
            var verdict = result.AlreadyImported ? "already imported as" : "imported as";
            var accepted = "";
            if (accept && import.Status == ImportStatus.Pending)
            {
                await importer.AcceptAsync(import.Id);
                accepted = ", accepted";
            }
            else if (import.Status != ImportStatus.Pending)
            {
                accepted = $", {VocabularyText.ToWords(import.Status)}";
            }
            await stdout.WriteLineAsync($"{Path.GetFileName(file)}: {verdict} import {import.Id} ({matches} matched to existing records{accepted})");
        }
        return 0;
    }

    private static List<string>? ArticleFiles(string target)
    {
        if (File.Exists(target))
        {
            return [target];
        }
        if (!Directory.Exists(target))
        {
            return null;
        }
        return [.. Directory.EnumerateFiles(target)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }
}
