using System.Globalization;
using System.Text;
using CaseArchive.Core;
using CaseArchive.Core.Contract;

namespace CaseArchive.Extraction.Evaluation;

/// <summary>
/// How often the extractor's value for one field is what the editor published: of the values it
/// proposed, the share kept (precision); of the values published, the share it had proposed (recall).
/// </summary>
public sealed record FieldAccuracy(string Field, int Proposed, int Published, int Agreed)
{
    public double Precision => Proposed == 0 ? 1.0 : (double)Agreed / Proposed;

    public double Recall => Published == 0 ? 1.0 : (double)Agreed / Published;
}

/// <summary>An editor's change to one field, and how often it was made.</summary>
public sealed record Correction(string Field, string From, string To, int Count);

/// <summary>The extractor measured by the editors' corrections over a set of published reviews.</summary>
public sealed record AccuracyReport(int Reviews, IReadOnlyList<FieldAccuracy> Fields, IReadOnlyList<Correction> Corrections)
{
    /// <summary>A printable table: one line per field, then the commonest corrections.</summary>
    public string ToText(string heading)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"{heading}: {Reviews} published review(s)");
        text.AppendLine(inv, $"{"field",-22} {"P",5} {"R",5}  proposed published agreed");
        foreach (var f in Fields)
        {
            text.AppendLine(inv, $"{f.Field,-22} {f.Precision,5:0.00} {f.Recall,5:0.00}  {f.Proposed,8} {f.Published,9} {f.Agreed,6}");
        }
        if (Corrections.Count > 0)
        {
            text.AppendLine("commonest corrections:");
            foreach (var c in Corrections)
            {
                text.AppendLine(inv, $"  {c.Count,4} × {c.Field}: {c.From} → {c.To}");
            }
        }
        return text.ToString();
    }
}

/// <summary>
/// Compares each published review with the extractor's proposal, the production measure of the importer:
/// records by category (persons, rulings, claims, events, as the evaluator pairs them), and the values of
/// rulings and persons present in both, field by field.
/// </summary>
public static class ReviewAccuracy
{
    private const string None = "(none)";

    /// <summary>The fields of a ruling compared, in the order shown.</summary>
    private static readonly (string Field, Func<RulingRecord, string?> Value)[] RulingFields =
    [
        ("ruling.outcome", r => r.Outcome is Outcome.Unknown ? null : Words(r.Outcome)),
        ("ruling.verdict", r => Words(r.Verdict)),
        ("ruling.sentence", r => r.Sentence is null ? null : $"{Words(r.Sentence.Kind)}{(r.Sentence.Months is { } m ? $" {m} months" : "")}".Trim()),
        ("ruling.court", r => r.Court ?? r.City),
        ("ruling.date", r => r.Date?.ToIsoString()),
        ("ruling.judge", r => r.Judge),
        ("ruling.prosecutor", r => r.Prosecutor),
        ("ruling.charges", r => r.Charges is { Count: > 0 } charges ? string.Join(", ", charges.Order(StringComparer.Ordinal)) : null),
    ];

    private static readonly (string Field, Func<PersonRecord, string?> Value)[] PersonFields =
    [
        ("person.roles", p => p.Roles is { Count: > 0 } roles ? string.Join(", ", roles.Select(r => Words<PersonRole>(r)).Order(StringComparer.Ordinal)) : null),
        ("person.ethnicity", p => p.Ethnicity),
        ("person.citizenship", p => p.Citizenship),
        ("person.gender", p => p.Gender),
    ];

    public static AccuracyReport Measure(IEnumerable<ReviewedImport> reviews, int commonest = 10)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var counts = new Dictionary<string, (int Proposed, int Published, int Agreed)>(StringComparer.Ordinal);
        var corrections = new Dictionary<(string, string, string), int>();
        var reviewed = 0;
        foreach (var review in reviews)
        {
            reviewed++;
            Compare(review.Proposed, review.Published, counts, corrections);
        }

        var order = Evaluator.Categories.Concat(RulingFields.Select(f => f.Field)).Concat(PersonFields.Select(f => f.Field));
        var fields = order.Select(f => counts.TryGetValue(f, out var c) ? new FieldAccuracy(f, c.Proposed, c.Published, c.Agreed) : new FieldAccuracy(f, 0, 0, 0)).ToList();
        var top = corrections
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal).ThenBy(c => c.Key.Item3, StringComparer.Ordinal)
            .Take(commonest)
            .Select(c => new Correction(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value))
            .ToList();
        return new AccuracyReport(reviewed, fields, top);
    }

    private static void Compare(
        ExtractionResult proposed,
        ExtractionResult published,
        Dictionary<string, (int Proposed, int Published, int Agreed)> counts,
        Dictionary<(string, string, string), int> corrections)
    {
        var pairing = new PersonPairing(proposed, published);
        foreach (var category in Evaluator.Evaluate("review", proposed, published).Categories)
        {
            Add(counts, category.Category, category.TruePositives + category.FalsePositives, category.TruePositives + category.FalseNegatives, category.TruePositives);
            if (category.FalsePositives > 0)
            {
                Correct(corrections, category.Category, "proposed", "rejected", category.FalsePositives);
            }
            if (category.FalseNegatives > 0)
            {
                Correct(corrections, category.Category, "missed", "added", category.FalseNegatives);
            }
        }

        // Rulings and persons present in both are compared field by field: the n-th ruling of a person with the n-th.
        var publishedRulings = published.Rulings.GroupBy(r => r.Person, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<RulingRecord>(g), StringComparer.Ordinal);
        foreach (var ruling in proposed.Rulings)
        {
            if (publishedRulings.TryGetValue(pairing.Canonical(ruling.Person), out var queue) && queue.TryDequeue(out var kept))
            {
                CompareFields(RulingFields, ruling, kept, counts, corrections);
            }
        }
        var publishedPersons = published.Persons.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var person in proposed.Persons)
        {
            if (publishedPersons.Remove(pairing.Canonical(person.Name), out var kept))
            {
                CompareFields(PersonFields, person, kept, counts, corrections);
            }
        }
    }

    private static void CompareFields<T>(
        (string Field, Func<T, string?> Value)[] fields,
        T proposed,
        T published,
        Dictionary<string, (int Proposed, int Published, int Agreed)> counts,
        Dictionary<(string, string, string), int> corrections)
    {
        foreach (var (field, value) in fields)
        {
            var before = Blank(value(proposed));
            var after = Blank(value(published));
            var agreed = before is not null && string.Equals(before, after, StringComparison.Ordinal);
            Add(counts, field, before is null ? 0 : 1, after is null ? 0 : 1, agreed ? 1 : 0);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                Correct(corrections, field, before ?? None, after ?? None, 1);
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Add(Dictionary<string, (int Proposed, int Published, int Agreed)> counts, string field, int proposed, int published, int agreed)
    {
        var c = counts.GetValueOrDefault(field);
        counts[field] = (c.Proposed + proposed, c.Published + published, c.Agreed + agreed);
    }

    private static void Correct(Dictionary<(string, string, string), int> corrections, string field, string from, string to, int count) =>
        corrections[(field, from, to)] = corrections.GetValueOrDefault((field, from, to)) + count;

    private static string? Words<T>(T? value) where T : struct, Enum => value is { } v ? System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) : null;
}
