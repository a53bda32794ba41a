using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseArchive.Domain.History;

/// <summary>
/// A record's values as JSON, for the history: taken from EF Core's change tracker (so it
/// follows the model with no list to keep up to date), and put back onto a record to restore it.
/// </summary>
public static class RecordSnapshot
{
    /// <summary>
    /// Names of the properties the history keeps but never restores: identity, bookkeeping, version, and
    /// a ruling's address (an address given up stays dead: it may be in an earlier copy of the page).
    /// </summary>
    private static readonly HashSet<string> NotRestored = [nameof(Entity.Id), nameof(Entity.Version), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt), nameof(Ruling.Key)];

    /// <summary>The spellings of a person, kept in the person's history as one list.</summary>
    public const string PersonNames = "Names";

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The values as loaded (<paramref name="original"/>) or as about to be saved.</summary>
    public static JsonObject Take(EntityEntry entry, bool original)
    {
        var snapshot = new JsonObject();
        foreach (var property in entry.Metadata.GetProperties())
        {
            if (property.Name == nameof(Entity.Version))
            {
                continue;
            }
            var value = original ? entry.OriginalValues[property] : entry.CurrentValues[property];
            snapshot[property.Name] = JsonSerializer.SerializeToNode(value, property.ClrType, JsonOptions);
        }
        foreach (var complex in entry.Metadata.GetComplexProperties())
        {
            snapshot[complex.Name] = original ? OriginalDateNode(entry, complex) : entry.ComplexProperty(complex).CurrentValue is PartialDate date ? DateNode(date) : null;
        }
        if (entry.Entity is Person person)
        {
            var names = entry.Context.ChangeTracker.Entries<PersonName>()
                .Where(n => person.Names.Contains(n.Entity) || (n.State == EntityState.Deleted && n.Entity.PersonId == person.Id))
                .Where(n => original ? n.State != EntityState.Added : n.State != EntityState.Deleted)
                .Select(n => n.Entity.Name)
                .Distinct()
                .Order(StringComparer.Ordinal);
            snapshot[PersonNames] = new JsonArray([.. names.Select(n => JsonValue.Create(n))]);
        }
        return snapshot;
    }

    /// <summary>Puts a snapshot's values back onto a tracked record (the restore of a history entry).</summary>
    public static void Apply(EntityEntry entry, JsonObject snapshot)
    {
        foreach (var property in entry.Metadata.GetProperties())
        {
            if (NotRestored.Contains(property.Name) || property.IsShadowProperty() || property.ValueGenerated == ValueGenerated.OnAddOrUpdate || !snapshot.TryGetPropertyValue(property.Name, out var node))
            {
                continue;
            }
            entry.Property(property.Name).CurrentValue = node?.Deserialize(property.ClrType, JsonOptions);
        }
        foreach (var complex in entry.Metadata.GetComplexProperties())
        {
            if (snapshot.TryGetPropertyValue(complex.Name, out var node))
            {
                entry.ComplexProperty(complex).CurrentValue = node is JsonObject date ? ReadDate(date) : null;
            }
        }
        if (entry.Entity is Person person && snapshot[PersonNames] is JsonArray names)
        {
            person.ReplaceNames(names.Select(n => n!.GetValue<string>()));
        }
    }

    public static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;

    // EF Core keeps no original value for a whole complex property, only for its parts.
    private static JsonObject? OriginalDateNode(EntityEntry entry, IComplexProperty complex)
    {
        var parts = complex.ComplexType.GetProperties().ToDictionary(p => p.Name, p => entry.OriginalValues[p]);
        return parts[nameof(PartialDate.Year)] is int year and > 0
            ? new JsonObject
            {
                ["Year"] = year,
                ["Month"] = parts[nameof(PartialDate.Month)] as int?,
                ["Day"] = parts[nameof(PartialDate.Day)] as int?,
                ["Inferred"] = parts[nameof(PartialDate.Inferred)] as bool? ?? false,
            }
            : null;
    }

    private static JsonObject DateNode(PartialDate date) => new()
    {
        ["Year"] = date.Year,
        ["Month"] = date.Month,
        ["Day"] = date.Day,
        ["Inferred"] = date.Inferred,
    };

    private static PartialDate ReadDate(JsonObject date) => PartialDate.Create(
        date["Year"]!.GetValue<int>(),
        date["Month"]?.GetValue<int>(),
        date["Day"]?.GetValue<int>(),
        date["Inferred"]?.GetValue<bool>() ?? false);

    /// <summary>A date snapshot in words, for the readable diff.</summary>
    public static string? DateText(JsonNode? node) => node is JsonObject date ? ReadDate(date) is var d ? d.ToDisplayString() + (d.Inferred ? " (inferred)" : "") : null : null;
}
