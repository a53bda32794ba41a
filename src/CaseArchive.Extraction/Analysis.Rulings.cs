using System.Globalization;
using System.Text.RegularExpressions;
using CaseArchive.Extraction.Reading;
using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction;

internal sealed record CourtMention(int Start, string? Name, string? City, string? Country);

internal sealed partial class Analysis
{
    /// <summary>A ruling being assembled from the sentences that describe one decision.</summary>
    private sealed class RulingDraft
    {
        public required PersonDraft Person { get; init; }
        /// <summary>The first sentence of the decision's description: drafts built together are one decision on several people.</summary>
        public required int FirstSentence { get; init; }
        public required int LastSentence { get; set; }
        public CourtMention? Court { get; set; }
        public string? Country { get; set; }
        public PartialDate? Date { get; set; }
        public string? Judge { get; set; }
        public string? Prosecutor { get; set; }
        public List<string> Charges { get; set; } = [];
        public Verdict? Verdict { get; set; }
        public SentenceRecord? Sentence { get; set; }
        public Outcome Outcome { get; set; } = Outcome.Unknown;
        public required string Quote { get; set; }
        public string? ReleaseQuote { get; set; }

        public RulingDraft InCountry(string country) => new()
        {
            Person = Person,
            FirstSentence = FirstSentence,
            LastSentence = LastSentence,
            Country = country,
            Date = Date,
            Judge = Judge,
            Prosecutor = Prosecutor,
            Charges = [.. Charges],
            Verdict = Verdict,
            Sentence = Sentence,
            Outcome = Outcome,
            Quote = Quote,
        };

        /// <summary>
        /// Takes in what a later description of the same decision adds; false when they contradict. A news story's
        /// undated decision is recent: a decision dated two years or more before the story is another one.
        /// </summary>
        public bool TryAbsorb(RulingDraft later, int? newsYear)
        {
            if ((Outcome != Outcome.Unknown && later.Outcome != Outcome.Unknown && Outcome != later.Outcome)
                || (Date is not null && later.Date is not null && Date != later.Date)
                || ((Date is null ? later.Date?.Year : later.Date is null ? Date.Year : null) < newsYear - 1)
                || (Court?.City is not null && later.Court?.City is not null && Court.City != later.Court.City)
                || (Country is not null && later.Country is not null && Country != later.Country))
            {
                return false;
            }
            if (Court?.City is null && later.Court is not null)
            {
                Court = later.Court;
            }
            Country ??= later.Country;
            Date ??= later.Date;
            Judge ??= later.Judge;
            Prosecutor ??= later.Prosecutor;
            Charges = Charges.Union(later.Charges).ToList();
            Verdict ??= later.Verdict;
            Sentence ??= later.Sentence;
            ReleaseQuote ??= later.ReleaseQuote;
            if (Outcome == Outcome.Unknown && later.Outcome != Outcome.Unknown)
            {
                Outcome = later.Outcome;
                Quote = later.Quote;
            }
            LastSentence = later.LastSentence;
            return true;
        }
    }

    /// <summary>
    /// Rulings: a decision sentence (a court or judge deciding) and the adjacent sentences that go on
    /// about the same decision (its court, date, judge, prosecutor, sentence) form one ruling per person.
    /// A ruling told again a sentence or two later ("The Istanbul court ruled on May 18...") is joined to it.
    /// </summary>
    private void FindRulings()
    {
        var drafts = new List<RulingDraft>();
        var s = 0;
        while (s < _sentences.Count)
        {
            if (!IsDecision(s))
            {
                s++;
                continue;
            }
            var cluster = new List<int> { s };
            var people = RulingPersons(s);
            var next = s + 1;
            while (next < _sentences.Count && ContinuesRuling(next))
            {
                // "..., his son, Arman Sultanbek, told AFP outside the court": a relative quoted is not a party.
                var more = RulingPersons(next).Where(p => !p.Roles.Contains(PersonRole.Relative)).ToList();
                if (people.Count > 0 && more.Count > 0 && !more.Intersect(people).Any() && IsDecision(next))
                {
                    break;
                }
                // "X was sentenced last month by a court in Zharkent": an earlier decision by another court is a ruling of its own.
                if (IsDecision(next) && IsOtherDecision(cluster, next))
                {
                    break;
                }
                people.AddRange(more.Except(people));
                cluster.Add(next);
                next++;
            }
            if (people.Count == 0)
            {
                people = PersonsOfUnnamedRuling(cluster, next);
            }
            foreach (var c in cluster)
            {
                _rulingSentences.Add(c);
            }
            if (people.Count > 0)
            {
                _lastRulingPeople = people;
            }
            var reverses = cluster.Any(c => Hits(c, RulingPrefix).Any(h => h.Label == ReversalLabel && IsReal(h)));
            foreach (var draft in BuildRulings(cluster, people))
            {
                // "The court reversed its decision": the opposite of that person's decision told before, a decision of its own.
                if (reverses && draft.Outcome == Outcome.Unknown
                    && drafts.LastOrDefault(d => d.Person == draft.Person && d.Outcome != Outcome.Unknown) is { } reversed)
                {
                    draft.Outcome = Opposite(reversed.Outcome);
                }
                // The same decision told again (headline, lead, body, a lawyer's words) joins the latest earlier
                // ruling on that person it does not contradict: another court, date or outcome is another decision.
                // Far apart, two descriptions that both leave the outcome unknown may be two decisions (custody, then sentence).
                var earlier = drafts.Where(d => d.Person == draft.Person
                        && (draft.LastSentence - d.LastSentence <= 4 || d.Outcome != Outcome.Unknown || draft.Outcome != Outcome.Unknown))
                    .Reverse().FirstOrDefault(d => d.TryAbsorb(draft, _reference?.Year));
                if (earlier is null)
                {
                    drafts.Add(draft);
                }
            }
            s = next;
        }
        ResolveOutcomesOfCases(drafts);
        foreach (var draft in drafts)
        {
            var court = draft.Court;
            CourtRecord? courtRecord = null;
            if (court is not null)
            {
                var name = court.Name ?? (court.City is not null ? $"{court.City} court" : null);
                courtRecord = _courts.FirstOrDefault(c => c.City is not null && c.City == court.City && (c.Name == name || court.Name is null || c.Name is null))
                    ?? _courts.FirstOrDefault(c => c.City is null && court.City is null && c.Name == name && c.Country == draft.Country);
                if (courtRecord is null && (name is not null || court.City is not null))
                {
                    courtRecord = new CourtRecord(name, court.City, draft.Country);
                    _courts.Add(courtRecord);
                }
            }
            var inferred = draft.Date?.Inferred ?? false;
            _rulings.Add(new RulingRecord(
                draft.Person.Name, courtRecord?.Name, court?.City, draft.Country, draft.Date, inferred, draft.Judge, draft.Prosecutor,
                draft.Charges, draft.Verdict, draft.Sentence, draft.Outcome, draft.Quote));
            _events.Add(new EventRecord(draft.Person.Name, EventKind.Ruling, draft.Date, inferred, court?.City ?? draft.Country, draft.Quote));
            // "freed", "ordered his release", "освободила из-под стражи": the person left custody the day of the ruling.
            if (draft.ReleaseQuote is { } releaseQuote)
            {
                _events.Add(new EventRecord(draft.Person.Name, EventKind.Release, draft.Date, inferred, null, releaseQuote));
            }
            _rulingDates.Add((draft.LastSentence, draft.Date));
        }
    }

