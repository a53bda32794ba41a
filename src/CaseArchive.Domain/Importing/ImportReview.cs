using System.Text.Json;
using System.Text.Json.Nodes;
using CaseArchive.Core.Contract;

namespace CaseArchive.Domain.Importing;

/// <summary>
/// An editor's review of an import: the proposals kept (as corrected), the proposals rejected (kept too,
/// so a rejection can be taken back), the proposed persons the editor says are not the existing
/// person the importer matched them to, those to be withheld from the public from the moment they are
/// published, and those to be shown only under a pseudonym from that moment (name → pseudonym), and the
/// fine (amount and currency) of each kept ruling where the editor gave one. Stored beside the extractor's
/// own proposal, which stays as it was.
/// </summary>
public sealed record ImportReview(
    ExtractionResult Kept, ExtractionResult Rejected, IReadOnlyList<string> NewPersons, IReadOnlyList<string>? Withheld = null,
    IReadOnlyDictionary<string, string>? Pseudonyms = null, IReadOnlyList<ReviewedFine?>? Fines = null)
{
    /// <summary>The fine the editor gave the kept ruling at <paramref name="index"/> (<see cref="ExtractionResult.Rulings"/> of <see cref="Kept"/>), if any.</summary>
    public ReviewedFine? FineOf(int index) => Fines is { } fines && index < fines.Count ? fines[index] : null;

    /// <summary>The pseudonym the editor gave this person, or null when they are not to be pseudonymised.</summary>
    public string? PseudonymOf(string name) =>
        (Pseudonyms ?? new Dictionary<string, string>()).FirstOrDefault(p => NameFolding.Fold(p.Key) == NameFolding.Fold(name)).Value;

    /// <summary>Whether the editor said this proposed name is a new person, not the record it matched.</summary>
    public bool IsNewPerson(string name) => Names(NewPersons, name);

    /// <summary>Whether the editor said this person must not appear in public.</summary>
    public bool IsWithheld(string name) => Names(Withheld ?? [], name);

    private static bool Names(IEnumerable<string> names, string name) => names.Any(n => NameFolding.Fold(n) == NameFolding.Fold(name));

    public string ToJson() => new JsonObject
    {
        ["kept"] = JsonNode.Parse(ExtractionJson.Serialize(Kept)),
        ["rejected"] = JsonNode.Parse(ExtractionJson.Serialize(Rejected)),
        ["newPersons"] = new JsonArray([.. NewPersons.Select(n => (JsonNode?)JsonValue.Create(n))]),
        ["withheld"] = new JsonArray([.. (Withheld ?? []).Select(n => (JsonNode?)JsonValue.Create(n))]),
        ["pseudonyms"] = new JsonObject((Pseudonyms ?? new Dictionary<string, string>()).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
        ["fines"] = new JsonArray([.. (Fines ?? []).Select(f => f is null ? null : (JsonNode?)new JsonObject { ["value"] = f.Value, ["currency"] = f.Currency })]),
    }.ToJsonString();

    public static ImportReview FromJson(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("An import review is a JSON object.");
        return new ImportReview(
            ExtractionJson.Deserialize(root["kept"]?.ToJsonString() ?? "{}"),
            ExtractionJson.Deserialize(root["rejected"]?.ToJsonString() ?? "{}"),
            Strings(root["newPersons"]),
            Strings(root["withheld"]),
            (root["pseudonyms"] as JsonObject)?.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal),
            root["fines"]?.AsArray().Select(f => f is JsonObject o ? new ReviewedFine(o["value"]!.GetValue<decimal>(), o["currency"]!.GetValue<string>()) : null).ToList());
    }

    private static List<string> Strings(JsonNode? list) => list?.AsArray().Select(n => n?.GetValue<string>()).OfType<string>().ToList() ?? [];

    /// <summary>A review that keeps every proposal as the extractor made it.</summary>
    public static ImportReview KeepingAll(ExtractionResult extraction) =>
        new(extraction, new ExtractionResult(extraction.Source, [], [], [], [], []), []);
}

/// <summary>A fine's amount and its ISO 4217 currency, as an editor gave them in the review (<see cref="Model.Ruling.SetFine"/>).</summary>
public sealed record ReviewedFine(decimal Value, string Currency);
