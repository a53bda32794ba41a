using System.Net;
using System.Text.Json;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Rulings;
using Npgsql;

namespace CaseArchive.Web.Tests.Pages.Rulings;

[Collection(WebCollection.Name)]
public sealed class ExportTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_export_every_matching_ruling_as_csv_with_a_header()
    {
        var response = await factory.CreateClient().GetAsync("/rulings/export.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,url,person,person_slug,ethnicity,origin,court,court_slug,court_town,country,date,date_precision,date_inferred,outcome,verdict", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",Qaisha Aqan,qaisha-aqan,Kazakh,China,Zharkent court,zharkent-court,Zharkent,Kazakhstan,2019-12-23,day,true,not_deported,convicted,suspended,6,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Sairagul Sauytbay,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",2018-08,month,false,extradition_refused,", lines[2], StringComparison.Ordinal);
        Assert.Contains("rferl.org", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/rulings?q=Qaisha%20Aqann")]
    [InlineData("/rulings/export.csv?q=Qaisha%20Aqann")]
    [InlineData("/feeds/rulings.atom?q=Qaisha%20Aqann")]
    [InlineData("/api/v1/rulings?q=Qaisha%20Aqann")]
    [InlineData("/api/v1/courts?q=Qaisha%20Aqann")]
    public async Task Should_find_a_misspelt_name_by_trigrams_in_every_form_of_the_list(string url)
    {
        // "Aqann" is no word of any document: the words match nothing, so names are matched by trigrams.
        var body = await factory.CreateClient().GetStringAsync(url);

        Assert.Contains(url.StartsWith("/api/v1/courts", StringComparison.Ordinal) ? "Zharkent court" : "Qaisha Aqan", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sairagul Sauytbay", url.StartsWith("/rulings?", StringComparison.Ordinal) ? IndexTests.Results(body) : body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_count_a_misspelt_name_in_the_statistics()
    {
        var exact = await factory.CreateClient().GetStringAsync("/statistics?q=Qaisha%20Aqan");
        var misspelt = await factory.CreateClient().GetStringAsync("/statistics?q=Qaisha%20Aqann");
        var nothing = await factory.CreateClient().GetStringAsync("/statistics?q=Zzqxw%20Wqzz");

        Assert.Contains("Outcomes of 1 ruling:", exact, StringComparison.Ordinal);
        Assert.Contains("Outcomes of 1 ruling:", misspelt, StringComparison.Ordinal);
        Assert.Contains("No rulings match these filters", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_export_only_the_filtered_rulings()
    {
        await factory.ChangeAsync(async db => await Samples.AddRulingAsync(db, "Bekzat Maqsatuly", Outcome.Deported, PartialDate.OfYear(2020)));

        var csv = await factory.CreateClient().GetStringAsync("/rulings/export.csv?outcome=deported");

        Assert.Contains("Bekzat Maqsatuly", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Qaisha Aqan", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_escape_cells_a_spreadsheet_would_run_as_formulas()
    {
        await factory.ChangeAsync(async db => (await Samples.AddRulingAsync(db, "Formula Person", Outcome.Deported, PartialDate.OfYear(2020))).Summary = "=HYPERLINK(\"http://example.org\")");

        var csv = await factory.CreateClient().GetStringAsync("/rulings/export.csv?outcome=deported");

        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_run_exports_in_turn_and_refuse_one_beyond_those_waiting()
    {
        var client = factory.CreateClient();
        List<Task<HttpResponseMessage>> exports;
        HttpResponseMessage refused;
        // The rulings locked, the running exports' statements wait, and so do the exports after them.
        await using (var holder = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using (var hold = new NpgsqlCommand("LOCK TABLE rulings IN ACCESS EXCLUSIVE MODE", holder, transaction))
            {
                await hold.ExecuteNonQueryAsync();
            }
            exports = [.. Enumerable.Range(0, RulingExports.AtOnce + RulingExports.Waiting).Select(_ => client.GetAsync("/rulings/export.csv"))];
            for (var waited = 0; RulingExports.WaitingNow < RulingExports.Waiting && waited < 300; waited++)
            {
                await Task.Delay(100);
            }
            Assert.Equal(RulingExports.Waiting, RulingExports.WaitingNow);

            refused = await client.GetAsync("/rulings/export.json");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("try again in a minute", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var export in await Task.WhenAll(exports))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains("Qaisha Aqan", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(0, RulingExports.WaitingNow);
    }

    [Fact]
    public async Task Should_export_the_same_rulings_as_json()
    {
        var response = await factory.CreateClient().GetAsync("/rulings/export.json?year_from=2019");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var only = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Qaisha Aqan", only.GetProperty("person").GetString());
        Assert.Equal("Zharkent court", only.GetProperty("court").GetString());
        Assert.Equal("Kazakhstan", only.GetProperty("country").GetString());
        Assert.Equal("6-month suspended sentence", only.GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task Should_refuse_bad_filters_with_400_and_a_message()
    {
        var csv = await factory.CreateClient().GetAsync("/rulings/export.csv?year_to=abc");
        var json = await factory.CreateClient().GetAsync("/rulings/export.json?outcome=bogus");

        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("year_to must be a year", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
    }
}
