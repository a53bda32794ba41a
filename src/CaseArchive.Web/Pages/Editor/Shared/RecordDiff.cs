using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseArchive.Domain;
using CaseArchive.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>One field that differs between two versions of a record, in words.</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>
/// Compares two snapshots of a record (history entries, or the two sides of a conflict)
/// field by field, in words: "Sentence months: 6 → 12", "Court: Zharkent court → Almaty court".
/// </summary>
public sealed class RecordDiff
{
    // Bookkeeping an editor need not read.
    private static readonly HashSet<string> Hidden = ["Id", "Version", "CreatedAt", "UpdatedAt", "FoldedName", "ContentHash"];

    private readonly Dictionary<(string Kind, int Id), string> _labels = [];

    public const string None = "—";

    /// <summary>Loads the names behind the ids the snapshots mention (court, case, person...), deleted ones included.</summary>
    public static async Task<RecordDiff> ForAsync(ArchiveDbContext db, IEnumerable<JsonObject?> snapshots, CancellationToken cancellationToken = default)
    {
        var diff = new RecordDiff();
        var ids = snapshots.Where(s => s is not null).SelectMany(s => s!)
            .Where(p => p.Key.EndsWith("Id", StringComparison.Ordinal) && p.Key != "Id" && p.Value is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
            .Select(p => (Kind: KindOf(p.Key), Id: p.Value!.GetValue<int>()))
            .Distinct().ToList();
        var personIds = ids.Where(i => i.Kind == "person").Select(i => i.Id).ToList();
        var courtIds = ids.Where(i => i.Kind == "court").Select(i => i.Id).ToList();
        var caseIds = ids.Where(i => i.Kind == "case").Select(i => i.Id).ToList();
        var sourceIds = ids.Where(i => i.Kind == "source").Select(i => i.Id).ToList();
        foreach (var p in await db.Persons.IgnoreQueryFilters().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToListAsync(cancellationToken))
        {
            diff._labels[("person", p.Id)] = p.DisplayName;
        }
        foreach (var c in await db.Courts.IgnoreQueryFilters().Where(c => courtIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
        {
            diff._labels[("court", c.Id)] = c.Name;
        }
        foreach (var c in await db.Cases.IgnoreQueryFilters().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken))
        {
            diff._labels[("case", c.Id)] = c.Title;
        }
        foreach (var s in await db.Sources.IgnoreQueryFilters().Where(s => sourceIds.Contains(s.Id)).Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken))
        {
            diff._labels[("source", s.Id)] = s.Title;
        }
        return diff;
    }

    /// <summary>The fields whose values differ, in the order the record lists them.</summary>
    public IReadOnlyList<FieldChange> Compare(JsonObject? before, JsonObject? after)
    {
        var fields = (before?.Select(p => p.Key) ?? []).Concat(after?.Select(p => p.Key) ?? []).Distinct().Where(f => !Hidden.Contains(f));
        var changes = new List<FieldChange>();
        foreach (var field in fields)
        {
            var was = before is null ? null : before[field];
            var now = after is null ? null : after[field];
            if (!JsonNode.DeepEquals(was, now))
            {
                changes.Add(new FieldChange(Label(field), Text(field, was), Text(field, now)));
            }
        }
        return changes;
    }

    private string Text(string field, JsonNode? value)
    {
        if (value is null)
        {
            return None;
        }
        if (value is JsonObject date && date.ContainsKey("Year"))
        {
            return RecordSnapshot.DateText(date) ?? None;
        }
        if (value is JsonArray items)
        {
            return items.Count == 0 ? None : string.Join(", ", items.Select(i => i?.ToString()));
        }
        if (field.EndsWith("Id", StringComparison.Ordinal) && field != "Id" && value.GetValueKind() == JsonValueKind.Number)
        {
            var id = value.GetValue<int>();
            return _labels.TryGetValue((KindOf(field), id), out var label) ? $"{label} (#{id})" : $"#{id}";
        }
        if (value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time) && text.Contains('T', StringComparison.Ordinal))
            {
                return time.ToUniversalTime().ToString("d MMMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
            }
            // Vocabularies are stored as "not_deported": show the words.
            if (text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || c == '_') && field is not ("Slug" or "Language"))
            {
                return text.Replace('_', ' ');
            }
            return text.Length > 300 ? text[..300] + "…" : text;
        }
        return value.GetValueKind() switch
        {
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            _ => value.ToJsonString(),
        };
    }

    private static string KindOf(string idField) => idField switch
    {
        "PersonId" or "JudgeId" or "ProsecutorId" => "person",
        "CourtId" => "court",
        "CaseId" => "case",
        "SourceId" => "source",
        _ => idField[..^2].ToLowerInvariant(),
    };

    /// <summary>"SentenceMonths" → "Sentence months", "CourtId" → "Court".</summary>
    public static string Label(string field)
    {
        var name = field.EndsWith("Id", StringComparison.Ordinal) && field != "Id" ? field[..^2] : field;
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
                words.Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }
        return words.ToString() switch
        {
            "Deleted at" => "Deleted",
            "Url" => "Address (URL)",
            var other => other,
        };
    }
}
