using System.Globalization;
using CaseArchive.Core.Contract;
using CaseArchive.Extraction;

namespace CaseArchive.Cli;

/// <summary>`extract FILE [--published YYYY-MM-DD]`: one article in, the extraction JSON out. Touches no database.</summary>
internal static class ExtractVerb
{
    private const string Usage = "usage: casearchive extract FILE [--published YYYY-MM-DD]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string? file = null;
        DateOnly? published = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--published" || arg.StartsWith("--published=", StringComparison.Ordinal))
            {
                var value = arg.Contains('=', StringComparison.Ordinal) ? arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..] : i + 1 < args.Length ? args[++i] : null;
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    stderr.WriteLine($"--published needs a date of the form YYYY-MM-DD, not '{value}'.");
                    return 2;
                }
                published = date;
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                stderr.WriteLine($"Unknown option '{arg}'.");
                stderr.WriteLine(Usage);
                return 2;
            }
            else if (file is null)
            {
                file = arg;
            }
            else
            {
                stderr.WriteLine($"Only one file at a time; '{arg}' is one too many.");
                stderr.WriteLine(Usage);
                return 2;
            }
        }
        if (file is null)
        {
            stderr.WriteLine("Which article? Give the file to read.");
            stderr.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(file))
        {
            stderr.WriteLine($"There is no file '{file}'.");
            return 2;
        }
        try
        {
            // Refuse an oversized file before reading it into memory.
            if (new FileInfo(file).Length > ArticleReader.MaxBytes)
            {
                stderr.WriteLine($"'{Path.GetFileName(file)}' is over 2 MB; articles over 2 MB are not read.");
                return 2;
            }
            var article = ArticleReader.Read(File.ReadAllBytes(file), file);
            var result = Extractor.Extract(article, published);
            stdout.WriteLine(ExtractionJson.Serialize(result));
            return 0;
        }
        catch (ArticleFormatException e)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"Could not read '{file}': {e.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"Could not read '{file}': {e.Message}");
            return 2;
        }
    }
}
