using System.Text.Json;

namespace CaseArchive.Extraction.Tests;

public class ExtractionJsonTests
{
    private static ExtractionResult Sample() => Extract.From("""
        published: 2019-12-23

        A court in Zharkent ruled on December 23 that Qaisha Aqan will not be deported, and gave her a six-month suspended sentence.
        Aqan said officials in Xinjiang threatened to place her in an internment camp.
        """);

    [Fact]
    public void Should_write_the_contracts_field_names_and_enum_values()
    {
        using var json = JsonDocument.Parse(ExtractionJson.Serialize(Sample()));
        var root = json.RootElement;

        Assert.Equal(["source", "persons", "courts", "rulings", "detentionClaims", "events"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["title", "outlet", "url", "publishedOn", "language"], root.GetProperty("source").EnumerateObject().Select(p => p.Name));
        var ruling = root.GetProperty("rulings")[0];
        Assert.Equal(
            ["person", "court", "city", "country", "date", "dateInferred", "judge", "prosecutor", "charges", "verdict", "sentence", "outcome", "quote"],
            ruling.EnumerateObject().Select(p => p.Name));
        Assert.Equal("not_deported", ruling.GetProperty("outcome").GetString());
        Assert.Equal("2019-12-23", ruling.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.True, ruling.GetProperty("dateInferred").ValueKind);
        Assert.Equal("suspended", ruling.GetProperty("sentence").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, ruling.GetProperty("judge").ValueKind);
        Assert.Equal("threatened", root.GetProperty("detentionClaims")[0].GetProperty("kind").GetString());
        Assert.Equal(["name", "otherNames", "roles", "ethnicity", "citizenship", "gender"], root.GetProperty("persons")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Should_read_back_what_it_wrote()
    {
        var result = Sample();
        var again = ExtractionJson.Deserialize(ExtractionJson.Serialize(result));

        Assert.Equal(ExtractionJson.Serialize(result), ExtractionJson.Serialize(again));
    }

    [Fact]
    public void Should_read_a_gold_file_that_leaves_fields_out()
    {
        var gold = ExtractionJson.Deserialize("""
            {"persons": [{"name": "Qaisha Aqan", "roles": ["defendant"]}],
             "rulings": [{"person": "Qaisha Aqan", "date": "2019-12", "outcome": "not_deported"}],
             "events": [{"person": "Qaisha Aqan", "kind": "border_crossing"}]}
            """);

        Assert.Empty(gold.Persons[0].OtherNames);
        Assert.Null(gold.Persons[0].Gender);
        Assert.Empty(gold.Rulings[0].Charges);
        Assert.Equal("2019-12", gold.Rulings[0].Date!.ToIsoString());
        Assert.Null(gold.Events[0].Date);
        Assert.Empty(gold.Courts);
        Assert.Empty(gold.DetentionClaims);
    }
}
