using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Tests;

/// <summary>A few more rulings beside the Zharkent sample, for tests whose filters need variety.</summary>
public static class Samples
{
    /// <summary>Adds a ruling for a new public person (with a claim) in a court made on demand.</summary>
    public static async Task<Ruling> AddRulingAsync(
        ArchiveDbContext db, string personName, Outcome outcome, PartialDate? date,
        string courtSlug = "zharkent-court", string country = "Kazakhstan", string? ethnicity = "Kazakh",
        string? origin = "China", string[]? charges = null, Verdict? verdict = null, ClaimKind? claim = null)
    {
        var court = await db.Courts.FirstOrDefaultAsync(c => c.Slug == courtSlug)
            ?? db.Courts.Local.FirstOrDefault(c => c.Slug == courtSlug)
            ?? db.Courts.Add(new Court(Display(courtSlug), courtSlug, country)).Entity;
        var person = new Person(personName, Slugs.From(personName)) { Ethnicity = ethnicity, OriginCountry = origin };
        db.Persons.Add(person);
        var @case = new Case($"{personName}: case", CaseKind.CriminalTrial) { Court = court, Charges = [.. charges ?? []] };
        @case.AddParty(person, PartyRole.Defendant);
        db.Cases.Add(@case);
        var ruling = new Ruling(@case, court, person, outcome) { Date = date, Verdict = verdict, Charges = [.. charges ?? []] };
        db.Rulings.Add(ruling);
        // Cited from a published source, as nothing is public before it is sourced.
        var source = await SourceAsync(db);
        source.Citations.Add(new Citation { Source = source, Ruling = ruling, Quote = SourceText });
        if (claim is ClaimKind kind)
        {
            var detention = new DetentionClaim(person, kind) { Place = "Xinjiang" };
            db.DetentionClaims.Add(detention);
            source.Citations.Add(new Citation { Source = source, DetentionClaim = detention, Quote = SourceText });
        }
        return ruling;
    }

    private const string SourceText = "Sample dispatch.";

    /// <summary>The one published source the samples cite (a title and an outlet).</summary>
    private static async Task<Source> SourceAsync(ArchiveDbContext db) =>
        db.Sources.Local.FirstOrDefault(s => s.Text == SourceText)
            ?? await db.Sources.FirstOrDefaultAsync(s => s.Text == SourceText)
            ?? db.Sources.Add(new Source("Sample dispatch", SourceText) { Outlet = "Sample Wire" }).Entity;

    private static string Display(string slug) => string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
