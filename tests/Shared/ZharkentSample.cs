using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Extraction;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Tests;

/// <summary>
/// The tests' fixture: the archive's first case, written out by hand from RFE/RL's report of 23 December 2019:
/// Qaisha Aqan's trial in Zharkent, and the persons and facts the same article reports.
/// The source keeps only the sentences the facts are cited with, not the whole article.
/// </summary>
public static class ZharkentSample
{
    public const string Url = "https://www.rferl.org/a/court-in-kazakhstan-rules-that-ethnic-kazakh-will-not-be-deported-to-china/30340367.html";

    internal const string OnTrial = "ZHARKENT, Kazakhstan -- A court in Kazakhstan has ruled that an ethnic-Kazakh woman from China's northwestern region of Xinjiang who is on trial for illegally crossing the border will not be deported to China.";
    internal const string Decision = "The court in the southeastern town of Zharkent announced its decision in the high-profile case on December 23.";
    internal const string Sentence = "Judge Elmira Asubaeva handed a suspended 6-months prison sentence to Qaisha Aqan and allowed her to stay in Kazakhstan as she is married to a Kazakh national.";
    internal const string Request = "The ruling coincided with the request by Prosecutor Arzygul Imyarova made earlier the same day.";
    internal const string Testimony = "Aqan testified at her trial that started in November that she had to cross illegally into Kazakhstan in May 2018 because local authorities in Xinjiang threatened to place her in an internment camp for Xinjiang's indigenous ethnic groups.";
    internal const string Arrests = "In October, two ethnic-Kazakh men, Murager Alimuly and Qaster Musakhanuly, were arrested in Kazakhstan after they told journalists in Kazakhstan’s largest city, Almaty, that they had illegally crossed the Chinese-Kazakh border.";
    internal const string TheirClaims = "Alimuly said he was subjected to persecution in Xinjiang while Musakhanuly said he had spent several years in a so-called \"reeducation camp\" in the region.";
    internal const string Extradition = "In August 2018, a court in Almaty refused to extradite Sairagul Sauytbay, an ethnic Kazakh Chinese citizen who was wanted in China for illegal border crossing.";
    internal const string Fled = "Sauytbay fled China in April and testified that thousands of ethnic Kazakhs, Uyghurs, and other Muslims in Xinjiang were undergoing \"political indoctrination\" at a network of \"reeducation camps.\"";
    internal const string Trained = "She added that Chinese authorities had forced her to train \"political ideology\" instructors for such reeducation camps.";
    internal const string NotAllowed = "Although she was not extradited to China, Kazakh authorities did not allow Sauytbay to remain in Kazakhstan.";
    internal const string Sweden = "She eventually was granted asylum in Sweden.";

    public static IReadOnlyList<string> Quotes { get; } =
        [OnTrial, Decision, Sentence, Request, Testimony, Arrests, TheirClaims, Extradition, Fled, Trained, NotAllowed, Sweden];

    /// <summary>Loads the sample unless its source is already in the archive. Returns whether it loaded anything.</summary>
    public static async Task<bool> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var source = new Source("Court Rules That Ethnic Kazakh Will Not Be Deported To China", string.Join("\n\n", Quotes))
        {
            Outlet = "RFE/RL",
            Url = Url,
            PublishedOn = new DateOnly(2019, 12, 23),
            Language = "en",
        };
        if (await db.Sources.AnyAsync(s => s.ContentHash == source.ContentHash || s.Url == Url, cancellationToken))
        {
            return false;
        }

        db.Sources.Add(source);
        var cite = new Citations(db, source);

