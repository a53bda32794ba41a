using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Rulings;
using CsvHelper;
using ExcelDataReader;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>The CSV and the workbook as a spreadsheet reads them: the byte-order mark, the columns, the same rows, no hidden name.</summary>
[Collection(WebCollection.Name)]
public sealed class SpreadsheetExportTests(ArchiveFactory factory) : IAsyncLifetime
{
    private static readonly string[] HiddenForms = ["Sairagul", "Sauytbay", "Sayragul", "Сайрагүл", "Сауытбай", "Сайрагүлге", "Сауытбайдың", "SAUYTBAY"];

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        // A Cyrillic name to come through intact, and a public person's texts naming Sauytbay in several forms.
        await factory.ChangeAsync(async db =>
        {
            var ruling = await Samples.AddRulingAsync(db, "Бекзат Мақсатұлы", Outcome.Deported, PartialDate.OfYear(2020), claim: ClaimKind.Detained);
            ruling.Summary = "Сайрагүлге ұқсас іс: Сауытбайдың ісі сияқты, SAUYTBAY, Sayragul.";
            ruling.Judge = await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva");
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_start_the_csv_with_a_byte_order_mark_and_read_back_with_cyrillic_and_every_column()
    {
        var bytes = await factory.CreateClient().GetByteArrayAsync("/rulings/export.csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes[3..]);
        foreach (var column in new[] { "ethnicity", "origin", "claims", "judge", "prosecutor", "sources" })
        {
            Assert.Contains(column, rows[0]);
        }
        var bekzat = Row(rows, "Бекзат Мақсатұлы");
        Assert.Equal("Kazakh", bekzat["ethnicity"]);
        Assert.Equal("China", bekzat["origin"]);
        Assert.Equal("detained", bekzat["claims"]);
        Assert.Equal("Elmira Asubaeva", bekzat["judge"]);
        var aqan = Row(rows, "Qaisha Aqan");
        Assert.Equal("Arzygul Imyarova", aqan["prosecutor"]);
        Assert.Equal("threatened", aqan["claims"]);
        Assert.Contains("http", aqan["sources"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_give_the_same_rows_in_the_workbook_as_in_the_csv()
    {
        var client = factory.CreateClient();
        var csv = ReadCsv((await client.GetByteArrayAsync("/rulings/export.csv"))[3..]);
        var response = await client.GetAsync("/rulings/export.xlsx");

        Assert.Equal(RulingExports.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var workbook = ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(4, csv.Count);
        Assert.Equal(csv.Count, workbook.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(csv[i], workbook[i]);
        }
    }

    [Fact]
    public async Task Should_name_the_file_for_its_filters_in_safe_characters()
    {
        var client = factory.CreateClient();

        var csv = await client.GetAsync("/rulings/export.csv?q=" + Uri.EscapeDataString("Мақсатұлы") + "&outcome=deported&year_from=2019&court=zharkent-court");
        var xlsx = await client.GetAsync("/rulings/export.xlsx?country=" + Uri.EscapeDataString("Kazakhstan\"; x=../../etc"));
        var all = await client.GetAsync("/rulings/export.json");

        Assert.Equal("rulings_search_outcome-deported_court-zharkent-court_from-2019.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("rulings_country-kazakhstan-x-etc.xlsx", xlsx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("rulings.json", all.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Should_name_a_file_the_same_whether_the_search_names_a_hidden_person_or_nobody()
    {
        await factory.ChangeAsync(async db => (await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay")).Withhold());
        var client = factory.CreateClient();

        var hidden = await client.GetAsync("/rulings/export.csv?q=" + Uri.EscapeDataString("Сайрагүл") + "&judge=Sauytbay");
        var nobody = await client.GetAsync("/rulings/export.csv?q=" + Uri.EscapeDataString("Гүлнәр") + "&judge=Bekova");

        Assert.Equal("rulings_search_judge.csv", hidden.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("rulings_search_judge.csv", nobody.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_hide_a_hidden_persons_name_in_every_form_in_the_workbook(bool pseudonymise)
    {
        var client = factory.CreateClient();
        // Public, her name is in the workbook in every form: the check below can see it.
        var before = string.Join("\n", ReadXlsx(await client.GetByteArrayAsync("/rulings/export.xlsx")).SelectMany(r => r));
        Assert.All(HiddenForms, form => Assert.Contains(form, before, StringComparison.Ordinal));

        await factory.ChangeAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Slug == "sairagul-sauytbay");
            if (pseudonymise)
            {
                person.Pseudonymise("Witness S");
            }
            else
            {
                person.Withhold();
            }
        });
        var cells = string.Join("\n", ReadXlsx(await client.GetByteArrayAsync("/rulings/export.xlsx")).SelectMany(r => r));

        Assert.All(HiddenForms, form => Assert.DoesNotContain(form, cells, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("[name withheld]", cells, StringComparison.Ordinal);
        Assert.Contains("Qaisha Aqan", cells, StringComparison.Ordinal);
        Assert.Equal(pseudonymise, cells.Contains("Witness S", StringComparison.Ordinal));
    }

    internal static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }
        return rows;
    }

    internal static List<string[]> ReadXlsx(byte[] bytes)
    {
        // ExcelDataReader reads the workbook's code page, which .NET Core knows only from this provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(bytes);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "")]);
        }
        return rows;
    }

    private static Dictionary<string, string> Row(List<string[]> rows, string person)
    {
        var header = rows[0];
        var row = rows.Single(r => r[Array.IndexOf(header, "person")] == person);
        return header.Select((name, i) => (name, row[i])).ToDictionary(x => x.name, x => x.Item2);
    }
}
