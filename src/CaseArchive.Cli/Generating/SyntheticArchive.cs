using CaseArchive.Domain.Model;

namespace CaseArchive.Cli.Generating;

/// <summary>
/// The shape of a synthetic archive, decided before anything is written: who the persons are, which
/// court rules on whom, when and how. Distributions are skewed the way the real cases are: most
/// rulings in Kazakhstan, a peak in 2018-2020, a few busy courts, most persons with one ruling.
/// The same seed gives the same archive.
/// </summary>
internal sealed class SyntheticArchive
{
    public sealed record CourtSpec(string Name, string Town, string? Region, string Country, CourtLevel Level, double Weight);

    public struct PersonSpec
    {
        public int Given;
        public int Root;
        public byte Form;
        public bool Female;
        public PersonVisibility Visibility;
        public byte Kind; // 0 defendant, 1 judge, 2 prosecutor
        public short BirthYear;
        public byte Ethnicity;
        public bool HasCyrillic;
        public bool HasOtherLatin;
        public int Court; // judges and prosecutors: their court
    }

    public struct RulingSpec
    {
        public int Person;
        public int Court;
        public int Judge; // -1: not reported
        public int Prosecutor;
        public short Year; // 0: undated
        public byte Month;
        public byte Day;
        public bool Inferred;
        public Outcome Outcome;
        public CaseKind CaseKind;
        public Verdict? Verdict;
        public SentenceKind? Sentence;
        public short Months;
        public byte Charges; // bit mask over ChargeNames
        public bool IsRepeat; // the person's second or later ruling
    }

    public struct ClaimSpec
    {
        public int Person;
        public ClaimKind Kind;
        public byte Facility;
        public byte Place;
        public byte Period;
        public VerificationStatus Status;
        public bool Cited;
    }

    public static readonly string[] ChargeNames = ["illegal_border_crossing", "forged_documents", "illegal_stay", "false_testimony", "smuggling"];
    public static readonly string[] Ethnicities = ["Kazakh", "Uyghur", "Kyrgyz", "Hui", "Uzbek"];
    public static readonly string[] Facilities = ["reeducation camp", "internment camp", "prison", "detention centre", "police station"];
    public static readonly string[] Places = ["Ili prefecture", "Urumqi", "Kashgar", "Altay", "Tacheng", "Ghulja", "Hotan", "Aksu"];
    public static readonly string[] Periods = ["2017-2018", "several months", "two years", "about a year", "2018", "eight months"];

    private static readonly (string Country, double Weight, string[] Towns, Func<string, string, (string Name, CourtLevel Level)[]> Courts)[] Countries =
    [
        ("Kazakhstan", 0.55, ["Zharkent", "Almaty", "Taldykorgan", "Astana", "Shymkent", "Oskemen", "Zaysan", "Ushtobe", "Tekeli", "Semey", "Karaganda", "Aktobe", "Kegen", "Narynkol"],
            (town, region) => [($"{town} District Court", CourtLevel.District), ($"Specialised Inter-district Administrative Court of {town}", CourtLevel.District), ($"{region} Regional Court", CourtLevel.Regional)]),
        ("Turkey", 0.12, ["Istanbul", "Ankara", "Kayseri", "Izmir", "Konya"],
            (town, _) => [($"{town} Criminal Court of Peace", CourtLevel.District), ($"{town} Administrative Court", CourtLevel.District), ($"{town} Regional Court of Justice", CourtLevel.Appeal)]),
        ("Kyrgyzstan", 0.08, ["Bishkek", "Osh", "Naryn", "Karakol"],
            (town, _) => [($"{town} City Court", CourtLevel.District), ($"{town} Regional Court", CourtLevel.Regional)]),
        ("Germany", 0.05, ["Munich", "Berlin", "Hamburg", "Cologne"],
            (town, _) => [($"Administrative Court of {town}", CourtLevel.District), ($"Higher Administrative Court of {town}", CourtLevel.Appeal)]),
        ("United States", 0.04, ["New York", "San Francisco", "Arlington", "Chicago"],
            (town, _) => [($"Immigration Court, {town}", CourtLevel.District)]),
        ("Netherlands", 0.03, ["The Hague", "Amsterdam", "Zwolle"],
            (town, _) => [($"District Court of {town}", CourtLevel.District)]),
        ("Sweden", 0.03, ["Stockholm", "Malmo", "Gothenburg"],
            (town, _) => [($"Migration Court of {town}", CourtLevel.District)]),
        ("Uzbekistan", 0.03, ["Tashkent", "Andijan"],
            (town, _) => [($"{town} City Criminal Court", CourtLevel.District)]),
        ("Russia", 0.03, ["Moscow", "Novosibirsk", "Barnaul"],
            (town, _) => [($"{town} District Court", CourtLevel.District), ($"{town} Regional Court", CourtLevel.Regional)]),
        ("Kazakhstan Supreme", 0.04, ["Astana"], (_, _) => [("Supreme Court of Kazakhstan", CourtLevel.Supreme)]),
    ];

