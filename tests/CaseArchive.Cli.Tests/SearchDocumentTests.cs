using CaseArchive.Cli.Generating;
using Npgsql;
using NpgsqlTypes;

namespace CaseArchive.Cli.Tests;

/// <summary>
/// The generator's own search documents against PostgreSQL's: each document, copied in tsvector's binary
/// format, must read back exactly (words, positions, weights) as to_tsvector, setweight, || and ts_delete
/// make it from the same texts.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchDocumentTests
{
    public static TheoryData<string, string, string> Documents => new()
    {
        { "A:Memet Bilashkhanov|A:memet bilashanov|A:Мемет Билашханов", "", "setweight(to_tsvector('simple', 'Memet Bilashkhanov memet bilashanov Мемет Билашханов'), 'A')" },
        { "B:Specialised Inter-district Administrative Court of Zharkent|B:Almaty", "", "setweight(to_tsvector('simple', 'Specialised Inter-district Administrative Court of Zharkent Almaty'), 'B')" },
        { "D:Criminal case No. 3-05-1234, Zharkent|D:2017-2018 |D:several months", "", "to_tsvector('simple', 'Criminal case No. 3-05-1234, Zharkent 2017-2018  several months')" },
        { "A:Applicant A. B.|C:Qairat Sadykov", "", "setweight(to_tsvector('simple', 'Applicant A. B.'), 'A') || setweight(to_tsvector('simple', 'Qairat Sadykov'), 'C')" },
        {
            "A:Aigerim|C:Ermek Tokhtarov|B:Kaisha court|D:The court ruled that Kaisha Ospan-kyzy and Aigerim will not be deported, on March 5, 2019.",
            "kaisha,ospan-kyzy,ospan",
            "setweight(to_tsvector('simple', 'Aigerim'), 'A') || setweight(to_tsvector('simple', 'Ermek Tokhtarov'), 'C') || ts_delete(setweight(to_tsvector('simple', 'Kaisha court'), 'B') || to_tsvector('simple', 'The court ruled that Kaisha Ospan-kyzy and Aigerim will not be deported, on March 5, 2019.'), '{kaisha,ospan-kyzy,ospan}'::text[])"
        },
        { "B:|D:Сауытбай Қайша-улы told the court", "сауытбай", "ts_delete(to_tsvector('simple', 'Сауытбай Қайша-улы told the court'), '{сауытбай}'::text[])" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Should_build_the_document_the_database_builds_from_the_same_texts(string parts, string hidden, string expected)
    {
        var document = new SearchDocument(hidden.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet());
        foreach (var part in parts.Split('|'))
        {
            var weight = Enum.Parse<SearchDocument.Weight>(part[..1]);
            document.Add(part[2..], weight, deleteHidden: weight is SearchDocument.Weight.B or SearchDocument.Weight.D);
        }

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE built (v tsvector NOT NULL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY built (v) FROM STDIN (FORMAT BINARY)"))
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(document.ToBinary(), NpgsqlDbType.Bytea);
            await writer.CompleteAsync();
        }
        await using var compare = new NpgsqlCommand($"SELECT v::text, ({expected})::text FROM built", connection);
        await using var reader = await compare.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(reader.GetString(1), reader.GetString(0));
    }

    [Theory]
    [InlineData("Reported by Vlast.kz")] // a host
    [InlineData("RFE/RL")] // a file path
    [InlineData("the 5th hearing")] // a word with digits
    [InlineData("the court's ruling")]
    [InlineData("case x-5")]
    [InlineData("not_deported")]
    [InlineData("1.5 years")] // a decimal
    public void Should_refuse_a_text_the_database_would_split_another_way(string text)
    {
        var document = new SearchDocument(new HashSet<string>());

        Assert.Throws<InvalidOperationException>(() => document.Add(text, SearchDocument.Weight.D, deleteHidden: true));
    }
}