        var aqan = new Person("Qaisha Aqan", "qaisha-aqan")
        {
            Ethnicity = "Kazakh",
            Citizenship = "China",
            Gender = Gender.Female,
            PlaceOfOrigin = "Xinjiang",
            OriginCountry = "China",
            Summary = "Ethnic Kazakh from Xinjiang, tried in Zharkent for crossing the border illegally; given a suspended sentence and allowed to stay in Kazakhstan, where she is married to a Kazakh citizen.",
        };
        aqan.AddName("Kaisha Akan");
        aqan.AddName("Қайша Ақан");
        var judge = new Person("Elmira Asubaeva", "elmira-asubaeva");
        var prosecutor = new Person("Arzygul Imyarova", "arzygul-imyarova");
        var alimuly = new Person("Murager Alimuly", "murager-alimuly") { Ethnicity = "Kazakh", Gender = Gender.Male, OriginCountry = "China", PlaceOfOrigin = "Xinjiang" };
        var musakhanuly = new Person("Qaster Musakhanuly", "qaster-musakhanuly") { Ethnicity = "Kazakh", Gender = Gender.Male, OriginCountry = "China", PlaceOfOrigin = "Xinjiang" };
        musakhanuly.AddName("Kaster Musakhanuly");
        var sauytbay = new Person("Sairagul Sauytbay", "sairagul-sauytbay")
        {
            Ethnicity = "Kazakh",
            Citizenship = "China",
            Gender = Gender.Female,
            PlaceOfOrigin = "Xinjiang",
            OriginCountry = "China",
            Summary = "Former employee of Xinjiang's camps who testified about them; Kazakhstan's court refused to extradite her, she was later granted asylum in Sweden.",
        };
        sauytbay.AddName("Sayragul Sauytbay");
        sauytbay.AddName("Сайрагүл Сауытбай");
        db.Persons.AddRange(aqan, judge, prosecutor, alimuly, musakhanuly, sauytbay);
        cite.Person(aqan, OnTrial);
        cite.Person(judge, Sentence);
        cite.Person(prosecutor, Request);
        cite.Person(alimuly, Arrests);
        cite.Person(musakhanuly, Arrests);
        cite.Person(sauytbay, Extradition);

        var zharkent = new Court("Zharkent court", "zharkent-court", "Kazakhstan") { Town = "Zharkent", Region = "Almaty Region", Level = CourtLevel.District };
        var almaty = new Court("Almaty court", "almaty-court", "Kazakhstan") { Town = "Almaty", Level = CourtLevel.District };
        db.Courts.AddRange(zharkent, almaty);

        // Qaisha Aqan: tried for crossing illegally, suspended sentence, not deported.
        var trial = new Case("Qaisha Aqan: illegal border crossing", CaseKind.CriminalTrial)
        {
            Court = zharkent,
            Status = CaseStatus.Decided,
            Charges = ["illegal_border_crossing"],
            OpenedOn = PartialDate.OfMonth(2019, 11, inferred: true),
        };
        trial.AddParty(aqan, PartyRole.Defendant);
        trial.AddParty(aqan, PartyRole.Applicant);
        trial.AddParty(judge, PartyRole.Judge);
        trial.AddParty(prosecutor, PartyRole.Prosecutor);
        db.Cases.Add(trial);
        cite.Case(trial, OnTrial);

        var aqanRuling = new Ruling(trial, zharkent, aqan, Outcome.NotDeported)
        {
            Date = PartialDate.OfDay(2019, 12, 23, inferred: true),
            Verdict = Verdict.Convicted,
            Judge = judge,
            Prosecutor = prosecutor,
            ProsecutorSought = "The same sentence: the ruling matched the prosecutor's request.",
            Charges = ["illegal_border_crossing"],
            Summary = "Six-month suspended sentence for crossing the border illegally; allowed to stay in Kazakhstan as the wife of a Kazakh citizen.",
        };
        aqanRuling.SetSentence(SentenceKind.Suspended, 6);
        db.Rulings.Add(aqanRuling);
        cite.Ruling(aqanRuling, Sentence);
        cite.Ruling(aqanRuling, Decision);
        cite.Ruling(aqanRuling, Request);

        var threatened = new DetentionClaim(aqan, ClaimKind.Threatened) { Facility = "internment camp", Place = "Xinjiang" };
        db.DetentionClaims.Add(threatened);
        cite.Claim(threatened, Testimony);

        cite.Event(new TimelineEvent(aqan, EventKind.BorderCrossing, PartialDate.OfMonth(2018, 5)) { Place = "Kazakhstan", Description = "Crossed into Kazakhstan illegally." }, Testimony);
        cite.Event(new TimelineEvent(aqan, EventKind.TrialOpened, PartialDate.OfMonth(2019, 11, inferred: true)) { Case = trial, Place = "Zharkent", Description = "Her trial opened in Zharkent." }, Testimony);
        cite.Event(new TimelineEvent(aqan, EventKind.Ruling, aqanRuling.Date) { Case = trial, Ruling = aqanRuling, Place = "Zharkent", Description = "Suspended sentence; not deported." }, Sentence);