    private static readonly Dictionary<string, string> Regions = new()
    {
        ["Zharkent"] = "Almaty",
        ["Almaty"] = "Almaty City",
        ["Taldykorgan"] = "Zhetisu",
        ["Astana"] = "Astana City",
        ["Shymkent"] = "Turkistan",
        ["Oskemen"] = "East Kazakhstan",
        ["Zaysan"] = "East Kazakhstan",
        ["Ushtobe"] = "Zhetisu",
        ["Tekeli"] = "Zhetisu",
        ["Semey"] = "Abai",
        ["Karaganda"] = "Karaganda",
        ["Aktobe"] = "Aktobe",
        ["Kegen"] = "Almaty",
        ["Narynkol"] = "Almaty",
    };

    private static readonly int[] YearWeights = [2, 3, 6, 14, 22, 15, 11, 9, 8, 6, 4]; // 2015..2025

    public List<CourtSpec> Courts { get; } = [];
    public PersonSpec[] Persons { get; }
    public RulingSpec[] Rulings { get; }
    public List<ClaimSpec> Claims { get; } = [];

    /// <summary>The rulings an article reports together: one source per this many rulings.</summary>
    public const int RulingsPerSource = 3;

    public SyntheticArchive(int rulingCount, int seed)
    {
        var random = new Random(seed);
        foreach (var (country, weight, towns, make) in Countries)
        {
            var name = country == "Kazakhstan Supreme" ? "Kazakhstan" : country;
            var perTown = new List<(string Town, string Name, CourtLevel Level)>();
            foreach (var town in towns)
            {
                foreach (var (courtName, level) in make(town, Regions.GetValueOrDefault(town, town)))
                {
                    if (!perTown.Any(c => c.Name == courtName))
                    {
                        perTown.Add((town, courtName, level));
                    }
                }
            }
            // Within a country a few courts hear most cases (Zipf over the order above).
            var harmonic = perTown.Select((_, i) => 1.0 / (i + 1)).Sum();
            for (var i = 0; i < perTown.Count; i++)
            {
                var (town, courtName, level) = perTown[i];
                Courts.Add(new CourtSpec(courtName, town, name == "Kazakhstan" ? Regions.GetValueOrDefault(town) : null, name, level, weight / (i + 1) / harmonic));
            }
        }
        var courtPick = Cumulative(Courts.Select(c => c.Weight));

        // Persons: defendants (about 0.7 per ruling: some have an appeal or a second hearing), judges and prosecutors per court.
        var defendants = Math.Max(1, (int)(rulingCount * 0.7));
        var judgesPerCourt = Math.Max(1, rulingCount / 300 / Courts.Count + 1);
        var officials = Courts.Count * judgesPerCourt;
        Persons = new PersonSpec[defendants + 2 * officials];
        for (var i = 0; i < defendants; i++)
        {
            var female = random.NextDouble() < 0.45;
            var roll = random.NextDouble();
            Persons[i] = new PersonSpec
            {
                Female = female,
                Given = random.Next(female ? SyntheticNames.FemaleGiven.Length : SyntheticNames.MaleGiven.Length),
                Root = Zipf(random, SyntheticNames.RootCount, 0.6),
                Form = (byte)random.Next(4),
                // Most are named in the press; some are shown under a pseudonym; a few are withheld.
                Visibility = roll < 0.92 ? PersonVisibility.Public : roll < 0.96 ? PersonVisibility.Pseudonymised : PersonVisibility.Withheld,
                Kind = 0,
                BirthYear = (short)(1950 + random.Next(55)),
                Ethnicity = (byte)Pick(random, [70, 18, 6, 3, 3]),
                HasCyrillic = random.NextDouble() < 0.6,
                HasOtherLatin = random.NextDouble() < 0.5,
                Court = -1,
            };
        }
        for (var k = 0; k < 2 * officials; k++)
        {
            var female = random.NextDouble() < 0.5;
            Persons[defendants + k] = new PersonSpec
            {
                Female = female,
                Given = random.Next(female ? SyntheticNames.FemaleGiven.Length : SyntheticNames.MaleGiven.Length),
                Root = random.Next(SyntheticNames.RootCount),
                Form = (byte)(2 + random.Next(2)),
                Visibility = random.NextDouble() < 0.99 ? PersonVisibility.Public : PersonVisibility.Withheld,
                Kind = (byte)(k < officials ? 1 : 2),
                BirthYear = (short)(1955 + random.Next(35)),
                Ethnicity = 0,
                HasCyrillic = random.NextDouble() < 0.3,
                Court = k % officials / judgesPerCourt,
            };
        }

        Rulings = new RulingSpec[rulingCount];
        for (var i = 0; i < rulingCount; i++)
        {
            var repeat = i >= defendants;
            var person = repeat ? Zipf(random, defendants, 0.3) : i;
            var court = Pick(courtPick, random.NextDouble());
            var spec = Courts[court];
            var year = (short)(2015 + Pick(random, YearWeights));
            var precision = random.NextDouble();
            var outcome = OutcomeFor(spec.Country, random);
            var kind = outcome switch
            {
                Outcome.AsylumGranted or Outcome.AsylumDenied => CaseKind.Asylum,
                Outcome.Extradited or Outcome.ExtraditionRefused => CaseKind.Extradition,
                _ when repeat || spec.Level is CourtLevel.Appeal or CourtLevel.Supreme => CaseKind.Appeal,
                _ => random.NextDouble() < 0.7 ? CaseKind.CriminalTrial : CaseKind.Deportation,
            };
            var ruling = new RulingSpec
            {
                Person = person,
                Court = court,
                Judge = random.NextDouble() < 0.8 ? defendants + court * judgesPerCourt + random.Next(judgesPerCourt) : -1,
                Prosecutor = kind == CaseKind.CriminalTrial && random.NextDouble() < 0.6 ? defendants + officials + court * judgesPerCourt + random.Next(judgesPerCourt) : -1,
                Year = precision < 0.02 ? (short)0 : year,
                Month = precision < 0.10 ? (byte)0 : (byte)(1 + random.Next(12)),
                Day = precision < 0.25 ? (byte)0 : (byte)(1 + random.Next(28)),
                Inferred = random.NextDouble() < 0.1,
                Outcome = outcome,
                CaseKind = kind,
                IsRepeat = repeat,
            };
            if (ruling.Year == 0)
            {
                ruling.Month = ruling.Day = 0;
                ruling.Inferred = false;
            }
            else if (ruling.Month == 0)
            {
                ruling.Day = 0;
            }
            if (kind == CaseKind.CriminalTrial)
            {
                ruling.Charges = 1;
                if (random.NextDouble() < 0.12) { ruling.Charges |= 2; }
                if (random.NextDouble() < 0.08) { ruling.Charges |= 4; }
                if (random.NextDouble() < 0.02) { ruling.Charges |= 16; }
                var verdict = random.NextDouble();
                ruling.Verdict = verdict < 0.82 ? Verdict.Convicted : verdict < 0.92 ? Verdict.Acquitted : Verdict.Dismissed;
                if (ruling.Verdict == Verdict.Convicted)
                {
                    var sentence = random.NextDouble();
                    (ruling.Sentence, ruling.Months) = sentence < 0.55 ? (SentenceKind.Suspended, (short)(6 + 6 * random.Next(4)))
                        : sentence < 0.75 ? (SentenceKind.Prison, (short)(6 + 6 * random.Next(8)))
                        : sentence < 0.9 ? (SentenceKind.Fine, (short)0)
                        : (SentenceKind.RestrictedFreedom, (short)(12 + 12 * random.Next(3)));
                }
            }
            else if (kind == CaseKind.Extradition)
            {
                ruling.Charges = random.NextDouble() < 0.5 ? (byte)1 : (byte)8;
            }
            Rulings[i] = ruling;
        }

        for (var p = 0; p < defendants; p++)
        {
            if (random.NextDouble() >= 0.4)
            {
                continue;
            }
            var status = random.NextDouble();
            Claims.Add(new ClaimSpec
            {
                Person = p,
                Kind = (ClaimKind)Pick(random, [35, 20, 25, 5, 15]),
                Facility = (byte)random.Next(Facilities.Length),
                Place = (byte)random.Next(Places.Length),
                Period = (byte)random.Next(Periods.Length),
                Status = status < 0.85 ? VerificationStatus.Reported : status < 0.95 ? VerificationStatus.Corroborated : VerificationStatus.Disputed,
                Cited = random.NextDouble() < 0.6,
            });
        }
    }

