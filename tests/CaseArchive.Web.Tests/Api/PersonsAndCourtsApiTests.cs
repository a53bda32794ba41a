using System.Text.Json;
using CaseArchive.Domain.Model;

namespace CaseArchive.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class PersonsAndCourtsApiTests(ArchiveFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Sayragul")]
    [InlineData("Сайрагүл Сауытбай")]
    [InlineData("Sairagul Sauytbai")]
    public async Task Should_find_a_person_by_any_spelling(string q)
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/persons?q=" + Uri.EscapeDataString(q)));
        var names = json.RootElement.GetProperty("results").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

        Assert.Equal(["Sairagul Sauytbay"], names);
    }

    [Fact]
    public async Task Should_keep_persons_with_a_ruling_the_filters_select()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/persons?outcome=not_deported"));
        var names = json.RootElement.GetProperty("results").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

        Assert.Equal(["Qaisha Aqan"], names);
    }

    [Fact]
    public async Task Should_page_persons_with_next_links()
    {
        var client = factory.CreateClient();
        var slugs = new List<string>();
        string? url = "/api/v1/persons?limit=4";
        while (url is not null)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(url));
            slugs.AddRange(json.RootElement.GetProperty("results").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!));
            url = json.RootElement.GetProperty("next").GetString();
        }

        Assert.Equal(6, slugs.Distinct().Count());
    }

    [Fact]
    public async Task Should_list_courts_with_the_number_of_matching_rulings()
    {
        await factory.ChangeAsync(async db => await Samples.AddRulingAsync(db, "Bekzat Maqsatuly", Outcome.Deported, PartialDate.OfYear(2020), courtSlug: "bishkek-court", country: "Kyrgyzstan"));

        using var all = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/courts"));
        using var kyrgyz = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/courts?country=Kyrgyzstan"));

        Assert.Equal(3, all.RootElement.GetProperty("count").GetInt32());
        var only = Assert.Single(kyrgyz.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("bishkek-court", only.GetProperty("slug").GetString());
        Assert.Equal(1, only.GetProperty("rulings").GetInt32());
    }

    [Fact]
    public async Task Should_suggest_names_in_any_spelling_and_courts()
    {
        using var names = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/suggest?q=" + Uri.EscapeDataString("Сауыт")));
        using var courts = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/suggest?q=zhar"));

        var person = Assert.Single(names.RootElement.GetProperty("names").EnumerateArray());
        Assert.Equal("Sairagul Sauytbay", person.GetProperty("label").GetString());
        Assert.Equal("Сайрагүл Сауытбай", person.GetProperty("matched").GetString());
        Assert.Equal("/persons/sairagul-sauytbay", person.GetProperty("url").GetString());
        Assert.Equal("Zharkent court", courts.RootElement.GetProperty("courts")[0].GetProperty("label").GetString());
    }
}
