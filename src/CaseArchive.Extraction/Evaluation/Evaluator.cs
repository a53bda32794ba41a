using System.Globalization;
using System.Text;
using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction.Evaluation;

/// <summary>Counts for one category: a category empty in both gold and extraction scores 1.0.</summary>
public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>The extracted items with no gold counterpart ("+") and the gold items not extracted ("-").</summary>
    public IReadOnlyList<string> Differences { get; init; } = [];

    private bool BothEmpty => TruePositives + FalsePositives + FalseNegatives == 0;

    public double Precision => BothEmpty ? 1.0 : TruePositives + FalsePositives == 0 ? 0.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => BothEmpty ? 1.0 : TruePositives + FalseNegatives == 0 ? 0.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => BothEmpty ? 1.0 : Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public static CategoryScore operator +(CategoryScore left, CategoryScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Category, left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives)
        {
            Differences = [.. left.Differences, .. right.Differences],
        };
    }

    public static CategoryScore Add(CategoryScore left, CategoryScore right) => left + right;
}

/// <summary>The score of one article, or why it could not be read.</summary>
public sealed record ArticleEvaluation(string Name, IReadOnlyList<CategoryScore> Categories, string? Error = null)
{
    public double MacroF1 => Categories.Average(c => c.F1);
}

/// <summary>Scores over a folder of articles, with totals summed over all of them.</summary>
public sealed record EvaluationReport(IReadOnlyList<ArticleEvaluation> Articles)
{
    public IReadOnlyList<CategoryScore> Totals => Evaluator.Categories
        .Select(name => Articles.Select(a => a.Categories.First(c => c.Category == name)).Aggregate(new CategoryScore(name, 0, 0, 0), (x, y) => x + y))
        .ToList();

    public double MacroF1 => Totals.Average(c => c.F1);

    /// <summary>
    /// A printable report: one line per article (with <paramref name="differences"/>, each extra "+" and miss "-"
    /// under it), the totals per category, and "macro F1 0.97" last.
    /// </summary>
    public string ToText(bool differences = false)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        foreach (var article in Articles)
        {
            text.AppendLine(inv, $"{article.Name,-40} macro F1 {article.MacroF1:0.00}{(article.Error is null ? "" : "  (" + article.Error + ")")}");
            if (differences)
            {
                foreach (var category in article.Categories)
                {
                    foreach (var difference in category.Differences)
                    {
                        text.AppendLine(inv, $"    {category.Category,-16} {difference}");
                    }
                }
            }
        }
        text.AppendLine();
        text.AppendLine(inv, $"{"category",-16} {"P",5} {"R",5} {"F1",5}   tp  fp  fn");
        foreach (var c in Totals)
        {
            text.AppendLine(inv, $"{c.Category,-16} {c.Precision,5:0.00} {c.Recall,5:0.00} {c.F1,5:0.00}  {c.TruePositives,3} {c.FalsePositives,3} {c.FalseNegatives,3}");
        }
        text.AppendLine(inv, $"macro F1 {MacroF1:0.00}");
        return text.ToString();
    }
}

/// <summary>
/// Scores an extraction against a gold file by meaning: persons by folded name (or another spelling),
/// rulings by (person, outcome), claims by (person, kind), events by (person, kind, date).
/// </summary>
public static class Evaluator
{
    public static IReadOnlyList<string> Categories { get; } = ["persons", "rulings", "detentionClaims", "events"];

    public static ArticleEvaluation Evaluate(string name, ExtractionResult extracted, ExtractionResult gold)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(gold);
        var names = new PersonPairing(extracted, gold);
        string Canonical(string extractedName) => names.Canonical(extractedName);

        var persons = Score("persons", extracted.Persons.Select(p => Canonical(p.Name)), gold.Persons.Select(p => p.Name));
        var rulings = Score("rulings",
            extracted.Rulings.Select(r => $"{Canonical(r.Person)}|{r.Outcome ?? Outcome.Unknown}"),
            gold.Rulings.Select(r => $"{r.Person}|{r.Outcome ?? Outcome.Unknown}"));
        var claims = Score("detentionClaims",
            extracted.DetentionClaims.Select(c => $"{Canonical(c.Person)}|{c.Kind}"),
            gold.DetentionClaims.Select(c => $"{c.Person}|{c.Kind}"));
        var events = Score("events",
            extracted.Events.Select(e => $"{Canonical(e.Person)}|{e.Kind}|{e.Date?.ToIsoString()}"),
            gold.Events.Select(e => $"{e.Person}|{e.Kind}|{e.Date?.ToIsoString()}"));
        return new ArticleEvaluation(name, [persons, rulings, claims, events]);
    }

    private static CategoryScore Score(string category, IEnumerable<string> extracted, IEnumerable<string> gold)
    {
        var remaining = gold.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int tp = 0, fp = 0;
        var differences = new List<string>();
        foreach (var item in extracted)
        {
            if (remaining.TryGetValue(item, out var left) && left > 0)
            {
                remaining[item] = left - 1;
                tp++;
            }
            else
            {
                fp++;
                differences.Add("+ " + item);
            }
        }
        differences.AddRange(remaining.Where(r => r.Value > 0).SelectMany(r => Enumerable.Repeat("- " + r.Key, r.Value)));
        return new CategoryScore(category, tp, fp, remaining.Values.Sum()) { Differences = differences };
    }

    /// <summary>Every NAME.txt in <paramref name="directory"/> that has NAME.gold.json beside it.</summary>
    public static EvaluationReport EvaluateDirectory(string directory)
    {
        var articles = new List<ArticleEvaluation>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var goldFile = Path.ChangeExtension(file, null) + ".gold.json";
            if (!File.Exists(goldFile))
            {
                continue;
            }
            var name = Path.GetFileNameWithoutExtension(file);
            var gold = ExtractionJson.Deserialize(File.ReadAllText(goldFile));
            try
            {
                var extracted = Extractor.Extract(ArticleReader.Read(File.ReadAllBytes(file), file));
                articles.Add(Evaluate(name, extracted, gold));
            }
            catch (ArticleFormatException e)
            {
                var empty = new ExtractionResult(gold.Source, [], [], [], [], []);
                articles.Add(Evaluate(name, empty, gold) with { Error = e.Message });
            }
        }
        return new EvaluationReport(articles);
    }
}

/// <summary>
/// Reads each name of one extraction as the person of another it folds to (by name or another spelling),
/// so two extractions of one article compare like with like; a name with no counterpart stays apart.
/// </summary>
public sealed class PersonPairing
{
    private readonly ExtractionResult extracted;
    private readonly Dictionary<string, HashSet<string>> goldNames;

    public PersonPairing(ExtractionResult extracted, ExtractionResult gold)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(gold);
        this.extracted = extracted;
        goldNames = gold.Persons
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(Keys).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The gold name this extracted name stands for, or the folded name marked "?" when none.</summary>
    public string Canonical(string extractedName)
    {
        var person = extracted.Persons.FirstOrDefault(p => p.Name == extractedName);
        var keys = person is null ? [NameFolding.Fold(extractedName)] : Keys(person).ToList();
        return goldNames.FirstOrDefault(g => g.Value.Overlaps(keys)).Key ?? "?" + NameFolding.Fold(extractedName);
    }

    private static IEnumerable<string> Keys(PersonRecord person) =>
        new[] { person.Name }.Concat(person.OtherNames ?? []).Select(NameFolding.Fold).Where(k => k.Length > 0);
}
