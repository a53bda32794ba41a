using System.Diagnostics;
using System.Globalization;
using CaseArchive.Cli.Generating;
using Npgsql;

namespace CaseArchive.Cli;

/// <summary>
/// generate --rulings N [--seed S]: a realistic synthetic archive (persons with spellings in two
/// alphabets, some pseudonymised or withheld; courts across countries; rulings over the years with
/// their cases, claims, events and sourced quotes) loaded with binary COPY in one transaction (the
/// search facts and their documents written by the database at the end of that transaction).
/// </summary>
internal static class GenerateVerb
{
    public const int MaxRulings = 5_000_000;
    private const string Usage = "usage: scripts/casearchive generate --rulings N [--seed S]   (N from 1 to 5,000,000; S a whole number, default 1)";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        int? rulings = null;
        var seed = 1;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    await stdout.WriteLineAsync(Usage);
                    await stdout.WriteLineAsync("Adds the synthetic records to what the archive holds; the same seed gives the same archive.");
                    return 0;
                case "--rulings" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxRulings)
                    {
                        await stderr.WriteLineAsync($"generate: --rulings takes a whole number from 1 to {MaxRulings:N0}, not '{args[i]}'.");
                        return 2;
                    }
                    rulings = n;
                    break;
                case "--seed" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
                    {
                        await stderr.WriteLineAsync($"generate: --seed takes a whole number, not '{args[i]}'.");
                        return 2;
                    }
                    break;
                default:
                    await stderr.WriteLineAsync($"generate: unexpected '{args[i]}'.\n{Usage}");
                    return 2;
            }
        }
        if (rulings is null)
        {
            await stderr.WriteLineAsync($"generate: say how many rulings with --rulings N.\n{Usage}");
            return 2;
        }

        var planned = Stopwatch.StartNew();
        var archive = new SyntheticArchive(rulings.Value, seed);
        await stdout.WriteLineAsync($"generate: planned {rulings.Value:N0} rulings, {archive.Persons.Length:N0} persons, {archive.Courts.Count} courts in {planned.Elapsed.TotalSeconds:F1} s");
        try
        {
            await using var connection = new NpgsqlConnection(DatabaseVerbs.ConnectionString);
            await connection.OpenAsync();
            var report = await new ArchiveGenerator(connection, archive, stdout).RunAsync();
            foreach (var (table, count) in report.Rows)
            {
                await stdout.WriteLineAsync($"  {table,-24} {count,12:N0}");
            }
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generate: {report.TotalRows:N0} rows in {report.Total.TotalSeconds:F1} s ({report.TotalRows / report.Total.TotalSeconds:N0} rows/s; copy {report.Copy.TotalSeconds:F1} s, indexes {report.Indexes.TotalSeconds:F1} s; search facts, documents and their indexes {report.Documents.TotalSeconds:F1} s, by the database)"));
            return 0;
        }
        catch (NpgsqlException e)
        {
            await stderr.WriteLineAsync($"generate: the database refused the load, nothing was written: {e.Message}");
            return 1;
        }
    }
}