        // Murager Alimuly and Qaster Musakhanuly: arrested after speaking to journalists.
        cite.Event(new TimelineEvent(alimuly, EventKind.Arrest, PartialDate.OfMonth(2019, 10, inferred: true)) { Place = "Kazakhstan", Description = "Arrested after telling journalists he had crossed the border illegally." }, Arrests);
        cite.Event(new TimelineEvent(musakhanuly, EventKind.Arrest, PartialDate.OfMonth(2019, 10, inferred: true)) { Place = "Kazakhstan", Description = "Arrested after telling journalists he had crossed the border illegally." }, Arrests);
        var persecuted = new DetentionClaim(alimuly, ClaimKind.Persecution) { Place = "Xinjiang" };
        var heldInCamp = new DetentionClaim(musakhanuly, ClaimKind.Detained) { Facility = "reeducation camp", Place = "Xinjiang", Period = "several years" };
        db.DetentionClaims.AddRange(persecuted, heldInCamp);
        cite.Claim(persecuted, TheirClaims);
        cite.Claim(heldInCamp, TheirClaims);

        // Sairagul Sauytbay: extradition refused in Almaty, asylum later in Sweden.
        var extradition = new Case("Sairagul Sauytbay: extradition to China", CaseKind.Extradition)
        {
            Court = almaty,
            Status = CaseStatus.Closed,
            Charges = ["illegal_border_crossing"],
        };
        extradition.AddParty(sauytbay, PartyRole.Defendant);
        extradition.AddParty(sauytbay, PartyRole.Applicant);
        db.Cases.Add(extradition);
        cite.Case(extradition, Extradition);

        var sauytbayRuling = new Ruling(extradition, almaty, sauytbay, Outcome.ExtraditionRefused)
        {
            Date = PartialDate.OfMonth(2018, 8),
            Charges = ["illegal_border_crossing"],
            Summary = "The court refused to hand her over to China, which wanted her for crossing the border illegally.",
        };
        db.Rulings.Add(sauytbayRuling);
        cite.Ruling(sauytbayRuling, Extradition);

        var worked = new DetentionClaim(sauytbay, ClaimKind.WorkedInFacility) { Facility = "reeducation camp", Place = "Xinjiang" };
        db.DetentionClaims.Add(worked);
        cite.Claim(worked, Trained);

        cite.Event(new TimelineEvent(sauytbay, EventKind.Fled, PartialDate.OfMonth(2018, 4, inferred: true)) { Place = "China", Description = "Fled China." }, Fled);
        cite.Event(new TimelineEvent(sauytbay, EventKind.Ruling, sauytbayRuling.Date) { Case = extradition, Ruling = sauytbayRuling, Place = "Almaty", Description = "Extradition to China refused." }, Extradition);
        cite.Event(new TimelineEvent(sauytbay, EventKind.AsylumDenied, null) { Place = "Kazakhstan", Description = "Kazakh authorities did not let her remain in Kazakhstan." }, NotAllowed);
        cite.Event(new TimelineEvent(sauytbay, EventKind.AsylumGranted, null) { Place = "Sweden", Description = "Granted asylum in Sweden." }, Sweden);

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Adds each fact with its citation to the one source.</summary>
    private sealed class Citations(ArchiveDbContext db, Source source)
    {
        public void Person(Person person, string quote) => source.Citations.Add(new Citation { Source = source, Person = person, Quote = quote });
        public void Case(Case @case, string quote) => source.Citations.Add(new Citation { Source = source, Case = @case, Quote = quote });
        public void Ruling(Ruling ruling, string quote) => source.Citations.Add(new Citation { Source = source, Ruling = ruling, Quote = quote });
        public void Claim(DetentionClaim claim, string quote) => source.Citations.Add(new Citation { Source = source, DetentionClaim = claim, Quote = quote });

        public void Event(TimelineEvent timelineEvent, string quote)
        {
            db.Events.Add(timelineEvent);
            source.Citations.Add(new Citation { Source = source, TimelineEvent = timelineEvent, Quote = quote });
        }
    }
}