    /// <summary>
    /// Case-level resolution: a person's one decision whose own sentences leave the outcome unknown takes it
    /// from wherever the article tells it about that person (the headline, the lead, a later sentence, a
    /// lawyer's words: "Most important, she will not be sent back"), unless that is a request or a hypothesis.
    /// A person with several decisions keeps each decision's own sentences.
    /// </summary>
    private void ResolveOutcomesOfCases(List<RulingDraft> drafts)
    {
        var ruled = drafts.Select(d => d.Person).Distinct().ToList();
        // An article about one decision (on one person or several tried together): an outcome told without naming
        // anyone ("Most important, the court decided not to deport them") is that decision's.
        var oneDecision = drafts.Select(d => d.FirstSentence).Distinct().Count() == 1;
        foreach (var draft in drafts.Where(d => d.Outcome == Outcome.Unknown))
        {
            if (drafts.Count(d => d.Person == draft.Person) > 1)
            {
                continue;
            }
            // "The two men will not be sent back": people tried together are told of together.
            var codefendants = drafts.Where(d => d.FirstSentence == draft.FirstSentence).Select(d => d.Person).ToList();
            for (var s = 0; s < _sentences.Count && draft.Outcome == Outcome.Unknown; s++)
            {
                var text = _sentences[s].Text;
                var about = _subjects[s].Contains(draft.Person) || (oneDecision && _subjects[s].Count == 0);
                if (!about || _subjects[s].Any(p => !codefendants.Contains(p) && ruled.Contains(p))
                    || ProsecutorRequest().IsMatch(text) || Hypothetical().IsMatch(text) || RelativeSubject().IsMatch(text) || ByAuthority(s))
                {
                    continue;
                }
                if (OutcomeIn(s) is { } found)
                {
                    draft.Outcome = found;
                }
            }
            // "More importantly, all three avoided deportation": a sentence naming no one that tells of the ruled
            // people together, by their number ("all three", "both", "все трое", "екеуі") or as all of them.
            for (var s = 0; s < _sentences.Count && draft.Outcome == Outcome.Unknown; s++)
            {
                if (_subjects[s].Any(p => !ruled.Contains(p)) || !TellsOfAll(s, ruled.Count)
                    || ProsecutorRequest().IsMatch(_sentences[s].Text) || Hypothetical().IsMatch(_sentences[s].Text) || ByAuthority(s))
                {
                    continue;
                }
                if (OutcomeIn(s) is { } together)
                {
                    draft.Outcome = together;
                }
            }
            // The headline, when the article is about this one person or names them.
            if (draft.Outcome == Outcome.Unknown && _article.Header.Title is { Length: > 0 } title
                && (ruled.Count == 1 || title.Contains(draft.Person.Name.Split(' ')[^1], StringComparison.OrdinalIgnoreCase))
                && !Hypothetical().IsMatch(title)
                && OutcomeInText(title, _tokenizer.Tokenize(title)) is { } headline)
            {
                draft.Outcome = headline;
            }
        }
    }

    private readonly List<(int Sentence, PartialDate? Date)> _rulingDates = [];
    private List<PersonDraft> _lastRulingPeople = [];

    // A decision sentence with a court in another town, or a date of its own unlike the cluster's, is another decision.
    private bool IsOtherDecision(List<int> cluster, int next)
    {
        var nextDates = DatesOf(next).Where(d => d.Date is not null && !NotTheDecisionDate().IsMatch(Before(_sentences[next].Text, d.Mention.Start))).Select(d => d.Date).ToList();
        var clusterDates = cluster.SelectMany(DatesOf).Where(d => d.Date is not null).Select(d => d.Date).ToList();
        if (nextDates.Count > 0 && clusterDates.Count > 0 && !nextDates.Intersect(clusterDates).Any())
        {
            return true;
        }
        // "... since being sentenced by an English judge in 2012" beside today's undated decision: an earlier one.
        var decisionDates = cluster.SelectMany(c => DatesOf(c).Where(d => d.Date is not null && !NotTheDecisionDate().IsMatch(Before(_sentences[c].Text, d.Mention.Start)))).Select(d => d.Date).ToList();
        if (_reference is { } reference && (nextDates.Count == 0) != (decisionDates.Count == 0)
            && nextDates.Concat(decisionDates).All(d => d!.Year < reference.Year - 1))
        {
            return true;
        }
        var nextCities = CourtsOf(next).Select(c => c.City).OfType<string>().ToList();
        var clusterCities = cluster.SelectMany(CourtsOf).Select(c => c.City).OfType<string>().ToList();
        return nextCities.Count > 0 && clusterCities.Count > 0 && !nextCities.Intersect(clusterCities).Any();
    }

    // "A court ruled that an ethnic Kyrgyz herder ... will not be deported." The person is named in the
    // sentence that follows, or was the subject of the one before ("... sentenced him").
    private List<PersonDraft> PersonsOfUnnamedRuling(List<int> cluster, int next)
    {
        var text = string.Join(" ", cluster.Select(c => _sentences[c].Text));
        if (RelativeIsParty(text))
        {
            return [];
        }
        // "Вскоре их осудили", "Такой приговор им вынесли": the group named just before, or, when the ruling opens
        // the story, the two or more people the next sentence names.
        if (GroupPronoun().IsMatch(text))
        {
            if (cluster[0] > 0 && LastGroup(cluster[0]) is { } before)
            {
                return before;
            }
            if (next < _sentences.Count && RulingPersons(next) is { Count: >= 2 } after)
            {
                return after;
            }
        }
        if (UnnamedPerson().IsMatch(text) && next < _sentences.Count)
        {
            var ahead = RulingPersons(next);
            if (ahead.Count > 0)
            {
                return ahead;
            }
        }
        // "A court approved the extradition of a Uyghur ...", "a court initially approved the request" in a story about
        // one person: that person, when the sentence tells what the court decided (not "courts have found themselves ...").
        if (!PluralDescription().IsMatch(UnnamedPerson().Match(text).Value)
            && cluster.Any(c => OutcomeIn(c) is not null)
            && _persons.Where(p => !p.IsOfficial && !p.Roles.Contains(PersonRole.Relative)).ToList() is [var only])
        {
            return [only];
        }
        // "освободила её подзащитного", "ordered her client released": the person of the ruling just told.
        if (Client().IsMatch(text) && _lastRulingPeople.Count > 0)
        {
            return [.. _lastRulingPeople];
        }
        foreach (var c in cluster)
        {
            var pronoun = ObjectPronoun().Match(_sentences[c].Text);
            if (pronoun.Success)
            {
                return ResolvePronoun(c, pronoun.Value);
            }
        }
        return [];
    }

