using System.Text.Json;
using System.Text.Json.Nodes;
using CaseArchive.Extraction;
using CaseArchive.Extraction.Results;
using CaseArchive.Extraction.Text;

namespace CaseArchive.Domain.Importing;

/// <summary>
/// An editor's review of an import: the proposals kept (as corrected), the proposals rejected (kept too,
/// so a rejection can be taken back), and the proposed persons the editor says are not the existing
/// person the importer matched them to. Stored beside the extractor's own proposal, which stays as it was.
/// </summary>
public sealed record ImportReview(ExtractionResult Kept, ExtractionResult Rejected, IReadOnlyList<string> NewPersons)
{
    /// <summary>Whether the editor said this proposed name is a new person, not the record it matched.</summary>
    public bool IsNewPerson(string name) => NewPersons.Any(n => NameFolding.Fold(n) == NameFolding.Fold(name));

    public string ToJson() => new JsonObject
    {
        ["kept"] = JsonNode.Parse(ExtractionJson.Serialize(Kept)),
        ["rejected"] = JsonNode.Parse(ExtractionJson.Serialize(Rejected)),
        ["newPersons"] = new JsonArray([.. NewPersons.Select(n => (JsonNode?)JsonValue.Create(n))]),
    }.ToJsonString();

    public static ImportReview FromJson(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("An import review is a JSON object.");
        return new ImportReview(
            ExtractionJson.Deserialize(root["kept"]?.ToJsonString() ?? "{}"),
            ExtractionJson.Deserialize(root["rejected"]?.ToJsonString() ?? "{}"),
            root["newPersons"]?.AsArray().Select(n => n?.GetValue<string>()).OfType<string>().ToList() ?? []);
    }

    /// <summary>A review that keeps every proposal as the extractor made it.</summary>
    public static ImportReview KeepingAll(ExtractionResult extraction) =>
        new(extraction, new ExtractionResult(extraction.Source, [], [], [], [], []), []);
}
