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
        if (claim is ClaimKind kind)
        {
            db.DetentionClaims.Add(new DetentionClaim(person, kind) { Place = "Xinjiang" });
        }
        return ruling;
    }

    private static string Display(string slug) => string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
