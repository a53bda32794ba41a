using BenchmarkDotNet.Attributes;
using CaseArchive.Extraction;

namespace CaseArchive.Benchmarks;

/// <summary>
/// Extraction of every test article (and the real Zharkent article, when ../shared/corpus is there),
/// one after another on one thread: articles per second per core is the count divided by the mean.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private Article[] _articles = [];
    private Article[] _holdOut = [];
    private Article? _zharkent;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _articles = Load(Path.Combine(root, "tests", "CaseArchive.Extraction.Tests", "Articles"));
        _holdOut = Load(Path.Combine(root, "tests", "CaseArchive.Extraction.Tests", "HoldOut"));
        var corpus = Path.Combine(root, "..", "shared", "corpus", "zharkent-2019-12-23.txt");
        _zharkent = File.Exists(corpus) ? ArticleReader.Read(File.ReadAllBytes(corpus), "zharkent-2019-12-23.txt") : null;
        Console.WriteLine($"// {_articles.Length} test articles, {_articles.Sum(a => a.Text.Length) / Math.Max(1, _articles.Length)} characters on average; "
            + $"{_holdOut.Length} hold-out articles, {_holdOut.Sum(a => a.Text.Length) / Math.Max(1, _holdOut.Length)} characters on average; Zharkent article {(_zharkent is null ? "absent" : "present")}");
    }

    private static Article[] Load(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(file => ArticleReader.Read(File.ReadAllBytes(file), Path.GetFileName(file)))];

    /// <summary>All test articles once: divide their count by the mean time for articles per second.</summary>
    [Benchmark]
    public int TestArticles()
    {
        var found = 0;
        foreach (var article in _articles)
        {
            found += Extractor.Extract(article).Rulings.Count;
        }
        return found;
    }

    /// <summary>The 14 hold-out articles once (one was a saved HTML page, read in setup): count divided by the mean.</summary>
    [Benchmark]
    public int HoldOutArticles()
    {
        var found = 0;
        foreach (var article in _holdOut)
        {
            found += Extractor.Extract(article).Events.Count;
        }
        return found;
    }

    /// <summary>The real 3.7 kB Zharkent article (zero work when the corpus is absent).</summary>
    [Benchmark]
    public int ZharkentArticle() => _zharkent is null ? 0 : Extractor.Extract(_zharkent).Persons.Count;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseArchive.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