    public int Defendants => Rulings.Length == 0 ? 0 : Persons.Count(p => p.Kind == 0);

    private static Outcome OutcomeFor(string country, Random random) => country switch
    {
        "Kazakhstan" => (Outcome)Pick(random, [45, 15, 8, 2, 5, 15, 10]),
        "Turkey" => (Outcome)Pick(random, [30, 10, 40, 5, 0, 0, 15]),
        "Kyrgyzstan" or "Uzbekistan" or "Russia" => (Outcome)Pick(random, [30, 30, 10, 15, 2, 5, 8]),
        _ => (Outcome)Pick(random, [0, 5, 0, 0, 50, 35, 10]),
    };

    private static int Pick(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = weights.ToList();
        var total = list.Sum();
        var cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i] / total;
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int Pick(double[] cumulative, double roll)
    {
        var index = Array.BinarySearch(cumulative, roll);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    /// <summary>A skewed pick in [0, n): small numbers far more often (a Zipf-like law with exponent s).</summary>
    private static int Zipf(Random random, int n, double s)
    {
        // Inverse transform of a continuous power law on [1, n + 1).
        var u = random.NextDouble();
        var a = 1 - s;
        var x = Math.Pow(1 + u * (Math.Pow(n + 1, a) - 1), 1 / a);
        return Math.Clamp((int)x - 1, 0, n - 1);
    }
}