    private bool IsDecision(int s)
    {
        var text = _sentences[s].Text;
        if (Hypothetical().IsMatch(text))
        {
            return false;
        }
        var words = Hits(s, RulingPrefix).Where(IsReal).ToList();
        // "Вскоре их осудили", "was sentenced": verbs only a court's decision uses need no court beside them.
        if (PassiveDecision().IsMatch(text) || words.Any(h => h.Label == ByCourtLabel))
        {
            return true;
        }
        var byCourt = CourtsOf(s).Count > 0 || CourtWord().IsMatch(text) || words.Any(h => h.Label == CourtLabel)
            || _mentions.Any(m => m.Sentence == s && m.Person.Roles.Contains(PersonRole.Judge));
        // "без всякого решения суда", "without a court order": a decision said not to exist.
        var none = words.Where(h => h.Label == NoRulingLabel).ToList();
        // "его выдворили из России, проигнорировав меры Европейского суда": the authorities removed him (an event),
        // the court is only mentioned; a verb of removal in the impersonal plural is no court's decision.
        var decided = DecisionVerb().Matches(text).Any(m => !AuthoritiesRemoval().IsMatch(WordAt(text, m.Index)) && !none.Any(n => m.Index >= n.Start && m.Index < n.End))
            || words.Any(h => h.Label is DecisionLabel or FavourableLabel or UnfavourableLabel)
            || Hits(s, "outcome.").Any(o => IsReal(o) && CourtActs(s, o));
        return byCourt && decided && !ProsecutorRequest().IsMatch(text);
    }

    // "Казахстанский суд не экстрадировал", "the tribunal ... barred sending him back": a court named shortly before
    // an outcome, in the same clause, is the one deciding it.
    private bool CourtActs(int s, LexiconHit outcome)
    {
        var text = _sentences[s].Text;
        var courts = CourtWord().Matches(text).Select(m => m.Index)
            .Concat(Hits(s, RulingPrefix).Where(h => h.Label == CourtLabel).Select(h => h.Start))
            .Concat(CourtsOf(s).Select(c => c.Start));
        return courts.Any(start => start < outcome.Start
            && TokensOf(s).Count(t => t.Start > start && t.Start < outcome.Start) <= 10
            && !text[start..outcome.Start].Contains(';', StringComparison.Ordinal));
    }

    private static bool IsReal(LexiconHit hit) => !hit.Negated && !hit.Hypothetical;

    // "all three", "both men", "все трое", "екеуі" (`ruling.together` lines): the sentence tells of every ruled person, when
    // the number it gives (a number word of the phrase) is theirs; "all of them" gives none and fits any group of two or more.
    private bool TellsOfAll(int s, int ruled)
    {
        if (ruled < 2)
        {
            return false;
        }
        var tokens = TokensOf(s);
        foreach (var hit in Hits(s, TogetherLabel).Where(IsReal))
        {
            var number = tokens.Where(t => t.Start >= hit.Start && t.End <= hit.End).Select(t => GroupNumber(t.Form)).FirstOrDefault(n => n > 0);
            if (number == 0 || number == ruled)
            {
                return true;
            }
        }
        return false;
    }

    private static int GroupNumber(string word) => word.ToLowerInvariant() switch
    {
        "two" or "both" or "двое" or "двоих" or "оба" or "обе" or "обоих" or "екеуі" or "екеуін" => 2,
        "three" or "трое" or "троих" or "үшеуі" or "үшеуін" => 3,
        "four" or "четверо" or "четверых" or "төртеуі" or "төртеуін" => 4,
        "five" or "пятеро" or "пятерых" or "бесеуі" or "бесеуін" => 5,
        "six" or "шестеро" or "шестерых" or "алтауы" or "алтауын" => 6,
        _ => 0,
    };

    // "recognized as a refugee by the UN refugee agency", "миграционная служба отказала": a body that is no court decided.
    // The body acts when it is the clause's subject (before the outcome) or the agent of a passive ("by the UN refugee
    // agency"); one named after the outcome otherwise ("avoided deportation, contrary to the demands of the prosecutors")
    // is not who decided.
    private bool ByAuthority(int s)
    {
        var text = _sentences[s].Text;
        if (CourtWord().IsMatch(text) || Hits(s, RulingPrefix).Any(h => h.Label == CourtLabel))
        {
            return false;
        }
        var outcome = Hits(s, "outcome.").Where(IsReal).Select(h => (int?)h.Start).Min();
        return Hits(s, RulingPrefix).Any(h => h.Label == AuthorityLabel && !h.Negated
            && (outcome is not { } o || h.Start < o || PassiveAgent().IsMatch(Before(text, h.Start))));
    }

    // "according to his brother", "her son said": a relative telling the story is not the one the court decided on.
    private static bool RelativeIsParty(string text) =>
        RelativeSubject().Matches(text).Any(m => !ToldBy().IsMatch(Before(text, m.Index)) && !Says().IsMatch(text[(m.Index + m.Length)..]));

