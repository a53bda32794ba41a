using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseArchive.Core.Contract;

/// <summary>The extraction result as the contract's JSON, and back (gold files leave out what they do not assert).</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Names and quotes stay readable (Cyrillic, typographic quotes) instead of \uXXXX escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            RespectNullableAnnotations = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new PartialDateConverter());
        options.Converters.Add(new DateOnlyConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>Reads an extraction or a gold file; a missing list is empty, a missing value null.</summary>
    public static ExtractionResult Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var raw = JsonSerializer.Deserialize<ExtractionResult>(json, Options)
            ?? throw new JsonException("The JSON document is empty.");
        return Normalise(raw);
    }

    // System.Text.Json leaves absent constructor parameters null even where the type says not null.
    private static ExtractionResult Normalise(ExtractionResult raw) => new(
        raw.Source ?? new SourceInfo(null, null, null, null, null),
        (raw.Persons ?? []).Select(p => p with { OtherNames = p.OtherNames ?? [], Roles = p.Roles ?? [] }).ToList(),
        raw.Courts ?? [],
        (raw.Rulings ?? []).Select(r => r with
        {
            Charges = r.Charges ?? [],
            Date = r.Date is null ? null : PartialDate.Create(r.Date.Year, r.Date.Month, r.Date.Day, r.DateInferred),
        }).ToList(),
        raw.DetentionClaims ?? [],
        (raw.Events ?? []).Select(e => e with
        {
            Date = e.Date is null ? null : PartialDate.Create(e.Date.Year, e.Date.Month, e.Date.Day, e.DateInferred),
        }).ToList());

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }
            var text = reader.GetString();
            return PartialDate.TryParse(text, false, out var date)
                ? date
                : throw new JsonException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToIsoString());
    }

    private sealed class DateOnlyConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateOnly.ParseExact(reader.GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
