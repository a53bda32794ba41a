using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace CaseArchive.Web.Tests.Pages.Rulings;

/// <summary>
/// A text search answered in memory from its matches' facts (RulingMatches, the filter's conditions
/// compiled) must give what SQL gives with the same conditions (RulingFilter.Apply, RulingSearch.CountAsync,
/// PageAsync and FacetsAsync): the same count, the same rows page after page, the same counts beside every filter.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RulingMatchesTests(ArchiveFactory factory) : IAsyncLifetime
{
    private static readonly string[] Given = ["Amanzhol", "Gulnar", "Serik", "Aigerim", "Yerlan", "Madina", "Nurlan", "Dana"];
    private static readonly string[] Courts = ["zharkent-court", "almaty-court", "ankara-court", "bishkek-court"];
    private static readonly string[][] Charges = [[], ["illegal_border_crossing"], ["illegal_border_crossing", "forgery"], ["forgery"]];

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await factory.ChangeAsync(async db =>
        {
            var random = new Random(6);
            var judge = db.Persons.Add(new Person("Marat Zhaksylykov", "marat-zhaksylykov")).Entity;
            for (var i = 0; i < 60; i++)
            {
                var court = Courts[random.Next(Courts.Length)];
                var date = random.Next(10) switch
                {
                    0 => null,
                    1 => PartialDate.OfYear(2015 + random.Next(10)),
                    2 => PartialDate.OfMonth(2015 + random.Next(10), 1 + random.Next(12)),
                    _ => PartialDate.OfDay(2015 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28)),
                };
                var ruling = await Samples.AddRulingAsync(db, $"{Given[random.Next(Given.Length)]} Tokayuly {i}", (Outcome)random.Next(Enum.GetValues<Outcome>().Length), date,
                    courtSlug: court, country: court.StartsWith("ankara", StringComparison.Ordinal) ? "Turkey" : court.StartsWith("bishkek", StringComparison.Ordinal) ? "Kyrgyzstan" : "Kazakhstan",
                    ethnicity: random.Next(3) == 0 ? "Uyghur" : "Kazakh", origin: random.Next(4) == 0 ? null : "China",
                    charges: Charges[random.Next(Charges.Length)], verdict: random.Next(3) == 0 ? null : (Verdict)random.Next(Enum.GetValues<Verdict>().Length),
                    claim: random.Next(3) == 0 ? null : (ClaimKind)random.Next(Enum.GetValues<ClaimKind>().Length));
                if (i % 3 == 0)
                {
                    ruling.Judge = judge;
                }
                // Some share a day, so the order falls back on the id.
                if (i % 7 == 0)
                {
                    await Samples.AddRulingAsync(db, $"Dana Tokayuly twin {i}", Outcome.NotDeported, PartialDate.OfDay(2019, 12, 23), courtSlug: "zharkent-court");
                }
            }
            // Rulings the public may not see, matching every search and filter: a withheld person's, a deleted one.
            foreach (var name in new[] { "Serik Tokayuly withheld", "Gulnar Tokayuly deleted" })
            {
                var hidden = await Samples.AddRulingAsync(db, name, Outcome.Deported, PartialDate.OfYear(2019), courtSlug: "ankara-court", country: "Turkey",
                    ethnicity: "Uyghur", charges: ["forgery"], verdict: Verdict.Convicted, claim: ClaimKind.Detained);
                if (name.EndsWith("withheld", StringComparison.Ordinal))
                {
                    hidden.Person.Withhold();
                }
                else
                {
                    hidden.Delete();
                }
            }
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Searches => new()
    {
        "q=Tokayuly",
        "q=tokaiuly&outcome=not_deported",
        "q=Tokayuly&outcome=not_deported&outcome=deported&country=Kazakhstan",
        "q=Tokayuly&court=zharkent-court&verdict=convicted",
        "q=Tokayuly&charge=forgery&year_from=2018&year_to=2021",
        "q=Tokayuly&origin=china&ethnicity=uyghur",
        "q=Tokayuly&claim=detained&claim=threatened",
        "q=Tokayuly&sort=date&country=turkey",
        "q=Tokayuly&sort=relevance",
        "q=Amanzhol Tokayuly",
        "q=Tokayuly&year_from=2030",
        "q=Tokayulx",
        "q=Tokayulx&outcome=deported&sort=date",
        "q=Tokayuly&judge=Марат Жаксылыков",
        "q=Tokayuly&judge=zhaksylykov&outcome=deported&year_from=2019",
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Should_answer_a_search_in_memory_as_the_SQL_path_does(string query)
    {
        var filter = RulingFilter.Parse(new QueryCollection(QueryHelpers(query))).Filter!;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();

        var resolved = await filter.ResolveAsync(db, CancellationToken.None);
        var matches = await RulingMatches.LoadAsync(db, await filter.ResolveAsync(db, CancellationToken.None, fuzzyFallback: false), CancellationToken.None);
        var filtered = resolved.Apply(resolved.Rows(db));

        Assert.NotNull(matches);
        Assert.Equal(resolved.Fuzzy, matches.Filter.Fuzzy);
        Assert.Equal(await RulingSearch.CountAsync(db, filtered, CancellationToken.None), matches.Count());
        Assert.Equal(await AllPagesInSqlAsync(db, filtered, resolved), AllPagesInMemory(matches));
        Assert.Equal(Flatten(await RulingSearch.FacetsAsync(db, resolved, CancellationToken.None)), Flatten(matches.Facets()));
    }

    [Fact]
    public async Task Should_match_names_by_trigrams_only_when_the_words_match_nothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        var exact = await RulingMatches.LoadAsync(db, new RulingFilter { Q = "Tokayuly" }, CancellationToken.None);
        var misspelt = await RulingMatches.LoadAsync(db, new RulingFilter { Q = "Tokayulx" }, CancellationToken.None);
        var nothing = await RulingMatches.LoadAsync(db, new RulingFilter { Q = "Zzqxw" }, CancellationToken.None);

        Assert.False(exact!.Filter.Fuzzy);
        Assert.True(exact.Count().Value >= 60);
        Assert.True(misspelt!.Filter.Fuzzy);
        Assert.Equal(exact.Count(), misspelt.Count());
        Assert.Equal(0, nothing!.Count().Value);
    }

    [Fact]
    public async Task Should_answer_from_the_first_matches_found_when_the_words_match_more_than_it_holds()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        var filter = new RulingFilter { Q = "Tokayuly", Outcomes = [Outcome.NotDeported, Outcome.Deported, Outcome.Unknown] };

        var all = await RulingMatches.LoadAsync(db, filter, CancellationToken.None);
        var sampled = await RulingMatches.LoadAsync(db, filter, 20, CancellationToken.None);
        var exactlyHeld = await RulingMatches.LoadAsync(db, filter, all!.Filtered("outcome").Count(), CancellationToken.None);

        Assert.False(all.Sampled);
        Assert.True(sampled!.Sampled);
        Assert.False(exactlyHeld!.Sampled);
        // The sample: 20 of the matches, the filters applied within them, their pages and facets from them alone.
        var held = sampled.Filtered("outcome").Select(f => f.Id).ToList();
        Assert.Equal(20, held.Count);
        Assert.Subset(all.Filtered("outcome").Select(f => f.Id).ToHashSet(), held.ToHashSet());
        Assert.Equal(sampled.Filtered().Count(), sampled.Count().Value);
        Assert.True(sampled.Count().Value < all.Count().Value);
        Assert.Equal(sampled.Filtered().Select(f => f.Id).Order(), AllPagesInMemory(sampled).Order());
        Assert.Equal(20, sampled.Facets().Single(f => f.Parameter == "outcome").Values.Sum(v => v.Count));
    }

    [Fact]
    public async Task Should_leave_a_search_without_words_to_the_SQL_path()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();

        Assert.Null(await RulingMatches.LoadAsync(db, new RulingFilter { Outcomes = [Outcome.NotDeported] }, CancellationToken.None));
    }

    private static Dictionary<string, StringValues> QueryHelpers(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);

    private static async Task<List<int>> AllPagesInSqlAsync(ReadOnlyArchiveDbContext db, IQueryable<RulingFacts> filtered, RulingFilter filter)
    {
        var ids = new List<int>();
        RulingCursor? after = null;
        do
        {
            var page = await RulingSearch.PageAsync(db, filtered, filter, after, 7, CancellationToken.None);
            ids.AddRange(page.Rows.Select(r => r.Id));
            after = page.Next;
        }
        while (after is not null);
        return ids;
    }

    private static List<int> AllPagesInMemory(RulingMatches matches)
    {
        var ids = new List<int>();
        RulingCursor? after = null;
        do
        {
            var (page, next) = matches.Page(after, 7);
            ids.AddRange(page);
            // The cursor goes through its text form, as the "Older rulings" link carries it.
            after = next is null ? null : RulingCursor.TryParse(next.ToString(), next.Sort, out var parsed) ? parsed : throw new InvalidOperationException(next.ToString());
        }
        while (after is not null);
        return ids;
    }

    private static List<string> Flatten(IReadOnlyList<Facet> facets) =>
        [.. facets.SelectMany(f => f.Values.Select(v => $"{f.Parameter}={v.Value} ({v.Label}): {v.Count}{(v.Selected ? " selected" : "")}")).Order(StringComparer.Ordinal)];
}