    private static string WordAt(string text, int index)
    {
        var start = index;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    private bool ContinuesRuling(int s)
    {
        var text = _sentences[s].Text;
        return RulingFollowUp().IsMatch(text)
            || _mentions.Any(m => m.Sentence == s && (m.Person.Roles.Contains(PersonRole.Judge) || m.Person.Roles.Contains(PersonRole.Prosecutor)));
    }

    private List<PersonDraft> RulingPersons(int s)
    {
        var mentions = _mentions.Where(m => m.Sentence == s && !m.Person.IsOfficial).ToList();
        // "... cancelled the order to deport X, while in April Y was released from a centre": a person named only in a
        // clause of its own that tells no decision is not a party to this one.
        if (!_decidingClauses.TryGetValue(s, out var deciding))
        {
            _decidingClauses[s] = deciding = Clauses(_sentences[s].Text).Where(c => TellsDecision(s, c)).ToList();
        }
        if (deciding.Count > 0)
        {
            var parties = mentions.Where(m => deciding.Any(c => m.Start >= c.Start && m.Start < c.End)).Select(m => m.Person).ToHashSet();
            mentions = mentions.Where(m => parties.Contains(m.Person)).ToList();
        }
        // A relative quoted beside the person tried ("his daughter X said") is not the one the court decided on.
        return WithoutQuotedRelatives(mentions.Select(m => m.Person).Distinct().ToList(), s);
    }

    // The clauses of a sentence that tell a decision, read once per sentence.
    private readonly Dictionary<int, List<(int Start, int End)>> _decidingClauses = [];

    // A clause with a court, a decision's verb or an outcome in it.
    private bool TellsDecision(int s, (int Start, int End) clause)
    {
        var text = _sentences[s].Text[clause.Start..clause.End];
        return CourtWord().IsMatch(text) || DecisionVerb().IsMatch(text) || PassiveDecision().IsMatch(text)
            || Hits(s, RulingPrefix).Concat(Hits(s, "outcome.")).Any(h => !h.Label.StartsWith(ProceedingPrefix, StringComparison.Ordinal)
                && h.Label != AuthorityLabel && h.Start >= clause.Start && h.Start < clause.End);
    }

    private List<RulingDraft> BuildRulings(List<int> cluster, List<PersonDraft> people)
    {
        if (people.Count == 0)
        {
            return [];
        }
        var courts = cluster.SelectMany(CourtsOf).ToList();
        var court = courts.FirstOrDefault(c => c.City is not null) ?? courts.FirstOrDefault();
        var country = court?.Country ?? courts.Select(c => c.Country).FirstOrDefault(c => c is not null);

        // Text the decision rests on, without sentences that only report what the prosecutor asked for.
        var decisive = cluster.Where(c => !ProsecutorRequest().IsMatch(_sentences[c].Text)).ToList();
        var decisiveText = string.Join(" ", decisive.Select(c => _sentences[c].Text));

        var outcome = Outcome.Unknown;
        var quoteSentence = cluster[0];
        foreach (var c in decisive)
        {
            if (OutcomeIn(c) is { } found)
            {
                outcome = found;
                quoteSentence = c;
                break;
            }
        }
        var sentence = SentenceOf(decisiveText);
        var verdict = VerdictOf(decisiveText, sentence);
        var (date, _) = RulingDate(cluster);
        var release = decisive.FirstOrDefault(c => CourtRelease().IsMatch(_sentences[c].Text), -1);
        var judge = cluster.SelectMany(c => _mentions.Where(m => m.Sentence == c && m.Person.Roles.Contains(PersonRole.Judge))).Select(m => m.Person.Name).FirstOrDefault();
        var prosecutor = cluster.SelectMany(c => _mentions.Where(m => m.Sentence == c && m.Person.Roles.Contains(PersonRole.Prosecutor))).Select(m => m.Person.Name).FirstOrDefault();

        // Unnamed descriptions in the ruling's sentences ("an ethnic-Kazakh woman", "three ethnic Kazakhs") are its persons.
        foreach (var c in cluster.Where(c => RulingPersons(c).Count == 0 || !RulingPersons(c).Intersect(people).Any()))
        {
            foreach (Match description in UnnamedPerson().Matches(_sentences[c].Text))
            {
                var plural = PluralDescription().IsMatch(description.Value);
                if (people.Count == 1 || plural)
                {
                    foreach (var person in people)
                    {
                        ApplyDescription(person, description.Value, withCitizenship: false);
                    }
                }
            }
        }

        var drafts = new List<RulingDraft>();
        foreach (var person in people)
        {
            var charges = ChargesOf(string.Join(" ", cluster.Select(c => _sentences[c].Text)));
            if (charges.Count == 0)
            {
                var about = Enumerable.Range(0, _sentences.Count).Where(i => _subjects[i].Contains(person)).Select(i => _sentences[i].Text);
                charges = ChargesOf(string.Join(" ", about));
            }
            drafts.Add(new RulingDraft
            {
                Person = person,
                FirstSentence = cluster[0],
                LastSentence = cluster[^1],
                Court = court,
                Country = country,
                Date = date,
                Judge = judge,
                Prosecutor = prosecutor,
                Charges = charges,
                Verdict = verdict,
                Sentence = sentence,
                Outcome = outcome,
                Quote = _sentences[quoteSentence].Text,
                ReleaseQuote = release >= 0 ? _sentences[release].Text : null,
            });
        }
        // "заочно осужденный в Казахстане и в России", "convicted in Kazakhstan and Russia": a court of each country.
        if (court is null && TwoCountries(decisiveText) is var (first, second))
        {
            foreach (var draft in drafts.ToList())
            {
                draft.Country = first;
                drafts.Add(draft.InCountry(second));
            }
        }
        return drafts;
    }

    private static (string, string)? TwoCountries(string text)
    {
        foreach (Match verb in Convicted().Matches(text))
        {
            var after = text[(verb.Index + verb.Length)..];
            if (CountryPair().Match(after) is { Success: true } pair && pair.Index <= 40
                && Gazetteer.FindCountry(pair.Groups["a"].Value) is { } a && Gazetteer.FindCountry(pair.Groups["b"].Value) is { } b && a != b)
            {
                return (a, b);
            }
        }
        return null;
    }

    private (PartialDate? Date, bool Inferred) RulingDate(List<int> cluster)
    {
        // The decision sentence's own date first, then the sentences describing the same decision.
        foreach (var c in cluster.OrderBy(c => DecisionVerb().IsMatch(_sentences[c].Text) && DatesOf(c).Count > 0 ? 0 : 1))
        {
            var text = _sentences[c].Text;
            var dates = DatesOf(c).Where(d => !NotTheDecisionDate().IsMatch(Before(text, d.Mention.Start))).ToList();
            if (dates.Count == 0)
            {
                continue;
            }
            var verbs = DecisionVerb().Matches(text).Select(m => m.Index).DefaultIfEmpty(0).ToList();
            var nearest = dates.OrderBy(d => verbs.Min(v => Math.Abs(v - d.Mention.Start))).First();
            // A ruling is the news: a day or month without a year is the latest before publication, not the year
            // the sentence before happened to state ("arrested in November 2020. ... ruled on March 28").
            var date = _reference is not null && !nearest.Mention.HasYear ? DateFinder.Resolve(nearest.Mention, _reference, null) : nearest.Date;
            return (date, date?.Inferred ?? false);
        }
        return (null, false);
    }

    internal static List<CourtMention> CourtsIn(string text)
    {
        var found = new List<CourtMention>();
        void Add(int start, string? name, Place? place, string? country = null)
        {
            if (found.Any(f => f.Start == start))
            {
                return;
            }
            found.Add(new CourtMention(start, name, place?.Town, place?.Country ?? country));
        }
        foreach (Match m in SpecialisedCourt().Matches(text))
        {
            Add(m.Index, Tidy(m.Value), Gazetteer.FindPlace(m.Groups["p"].Value));
        }
        foreach (Match m in NamedCourt().Matches(text))
        {
            if (Gazetteer.FindTown(m.Groups["p"].Value) is { } town)
            {
                Add(m.Index, Tidy(m.Value), town);
            }
            else if (TownAfter().Match(text[(m.Index + m.Length)..]) is { Success: true } after && Gazetteer.FindTown(after.Groups["p"].Value) is { } seat)
            {
                // "The Medeu district court in Almaty": a district court named for a part of its town.
                Add(m.Index, Tidy(m.Value), seat);
            }
        }
        foreach (Match m in PlaceCourt().Matches(text))
        {
            var word = m.Groups["p"].Value;
            if (Gazetteer.FindTown(word) is { } town)
            {
                Add(m.Index, $"{town.Town} court", town);
            }
            else if (Gazetteer.FindCountry(word) is { } countryOnly)
            {
                Add(m.Index, null, null, countryOnly);
            }
        }
        foreach (Match m in CourtIn().Matches(text))
        {
            var place = Gazetteer.FindPlace(m.Groups["p"].Value);
            if (place?.Town is not null && m.Groups["region"].Success)
            {
                // "a court in Almaty region": the region, not the town.
                place = new Place(null, place.Region, place.Country);
            }
            if (place is not null && place.Town is null && m.Groups["city"].Success && Gazetteer.FindTown(m.Groups["city"].Value) is { } town)
            {
                place = town;
            }
            if (place is not null)
            {
                Add(m.Index, null, place);
            }
        }
        foreach (Match m in HighCourt().Matches(text))
        {
            var country = m.Groups["c"].Success ? Gazetteer.FindCountry(m.Groups["c"].Value) : null;
            country ??= CountryIn(text[(m.Index + m.Length)..]);
            Add(m.Index, Tidy(m.Groups["name"].Value), null, country);
        }
        foreach (Match m in RussianCourt().Matches(text))
        {
            var place = (m.Groups["p"].Success ? Gazetteer.FindPlace(m.Groups["p"].Value) : null)
                ?? (m.Groups["adj"].Success ? Gazetteer.FindPlace(RussianAdjectiveToNominative(m.Groups["adj"].Value)) : null);
            if (place is not null)
            {
                var name = m.Groups["adj"].Success ? Tidy(m.Value[..(m.Value.IndexOf("суд", StringComparison.Ordinal) + 3)]) : $"{place.Town ?? place.Country} court";
                Add(m.Index, name, place);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // "Панфиловского" → "Панфиловский": the gazetteer lists the nominative.
    private static string RussianAdjectiveToNominative(string adjective)
    {
        foreach (var (ending, nominative) in new[] { ("ского", "ский"), ("ском", "ский"), ("цкого", "цкий"), ("цком", "цкий") })
        {
            if (adjective.EndsWith(ending, StringComparison.Ordinal))
            {
                return adjective[..^ending.Length] + nominative;
            }
        }
        return adjective;
    }

    private static string? CountryIn(string text)
    {
        foreach (Match m in CapitalisedWord().Matches(text))
        {
            if (Gazetteer.FindCountry(m.Value) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    private static string Tidy(string name)
    {
        var trimmed = Regex.Replace(name.Trim(), @"\s+", " ");
        trimmed = Regex.Replace(trimmed, @"^(?:the|a|an)\s+", "", RegexOptions.IgnoreCase);
        return char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    /// <summary>
    /// The outcome a sentence states: the vocabulary's outcome phrases (not negated, not hypothetical) first, as they
    /// are the longer phrasings ("overturned the order to deport"), then the patterns.
    /// </summary>
    private Outcome? OutcomeIn(int s) => OutcomeInText(_sentences[s].Text, TokensOf(s));

    /// <summary>
    /// The vocabulary's phrases in text order: an outcome phrase, or a decision for the person ("upheld her appeal",
    /// "встал на его сторону") or against them ("dismissed his appeal"), whose outcome follows the kind of proceeding
    /// (asylum, deportation, extradition). Then the patterns.
    /// </summary>
    private Outcome? OutcomeInText(string text, List<Token> tokens)
    {
        var hits = Lexicon.Default.Find(tokens, "outcome.")
            .Concat(Lexicon.Default.Find(tokens, RulingPrefix).Where(h => h.Label is FavourableLabel or UnfavourableLabel))
            .Where(IsReal)
            .OrderBy(h => h.Start);
        foreach (var hit in hits)
        {
            var outcome = hit.Label.StartsWith("outcome.", StringComparison.Ordinal) ? OutcomeOfLabel(hit.Label) : OutcomeOfStance(tokens, hit);
            if (outcome is not null)
            {
                return outcome;
            }
        }
        return OutcomeOf(text);
    }

    private Outcome? OutcomeOfStance(List<Token> tokens, LexiconHit hit)
    {
        var first = tokens.FindIndex(t => t.Start == hit.Start);
        var last = tokens.FindLastIndex(t => t.End == hit.End);
        // "dismissed the prosecutor's appeal", "отклонил апелляцию прокурора": the state lost, the person won.
        // A body after "against", "на" is what the appeal was about, not who made it.
        var from = Math.Max(0, first - 2);
        var to = Math.Min(tokens.Count - 1, last + 3);
        for (var i = last + 1; i <= to; i++)
        {
            if (AppealObject().IsMatch(tokens[i].Form))
            {
                to = i - 1;
                break;
            }
        }
        var byState = Lexicon.Default.Find(tokens, RulingPrefix)
            .Any(h => h.Label == AuthorityLabel && h.Start >= tokens[from].Start && h.End <= tokens[Math.Max(from, to)].End);
        var favourable = (hit.Label == FavourableLabel) != byState;
        return ProceedingOf(tokens, hit) switch
        {
            AsylumProceeding => favourable ? Outcome.AsylumGranted : Outcome.AsylumDenied,
            DeportationProceeding => favourable ? Outcome.NotDeported : Outcome.Deported,
            ExtraditionProceeding => favourable ? Outcome.ExtraditionRefused : Outcome.Extradited,
            _ => null,
        };
    }

    // The proceeding a decision is in: the kind named after its phrase in the sentence, else before it, else the
    // kind the article names most (headline included).
    private string? ProceedingOf(List<Token> tokens, LexiconHit hit)
    {
        var kinds = Lexicon.Default.Find(tokens, ProceedingPrefix);
        if (kinds.Where(k => k.Start >= hit.End).OrderBy(k => k.Start).FirstOrDefault() is { } after)
        {
            return after.Label;
        }
        if (kinds.Where(k => k.End <= hit.Start).OrderByDescending(k => k.Start).FirstOrDefault() is { } before)
        {
            return before.Label;
        }
        return _articleProceeding ??= ArticleProceeding();
    }

    private string? _articleProceeding;

    private string ArticleProceeding()
    {
        var title = _article.Header.Title is { Length: > 0 } t ? Lexicon.Default.Find(_tokenizer.Tokenize(t), ProceedingPrefix) : [];
        var counts = Enumerable.Range(0, _sentences.Count).SelectMany(s => Hits(s, ProceedingPrefix)).Concat(title)
            .GroupBy(h => h.Label).Select(g => (Label: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        // No kind named, or two named as often: the article does not say.
        return counts.Count == 0 || (counts.Count > 1 && counts[0].Count == counts[1].Count) ? "" : counts[0].Label;
    }

    // The vocabulary's labels for rulings besides outcomes (lines of Data/lexicon-*.tsv).
    private const string RulingPrefix = "ruling.";
    private const string CourtLabel = "ruling.court";
    private const string DecisionLabel = "ruling.decision";
    private const string ByCourtLabel = "ruling.by_court";
    private const string NoRulingLabel = "ruling.none";
    private const string FavourableLabel = "ruling.favourable";
    private const string UnfavourableLabel = "ruling.unfavourable";
    private const string AuthorityLabel = "ruling.authority";
    private const string ReversalLabel = "ruling.reversal";
    private const string TogetherLabel = "ruling.together";
    private const string ProceedingPrefix = "proceeding.";
    private const string AsylumProceeding = "proceeding.asylum";
    private const string DeportationProceeding = "proceeding.deportation";
    private const string ExtraditionProceeding = "proceeding.extradition";

    /// <summary>The labels of the rulings' vocabulary besides <c>outcome.*</c>.</summary>
    internal static IReadOnlyList<string> RulingLabels { get; } =
        [CourtLabel, DecisionLabel, ByCourtLabel, NoRulingLabel, FavourableLabel, UnfavourableLabel, AuthorityLabel, ReversalLabel, TogetherLabel, AsylumProceeding, DeportationProceeding, ExtraditionProceeding];

    private static Outcome Opposite(Outcome outcome) => outcome switch
    {
        Outcome.Deported => Outcome.NotDeported,
        Outcome.NotDeported => Outcome.Deported,
        Outcome.Extradited => Outcome.ExtraditionRefused,
        Outcome.ExtraditionRefused => Outcome.Extradited,
        Outcome.AsylumGranted => Outcome.AsylumDenied,
        Outcome.AsylumDenied => Outcome.AsylumGranted,
        _ => Outcome.Unknown,
    };

    internal static Outcome? OutcomeOf(string text)
    {
        if (ExtraditionRefused().IsMatch(text))
        {
            return Outcome.ExtraditionRefused;
        }
        if (NotDeported().IsMatch(text))
        {
            return Outcome.NotDeported;
        }
        if (AsylumGrantedByCourt().IsMatch(text))
        {
            return Outcome.AsylumGranted;
        }
        if (AsylumDeniedByCourt().IsMatch(text))
        {
            return Outcome.AsylumDenied;
        }
        if (Extradited().IsMatch(text))
        {
            return Outcome.Extradited;
        }
        if (Deported().IsMatch(text))
        {
            return Outcome.Deported;
        }
        return null;
    }

    internal static Verdict? VerdictOf(string text, SentenceRecord? sentence)
    {
        if (Acquitted().IsMatch(text))
        {
            return Verdict.Acquitted;
        }
        if (Dismissed().IsMatch(text))
        {
            return Verdict.Dismissed;
        }
        if (sentence is not null || Convicted().IsMatch(text))
        {
            return Verdict.Convicted;
        }
        return null;
    }

    internal static SentenceRecord? SentenceOf(string text)
    {
        SentenceKind? kind = null;
        if (SuspendedWords().IsMatch(text))
        {
            kind = SentenceKind.Suspended;
        }
        else if (RestrictedFreedomWords().IsMatch(text))
        {
            kind = SentenceKind.RestrictedFreedom;
        }
        else if (LabourCampWords().IsMatch(text))
        {
            kind = SentenceKind.LabourCamp;
        }
        else if (PrisonWords().IsMatch(text))
        {
            kind = SentenceKind.Prison;
        }
        else if (FineWords().IsMatch(text))
        {
            return new SentenceRecord(SentenceKind.Fine, null);
        }
        if (kind is null)
        {
            return null;
        }
        int? months = null;
        if (Duration().Match(text) is { Success: true } duration)
        {
            var number = NumberOf(duration.Groups["n"].Value);
            if (number is { } n)
            {
                var unit = duration.Groups["u"].Value.ToLowerInvariant();
                months = unit.StartsWith('y') || unit.StartsWith('г') || unit.StartsWith('л') ? n * 12 : n;
            }
        }
        return new SentenceRecord(kind, months);
    }

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["eighteen"] = 18,
        ["fifteen"] = 15,
        ["один"] = 1,
        ["одного"] = 1,
        ["одному"] = 1,
        ["одним"] = 1,
        ["два"] = 2,
        ["двух"] = 2,
        ["двум"] = 2,
        ["три"] = 3,
        ["трех"] = 3,
        ["трёх"] = 3,
        ["четыре"] = 4,
        ["четырех"] = 4,
        ["пять"] = 5,
        ["пяти"] = 5,
        ["шесть"] = 6,
        ["шести"] = 6,
        ["семь"] = 7,
        ["семи"] = 7,
        ["восемь"] = 8,
        ["восьми"] = 8,
        ["девять"] = 9,
        ["девяти"] = 9,
        ["десять"] = 10,
        ["десяти"] = 10,
        ["двенадцать"] = 12,
        ["двенадцати"] = 12,
        ["полтора"] = 18,
    };

    private static int? NumberOf(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.TryGetValue(word, out var w) ? w : null;

    internal static List<string> ChargesOf(string text)
    {
        var charges = new List<string>();
        if (IllegalBorderCrossing().IsMatch(text))
        {
            charges.Add("illegal_border_crossing");
        }
        foreach (Match m in OtherCharge().Matches(text))
        {
            var phrase = m.Groups["c"].Value.Trim().ToLowerInvariant();
            if (phrase.Length > 0 && !IllegalBorderCrossing().IsMatch(phrase) && phrase.Split(' ').Length <= 6 && !charges.Contains(phrase))
            {
                charges.Add(phrase);
            }
        }
        return charges;
    }

    [GeneratedRegex(@"\b(?:her|his|their)\s+client\b|(?<![\p{L}])подзащитн\w+", RegexOptions.IgnoreCase)]
    private static partial Regex Client();

    [GeneratedRegex(@"\bfreed\b|\bordered\s+(?:\w+\s+){0,3}release\b|\bordered\s+that\s+(?:\w+\s+){1,3}be\s+(?:released|freed)\b|\breleased\s+(?:\w+\s+){0,2}in the courtroom|(?<![\p{L}])освобод\w*\s+(?:\w+\s+){0,3}из-под\s+стражи", RegexOptions.IgnoreCase)]
    private static partial Regex CourtRelease();

    [GeneratedRegex(@"\b(?:court|courts|judge|tribunal)\b|(?<![\p{L}])(?:суд|судья|суда|судом|сот|соты|сотында|сотының|сотта|судьясы)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex CourtWord();

    [GeneratedRegex(@"\b(?:ruled|rules|ruling|refused|rejected|declined|ordered|sentenced|sentence[ds]?|handed|found|acquitted|convicted|fined|approved|granted|dismissed|upheld|overturned|decided|decision|verdict|allowed|annulled|quashed|cleared|freed|extended|let)\b|приговор|постановил|отказал|признал|оправдал|назначил|решил|решени|удовлетворил|отклонил|выдвор|депорт|освободил|үкім|шешім|ұйғарым|тағайында|босатыл", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionVerb();

    [GeneratedRegex(@"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:sentenced|acquitted|fined|convicted|found guilty|found not guilty|ordered (?:deported|expelled|extradited))\b|(?<![\p{L}])(?:приговорен\w*|приговорён\w*|осужден\w*|оправдан\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveDecision();

    [GeneratedRegex(@"\b(?:the ruling|the decision|the verdict|the sentence|judge|ruled|sentenced|the court|court's|prosecutors?|appeal)\b|(?<![\p{L}])(?:суд\w*|приговор\w*|прокурор\w*|решени\w*|сот\w*|үкім\w*|шешім\w*|ұйғарым\w*|жаза\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex RulingFollowUp();

    [GeneratedRegex(@"\bprosecutors?\b[^.]{0,80}\b(?:asked|sought|requested|demanded|called for|wanted|had asked|proposed|urged)\b|прокурор\w*[^.]{0,80}(?:просил|запросил|потребовал)", RegexOptions.IgnoreCase)]
    private static partial Regex ProsecutorRequest();

    [GeneratedRegex(@"(?:\bsince|\bafter|\bstarted in|\bbegan in|\bopened in|\bcrossed[^.]{0,60}|\bcrossing[^.]{0,60}|\b(?:arrest|arrested|detained|detention)\b[^.]{0,20}|\bafter\b[^.,]{0,25}|\bfled[^.]{0,30}|\b(?:said|told|says|announced|reported|added)\s+(?:\w+\s+)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheDecisionDate();

    [GeneratedRegex(@"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth)\s+(?:\d+-year-old\s+)?(?:ethnic[\s\-]+\w+\s+|\w+\s+)?(?:wom[ae]n|m[ae]n|mothers?|fathers?|refugees?|citizens?|herders?|farmers?|teachers?|shepherds?|students?|activists?|business(?:man|woman|men)|pensioners?|traders?|drivers?|workers?|imams?|poets?|writers?|defendants?|academics?|scholars?|doctors?|Kazakhs|Uyghurs|Uighurs|Kyrgyz)\b[^,.;]{0,40}|\b(?:[Aa]n?|[Tt]wo|[Tt]hree)\s+(?:\d+-year-old\s+)?ethnic[\s\-]+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?|\b(?:[Aa]n?|[Tt]he)\s+(?:\d+-year-old\s+)?(?:Uyghur|Uighur|Kazakh|Kyrgyz|Chechen|Uzbek|Tajik|Turkmen)\b(?!\s+(?:court|authorities|government|officials?|police|side|community|diaspora|activists?|groups?|language|region|people)\b)|(?<![\p{L}])(?:этническ\w+\s+\w+|казашк\w+|уйгурк\w+|гражданк\w+\s+\p{Lu}\w+|журналист\w*|блогер\w*|беженц\w+|беженк\w+|уроженц\w+|уроженк\w+)")]
    private static partial Regex UnnamedPerson();

    [GeneratedRegex(@"^(?:two|three|four|five|both)\b|\b(?:women|men|Kazakhs|Uyghurs|Uighurs|herders|farmers|refugees|citizens|defendants)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralDescription();

    [GeneratedRegex(@"\b(?:her|his|their)\s+(?:\d+-year-old\s+)?(?:husband|wife|mother|father|son|daughter|brother|sister|parents|relatives|children|sons|daughters|brothers|sisters|nephew|niece|uncle|aunt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeSubject();

    [GeneratedRegex(@"\b(?:him|her|them|he|she|they|his|their)\b|(?<![\p{L}])(?:его|её|ее|их|он|она|они)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"\b(?:would|will|could|might|may|should|to)\s+(?:ask|decide|rule|consider|appeal|hear)\b|\bnot yet\b|\bis expected to\b|\bhas asked\b|\basked (?:the court|that)\b|\bmust decide\b|\bwhether\b|\b(?:can|will|would|to) be decided\b|\bonly after\b|\bpetition\w*|(?<![\p{L}])(?:петици\w*|с требованием|требу\w+)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"(?:\bby|(?<![\p{L}])(?:от|со стороны))\s+(?:\S+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAgent();

    [GeneratedRegex(@"\bthem\b|(?<![\p{L}])(?:им|их)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex GroupPronoun();

    [GeneratedRegex(@"(?:according to|told|said by)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToldBy();

    [GeneratedRegex(@"^\s*,?\s*(?:\p{Lu}[\p{L}\-]*\s+){0,3}(?:said|says|told|сказал\w*|рассказал\w*|заявил\w*)\b")]
    private static partial Regex Says();

    [GeneratedRegex(@"(?:\bin|(?<![\p{L}])в)\s+(?<a>\p{Lu}\p{L}+)\s+(?:and|и)\s+(?:(?:in|в)\s+)?(?<b>\p{Lu}\p{L}+)")]
    private static partial Regex CountryPair();

    [GeneratedRegex(@"^(?:against|on|over|about|на|против|о|об)$")]
    private static partial Regex AppealObject();

    [GeneratedRegex(@"^(?:выдворили|депортировали|экстрадировали|выслали|выдали)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthoritiesRemoval();

    [GeneratedRegex(@"(?<spec>\b[Ss]peciali[sz]ed\s+(?:inter-?district\s+)?(?:criminal\s+|administrative\s+|economic\s+)?court\s+(?:of|in)\s+(?<p>\p{Lu}[\p{L}\-]+))")]
    private static partial Regex SpecialisedCourt();

    [GeneratedRegex(@"\b(?<p>\p{Lu}[\p{L}\-]+)(?:['’]s)?\s+(?:(?:[Dd]istrict|[Cc]ity|[Rr]egional|[Rr]egion|[Oo]blast|[Ii]nter-?district|[Mm]unicipal|[Aa]ppeals?|[Pp]rovincial|[Aa]dministrative|[Cc]riminal|[Mm]ilitary|[Gg]arrison|[Tt]own)\s+)+[Cc]ourt\b")]
    private static partial Regex NamedCourt();

    [GeneratedRegex(@"\b[Cc]ourt\s+in\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,4}?(?:(?:town|city|village|capital|region|district|province)\s+of\s+)?(?<p>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}]+)?)(?<region>\s+(?:region|oblast|province))?(?:['’]s\s+[^,.;]{0,40}?,\s+(?<city>\p{Lu}[\p{L}\-]+))?")]
    private static partial Regex CourtIn();

    [GeneratedRegex(@"\b(?<p>\p{Lu}[\p{L}\-]+)\s+court\b")]
    private static partial Regex PlaceCourt();

    [GeneratedRegex(@"^\s+in\s+(?<p>\p{Lu}[\p{L}\-]+)")]
    private static partial Regex TownAfter();

    [GeneratedRegex(@"(?:\b(?<c>\p{Lu}[\p{L}]+)(?:['’]s)?\s+)?\b(?<name>(?:[Ss]upreme|[Cc]onstitutional|[Hh]igh|[Aa]dministrative|[Mm]igration|[Aa]ppeals?|[Aa]ppellate)\s+[Cc]ourt|[Cc]ourt of (?:[Cc]assation|[Aa]ppeals?))\b")]
    private static partial Regex HighCourt();

    [GeneratedRegex(@"(?<adj>\p{Lu}\p{Ll}+(?:ский|цкий|ского|цкого|ском))\s+(?:районн\w+|городск\w+|межрайонн\w+|областн\w+)\s+суд\w*(?:\s+(?:города\s+|г\.\s*)?(?<p>\p{Lu}\p{Ll}+))?|(?<![\p{L}])суд\w*\s+(?:города\s+|г\.\s*)?(?<p>\p{Lu}\p{Ll}+)|межрайонн\w+\s+суд\w*\s+(?:по уголовным делам\s+)?(?:города\s+|г\.\s*)?(?<p>\p{Lu}\p{Ll}+)")]
    private static partial Regex RussianCourt();

    [GeneratedRegex(@"\p{Lu}[\p{L}]+")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b(?:refused|refuses|refusing|declined|rejected|denied|turned down|blocked)\s+(?:to\s+extradite|(?:the|an|his|her|their|china's|beijing's)\s+(?:\w+\s+)?extradition)|\b(?:rejected|refused|denied|turned down|dismissed)\s+(?:\p{Lu}\w+['’]s\s+|the\s+|an?\s+)?(?:\w+\s+)?(?:request|bid|application)\s+(?:to\s+(?:hand\s+(?:\w+\s+){0,3}over|extradite|return)|for\s+(?:\w+\s+)?extradition)|\b(?:will|would|could|should) not be extradited|\bnot to extradite|отказал\w*\s+в\s+(?:экстрадиции|выдаче)|не будет (?:экстрадирован|выдан)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtraditionRefused();

    [GeneratedRegex(@"\b(?:will|would|could|should|is|was|were|are|must) not (?:be )?(?:deported|expelled|sent back|returned|handed over)|\bnot be (?:deported|expelled|sent back|returned)|\ballowed (?:\w+\s+){0,2}to (?:stay|remain)|\b(?:declin|refus)\w*\s+to\s+(?:deport|expel|return|send\s+(?:\w+\s+){0,3}back)|\b(?:can|may|could) (?:stay|remain)\b|\blet\s+(?:\p{Lu}\w+\s+){1,3}(?:stay|remain)\b|\bspared\s+(?:\w+\s+){0,6}?(?:from\s+)?(?:deportation|expulsion)|\bagainst (?:deporting|expelling)|не будет (?:депортирован|выдворен)\w*|без выдворения|отказал\w*\s+в\s+(?:депортации|выдворении)|(?<![\p{L}])не\s+(?:выдворять|депортировать|высылать)(?![\p{L}])|оставил\w*\s+в\s+Казахстане", RegexOptions.IgnoreCase)]
    private static partial Regex NotDeported();

    [GeneratedRegex(@"\b(?:approved|upheld|allowed|authori[sz]ed|granted)\s+(?:the|an|his|her|their)\s+(?:\w+\s+)?extradition|\bordered (?:\w+\s+){0,2}extradit|\b(?:can|could|may|should|will|to) be extradited|\bruled (?:in favou?r of|for) (?:\w+\s+){0,2}extradition|(?<!не\s)(?<!отказал\w*\s)экстрадировать|удовлетворил\w*\s+запрос\w*\s+(?:об|о)\s+экстрадиции", RegexOptions.IgnoreCase)]
    private static partial Regex Extradited();

    [GeneratedRegex(@"\bordered\s+(?:(?!release\b)[\w'’\-]+\s+){0,10}?(?:deported|expelled|deportation|expulsion|to leave)\b|\b(?:rejected|dismissed|turned down)\s+(?:an?|the|his|her|their)\s+appeal\b[^.;]{0,60}?\bagainst\s+(?:\w+\s+){0,2}(?:deportation|expulsion)|(?:последующ\w+|дальнейш\w+)\s+(?:выдворени\w+|депортаци\w+)|\b(?:to be|must be|should be|will be) (?:deported|expelled)|\bupheld (?:the|a|his|her) (?:deportation|expulsion)|(?<![Нн]е\s)(?<!без\s)(?<!в\s)выдвор(?:ить|ен\w*)|(?<![Нн]е\s)депортировать", RegexOptions.IgnoreCase)]
    private static partial Regex Deported();

    [GeneratedRegex(@"\b(?:granted|grants|awarded|recogni[sz]ed)\s+(?:\w+\s+){0,2}(?:asylum|refugee status|protection|as a refugee)|\bordered (?:\w+\s+){0,4}to grant (?:\w+\s+){0,2}(?:asylum|refugee status|protection)|\boverturned (?:\w+\s+){0,4}(?:refusal|rejection|denial)", RegexOptions.IgnoreCase)]
    private static partial Regex AsylumGrantedByCourt();

    [GeneratedRegex(@"\b(?:rejected|denied|refused|dismissed)\s+(?:\w+\s+){0,2}(?:asylum|refugee)|\b(?:rejected|dismissed|turned down)\s+(?:the|an|his|her|their)\s+appeal\b[^.]{0,160}\b(?:asylum|refugee)|\bupheld (?:\w+\s+){0,3}(?:refusal|rejection|denial) (?:\w+\s+){0,3}(?:asylum|refugee)|\bupheld\b[^.;]{0,100}?\b(?:deny|refuse|reject|denial|refusal|rejection)\b[^.;]{0,40}?\b(?:asylum|refugee)", RegexOptions.IgnoreCase)]
    private static partial Regex AsylumDeniedByCourt();

    [GeneratedRegex(@"\bacquitted\b|\bfound (?:\w+\s+)?not guilty\b|\bcleared (?:\w+\s+)?of\b|оправда", RegexOptions.IgnoreCase)]
    private static partial Regex Acquitted();

    [GeneratedRegex(@"\b(?:dismissed|dropped|closed) (?:the|all)? ?(?:case|charges)\b|\bcharges (?:were|have been) dropped\b|прекратил\w* (?:уголовное )?дело", RegexOptions.IgnoreCase)]
    private static partial Regex Dismissed();

    [GeneratedRegex(@"\b(?:sentenced|convicted|found (?:\w+\s+)?guilty|fined|sentence)\b|приговорил|признал\w* виновн|осужден|осудил|приговорен", RegexOptions.IgnoreCase)]
    private static partial Regex Convicted();

    [GeneratedRegex(@"\b(?:suspended|probation|probationary|conditional)\b|условн", RegexOptions.IgnoreCase)]
    private static partial Regex SuspendedWords();

    [GeneratedRegex(@"\brestrict(?:ed|ion of) (?:freedom|liberty)|ограничени\w* свободы", RegexOptions.IgnoreCase)]
    private static partial Regex RestrictedFreedomWords();

    [GeneratedRegex(@"\b(?:labou?r camp|penal colony|corrective labou?r)|колони\w+|исправительн\w+ работ", RegexOptions.IgnoreCase)]
    private static partial Regex LabourCampWords();

    [GeneratedRegex(@"\b(?:prison|jail|imprisonment|behind bars|custodial)\b|лишени\w* свободы|заключени", RegexOptions.IgnoreCase)]
    private static partial Regex PrisonWords();

    [GeneratedRegex(@"\b(?:fined|a fine|fine of)\b|штраф", RegexOptions.IgnoreCase)]
    private static partial Regex FineWords();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen)[\s\-]+(?<u>months?|years?)\b(?![\s\-]+old\b)|(?<![\p{L}\d])(?<!возрасте\s)(?<n>\d{1,2}|один|одного|одному|одним|два|двух|двум|три|трех|трёх|четыре|четырех|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|двенадцать|двенадцати|полтора)\s+(?<u>месяц\w*|год\w*|лет)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\billegal(?:ly)?\s+(?:border\s+crossing|crossing\s+(?:of\s+)?(?:the|a)\s+(?:\w+\s+)?border|cross(?:ed|ing)?\s+(?:of\s+)?(?:the|a|into)\s+(?:[\w\-]+\s+)?(?:border|Kazakhstan|Kyrgyzstan)|entry)|\bcross(?:ed|ing)?\s+(?:the\s+(?:[\w\-]+\s+)?border\s+)?illegally\b|\bcross(?:ed|ing)?\s+illegally\b|\benter(?:ing|ed)?\s+(?:\p{Lu}\w+\s+)?illegally|\billegally\s+enter(?:ing|ed)?\b|\bunlawful(?:ly)?\s+(?:border\s+crossing|crossing)|незаконн\w+\s+пересечени\w+\s+(?:государственной\s+)?границ|незаконно\s+пересек", RegexOptions.IgnoreCase)]
    private static partial Regex IllegalBorderCrossing();

    [GeneratedRegex(@"\b(?:charged with|accused of|convicted of|found guilty of|on charges of)\s+[""“]?(?<c>[a-z][a-z \-]+?)(?=[.,;""”]| and | after | for | because | but | who | which |$)|\baccuse[sd]?\s+(?:\p{Lu}\w+|him|her|them)\s+of\s+(?<c>[a-z][a-z \-]+?)(?=[.,;""”]| and | after | for | because | but | who | which |$)")]
    private static partial Regex OtherCharge();
}
