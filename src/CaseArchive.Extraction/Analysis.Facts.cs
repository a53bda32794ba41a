using System.Text.RegularExpressions;
using CaseArchive.Extraction.Reading;
using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction;

internal sealed partial class Analysis
{
    // A phrase naming what an act was done on ("по запросу", "at the request of", "өтініші бойынша").
    internal const string BasisLabel = "basis.request";

    private sealed record Trigger(EventKind? Event, ClaimKind? Claim, int Start, int End, int Clause);

    private int _currentSentence;

    /// <summary>The vocabulary's label for the story's one party told by what they are ("the journalist", "активиста").</summary>
    internal const string PartyLabel = "person.party";

    /// <summary>The vocabulary's label for a group of the story's people told by a noun or pronoun ("the two men", "их").</summary>
    internal const string GroupLabel = "person.group";

    /// <summary>The vocabulary's label for a reporting verb ("said", "told RFE/RL", "заявил"): who is named before it tells.</summary>
    internal const string TellerLabel = "person.teller";

    // Whether a phrase of the label stands inside a clause of sentence s.
    private bool Holds(int s, int start, int end, string label) => Hits(s, label).Exists(h => h.Start >= start && h.End <= end);

    /// <summary>
    /// Detention claims and timeline events, clause by clause: "Alimuly said he was persecuted,
    /// while Musakhanuly said he spent years in a camp" gives each man his own claim.
    /// </summary>
    private void FindClaimsAndEvents()
    {
        for (var s = 0; s < _sentences.Count; s++)
        {
            _currentSentence = s;
            var text = _sentences[s].Text;
            var clauses = Clauses(text);
            var triggers = new List<Trigger>();
            for (var c = 0; c < clauses.Count; c++)
            {
                var (start, end) = clauses[c];
                var clause = text[start..end];
                var lowerClause = clause.ToLowerInvariant();
                var claimTriggers = ClaimTriggers(s, c, start, end);
                triggers.AddRange(claimTriggers);
                foreach (var (pattern, kind, words) in EventPatterns)
                {
                    if (!HoldsAny(lowerClause, words))
                    {
                        continue;
                    }
                    foreach (Match m in pattern().Matches(clause))
                    {
                        var inRuling = _rulingSentences.Contains(s);
                        // "должна была быть депортирована", "will be extradited": what was due or is still ahead did not happen.
                        if ((kind != EventKind.AsylumDenied && (Negated(clause, m.Index) || NegationInside().IsMatch(m.Value))) || ChargeContext().IsMatch(Before(clause, m.Index))
                            || (kind != EventKind.ExtraditionRequest && CueBefore(s, start, start + m.Index).Supposed)
                            || (inRuling && kind is EventKind.Deportation or EventKind.AsylumGranted or EventKind.AsylumDenied
                                && (CourtWord().IsMatch(clause) || _mentions.Any(x => x.Sentence == s && x.Start >= start && x.End <= end && x.Person.Roles.Contains(PersonRole.Judge)))
                                && !(kind == EventKind.AsylumDenied && AuthorityDecision().IsMatch(m.Value)))
                            || (kind is EventKind.Arrest or EventKind.Detention or EventKind.Release && (claimTriggers.Count > 0 || CampContext().IsMatch(clause[..Math.Min(clause.Length, m.Index + m.Length + 40)]))))
                        {
                            continue;
                        }
                        var found = new Trigger(kind, null, start + m.Index, start + m.Index + m.Length, c);
                        // "China was detaining Uyghurs", "депортировали беженцев": an ordeal of a people, not the person's.
                        if (kind is EventKind.Arrest or EventKind.Detention or EventKind.Deportation && PeopleBeside(s, found))
                        {
                            continue;
                        }
                        triggers.Add(found);
                    }
                }
                foreach (var hit in Hits(s, "event.").Where(h => h.Start >= start && h.End <= end && !h.Negated && !h.Hypothetical))
                {
                    // A release the court orders is the ruling's (its day); the patterns' events of a kind stand for the sentence.
                    if (EventKindOf(hit.Label) is not { } kind || triggers.Any(t => t.Event == kind)
                        || (kind == EventKind.AsylumGranted && SeekerAfter().IsMatch(text, hit.End))
                        || (_rulingSentences.Contains(s) && kind == EventKind.Release)
                        || Negated(clause, hit.Start - start) || ChargeContext().IsMatch(Before(clause, hit.Start - start))
                        || (_rulingSentences.Contains(s) && kind is EventKind.Deportation or EventKind.AsylumGranted or EventKind.AsylumDenied && CourtWord().IsMatch(clause))
                        || (kind is EventKind.Arrest or EventKind.Detention or EventKind.Release && (claimTriggers.Count > 0 || CampContext().IsMatch(clause[..Math.Min(clause.Length, hit.End - start + 40)]))))
                    {
                        continue;
                    }
                    if (kind is EventKind.Arrest or EventKind.Detention or EventKind.Deportation && PeopleBeside(s, new Trigger(kind, null, hit.Start, hit.End, c)))
                    {
                        continue;
                    }
                    triggers.Add(new Trigger(kind, null, hit.Start, hit.End, c));
                }
            }
            // "освобожден из-под стражи", "released from custody": the custody's words are the release's, not a detention.
            triggers.RemoveAll(t => t.Event == EventKind.Detention
                && triggers.Any(r => r.Event == EventKind.Release && t.Start < r.End + 8 && r.Start < t.End + 8));
            if (triggers.Count == 0)
            {
                continue;
            }
            // A date after "said" dates the telling, not the event.
            // So does one right before it: "в октябре заявили о своем бегстве" dates the statement, not the flight.
            var dates = DatesOf(s).Where(d => !ReportingDate().IsMatch(Before(text, d.Mention.Start)) && !ReportingAfter().IsMatch(text, d.Mention.End)).ToList();
            // Each date belongs to the event trigger nearest to it; in a ruling's sentence the decision competes for it.
            var eventTriggers = triggers.Where(t => t.Event is not null).ToList();
            if (_rulingSentences.Contains(s))
            {
                eventTriggers.AddRange(DecisionVerb().Matches(text).Select(m => new Trigger(null, null, m.Index, m.Index + m.Length, -1)));
            }
            // A date inside "who fled in 2017" or "чья история в этом году прогремела" is that clause's; a date outside
            // ", бежавшие от преследований," is not the participle's.
            // "задержали в марте по запросу Пекина", "arrested in May at the request of": a request named as what an act was done on
            // (`basis.request`) dates nothing beside the act in its clause; the month is the arrest's, the request came before it.
            var basis = Hits(s, BasisLabel);
            var onBasis = eventTriggers.Where(t => t.Event is not null && basis.Any(b => b.Start < t.End && t.Start < b.End)
                && eventTriggers.Any(o => o.Clause == t.Clause && o.Event is not null && o.Event != t.Event && !basis.Any(b => b.Start < o.End && o.Start < b.End))).ToHashSet();
            var dateOwner = dates.Select(d => eventTriggers.Where(t => !onBasis.Contains(t) && !InOtherAside(text, t, d.Mention) && !OtherVerbBetween(text, t, d.Mention)).MinBy(t => Distance(t, d.Mention))).ToList();
            var previousSubjects = new List<PersonDraft>();
            for (var c = 0; c < clauses.Count; c++)
            {
                var (start, end) = clauses[c];
                var subjects = WithoutQuotedRelatives(_mentions.Where(m => m.Sentence == s && m.Start >= start && m.End <= end && !m.Person.IsOfficial).Select(m => m.Person).Distinct().ToList(), s);
                if (subjects.Count == 0)
                {
                    subjects = c > 0 && previousSubjects.Count > 0 && SubjectPronoun().IsMatch(text[start..end]) ? previousSubjects : ResolvePronoun(s, text[start..end]);
                    // "his client spent eight months in a camp", "его подзащитная провела...": the person of the ruling,
                    // or with no ruling told yet the one party the story is about.
                    if (Client().IsMatch(text[start..end]) && (_lastRulingPeople.Count > 0 ? _lastRulingPeople : PartyOf(s, null)) is { Count: > 0 } client)
                    {
                        subjects = client;
                    }
                    // "бежал в Казахстан, а в прошлом месяце получил статус беженца", "а теперь ему грозит заключение": a clause
                    // with no subject of its own goes on about the one before.
                    if (subjects.Count == 0 && c > 0 && previousSubjects.Count > 0 && ContinuedClause().IsMatch(text[start..end]))
                    {
                        subjects = previousSubjects;
                    }
                    if (subjects.Count == 0 && c == 0 && _subjects[s].Count > 0 && clauses.Count == 1)
                    {
                        subjects = _subjects[s];
                    }
                }
                // "His wife, Zulfiya Sadyk, said he spent three years in a camp": a relative's words about someone of the
                // other gender are that person's account.
                else if (ToldOfOther(s, start, end, subjects) is { } told)
                {
                    subjects = told;
                }
                // "Turdi's wife ... said her husband was detained": the husband is Turdi, and the arrest is his.
                if (RelatedPersonOf(s, start, end) is { } kin)
                {
                    subjects = [kin];
                }
                previousSubjects = subjects;
                var clause = text[start..end];
                // "Перебежчиков держали в СИЗО", "the two men were held": an event told of a group by a noun is the group's
                // named before (a claim is a person's own account, never a group's).
                var eventSubjects = subjects.Count == 0 && Holds(s, start, end, GroupLabel) && LastGroup(s) is { } group ? group : subjects;
                // "В начале августа журналист был задержан", "the activist was deported": the story's one party told by what they are.
                if (eventSubjects.Count == 0 && Holds(s, start, end, PartyLabel) && PartyOf(s, null) is { Count: 1 } party)
                {
                    eventSubjects = party;
                }
                foreach (var trigger in triggers.Where(t => t.Clause == c))
                {
                    // "Annaev told RFE/RL that his colleague, Bazarov, was detained": the teller is not the one detained.
                    var told = SpeakersBefore(s, start, trigger.Start);
                    if (trigger.Claim is not null)
                    {
                        AddClaims(s, start, end, trigger, subjects.Count > told.Count ? subjects.Where(p => !told.Contains(p)).ToList() : subjects);
                        continue;
                    }
                    foreach (var person in eventSubjects.Count > told.Count ? eventSubjects.Where(p => !told.Contains(p)) : eventSubjects)
                    {
                        var kind = trigger.Event!.Value;
                        var index = dateOwner.IndexOf(trigger);
                        var owned = dates.Where((d, i) => dateOwner[i] == trigger).OrderBy(d => Distance(trigger, d.Mention)).ToList();
                        if (kind is EventKind.BorderCrossing && owned.Count == 0)
                        {
                            // "fled on foot to Almaty on 24 September, crossing the border ...": the crossing was the
                            // flight's way and has its day; an undated crossing otherwise is the charge retold.
                            var flight = eventTriggers.FirstOrDefault(t => t.Event == EventKind.Fled && dateOwner.Contains(t));
                            if (flight is null)
                            {
                                continue;
                            }
                            owned = dates.Where((d, i) => dateOwner[i] == flight).OrderBy(d => Distance(flight, d.Mention)).ToList();
                        }
                        var date = owned.Select(d => d.Date).FirstOrDefault();
                        // "has been held at the Silivri removal center since April": the detention began then.
                        if (kind == EventKind.Detention && SinceAfter().Match(text[trigger.End..end]) is { Success: true } since
                            && DateFinder.Find(since.Groups["d"].Value).FirstOrDefault() is { } sinceMention)
                        {
                            date = DateFinder.Resolve(sinceMention, _reference, null);
                        }
                        // "detained on 8 April and deported the next day": the day after the last day told before it.
                        if (date is null && NextDay().Match(text, start, end - start) is { Success: true } nextDay
                            && eventTriggers.Where(t => t.Clause == c).MinBy(t => t.End <= nextDay.Index ? nextDay.Index - t.End : Math.Abs(t.Start - nextDay.Index - nextDay.Length)) == trigger
                            && DayBefore(s, trigger.Start) is { } dayBefore)
                        {
                            date = PartialDate.OfDay(dayBefore.AddDays(1), true);
                        }
                        // "released from custody the same day": the day of the ruling told just before. An undated release
                        // told right after a decision ("After being released, she said outside the courthouse") is that day's.
                        if (date is null && (SameDay().IsMatch(clause) || (kind == EventKind.Release && _rulingDates.Any(r => r.Sentence == s - 1)))
                            && _rulingDates.Where(r => r.Sentence < s).OrderBy(r => r.Sentence).LastOrDefault() is { Date: { } rulingDate })
                        {
                            date = rulingDate;
                        }
                        // The place right after the verb: "crossed into Kazakhstan", "granted asylum in Sweden".
                        var place = PlaceIn(text[trigger.Start..Math.Min(end, trigger.End + 40)], s);
                        if (!_events.Any(e => e.Person == person.Name && e.Kind == kind && e.Date == date))
                        {
                            _events.Add(new EventRecord(person.Name, kind, date, date?.Inferred ?? false, place, text));
                        }
                    }
                }
            }
        }
        // An event told again without its date ("the deported activist", "after his arrest") is the dated one retold.
        // Rulings are joined case by case already: an undated one is another decision.
        _events.RemoveAll(e => e.Kind != EventKind.Ruling && e.Date is null && _events.Any(d => d.Person == e.Person && d.Kind == e.Kind && d.Date is not null));
    }

    // A people in the plural within two words of an event's words ("detained Uyghurs", "депортировали беженцев"); "an ethnic
    // Uyghur woman" is one person, "the two refugees" the persons named.
    private bool PeopleBeside(int s, Trigger trigger)
    {
        var tokens = TokensOf(s);
        var first = tokens.FindIndex(t => t.Start >= trigger.Start);
        var last = tokens.FindLastIndex(t => t.Start < trigger.End);
        return first >= 0 && Enumerable.Range(first - 2, 2).Concat(Enumerable.Range(last + 1, 2))
            .Any(i => i >= 0 && i < tokens.Count && Lexicon.Default.IsGroup(tokens[i].Stem) && PluralForm().IsMatch(tokens[i].Form)
                && !(i > 0 && FewWords.Contains(tokens[i - 1].Form)));
    }

    /// <summary>
    /// The people named before a reporting verb ("told RFE/RL that", "said", "заявил, что") that comes before a position in a
    /// clause, when someone else is named between the verb and the position: they tell of the event, it is not theirs.
    /// </summary>
    private List<PersonDraft> SpeakersBefore(int s, int start, int at)
    {
        var verb = Hits(s, TellerLabel).Where(h => h.Start >= start && h.End <= at).MaxBy(h => h.Start);
        if (verb is null)
        {
            return [];
        }
        var here = _mentions.Where(m => m.Sentence == s && m.Start >= start && m.End <= at).ToList();
        var after = here.Where(m => m.Start >= verb.End).Select(m => m.Person).ToHashSet();
        return after.Count == 0 ? [] : here.Where(m => m.End <= verb.Start && !after.Contains(m.Person)).Select(m => m.Person).Distinct().ToList();
    }

    /// <summary>
    /// A relative speaking of "her husband" or "мужу" in a clause, when the article names the person
    /// they are related to: the one person in no other role, of the relative noun's gender.
    /// </summary>
    private PersonDraft? RelatedPersonOf(int s, int start, int end)
    {
        var text = _sentences[s].Text;
        // "Turdi's wife, Gulnara Ismailova, said": Turdi is named only to say whose wife she is.
        var named = _mentions.Where(m => m.Sentence == s && m.Start >= start && m.End <= end && !Possessive().IsMatch(text[m.End..])).ToList();
        var speakers = named.Count > 0 ? named.Select(m => m.Person).Distinct().ToList() : _subjects[s];
        if (speakers.Count == 0 || !speakers.All(p => p.Roles.Contains(PersonRole.Relative)))
        {
            return null;
        }
        var from = named.Count > 0 ? named[^1].End : start;
        var kinWord = KinOfSpeaker().Match(text[from..end]);
        if (!kinWord.Success)
        {
            return null;
        }
        var gender = GenderOfKin(kinWord.Groups["k"].Value);
        var main = _persons.Where(p => !p.IsOfficial && !p.Roles.Contains(PersonRole.Relative) && (gender is null || p.Gender is null || p.Gender == gender)).ToList();
        return main.Count == 1 ? main[0] : null;
    }

    /// <summary>
    /// A relative who tells ("said he", "рассказала, что он") of someone of the other gender: the party of that gender
    /// the story is about. Null when the clause is not such a telling.
    /// </summary>
    private List<PersonDraft>? ToldOfOther(int s, int start, int end, List<PersonDraft> subjects)
    {
        if (subjects.Count != 1 || !subjects[0].Roles.Contains(PersonRole.Relative) || subjects[0].Gender is not { } speaker)
        {
            return null;
        }
        var text = _sentences[s].Text;
        var mention = _mentions.Where(m => m.Sentence == s && m.Person == subjects[0] && m.Start >= start && m.End <= end).MinBy(m => m.Start);
        if (mention is null || ToldPronoun().Match(text[mention.End..end]) is not { Success: true } told)
        {
            return null;
        }
        var gender = told.Groups["p"].Value.ToLowerInvariant() is "he" or "он" or "его" ? "male" : "female";
        return gender != speaker && PartyOf(s, gender) is { Count: 1 } party ? party : null;
    }

    /// <summary>
    /// The one party (no official, lawyer or relative) of a gender (any when null) a story is about: the one named in the
    /// nearest sentences before, else the article's only one.
    /// </summary>
    private List<PersonDraft> PartyOf(int s, string? gender)
    {
        bool Fits(PersonDraft p) => !p.IsOfficial && !p.Roles.Contains(PersonRole.Relative) && (gender is null || p.Gender is null || p.Gender == gender);
        for (var back = s; back >= 0 && back >= s - 3; back--)
        {
            var near = _mentions.Where(m => m.Sentence == back && Fits(m.Person)).Select(m => m.Person).Distinct().ToList();
            if (near.Count > 0)
            {
                return near.Count == 1 ? near : [];
            }
        }
        var all = _persons.Where(Fits).ToList();
        return all.Count == 1 ? all : [];
    }

    private static string? GenderOfKin(string word) => word.ToLowerInvariant() switch
    {
        var w when w is "husband" or "son" or "brother" or "father" || w.StartsWith("муж", StringComparison.Ordinal) || w.StartsWith("сын", StringComparison.Ordinal) || w.StartsWith("брат", StringComparison.Ordinal) || w.StartsWith("отц", StringComparison.Ordinal) || w.StartsWith("отец", StringComparison.Ordinal) => "male",
        var w when w is "wife" or "daughter" or "sister" or "mother" || w.StartsWith("жен", StringComparison.Ordinal) || w.StartsWith("доч", StringComparison.Ordinal) || w.StartsWith("сестр", StringComparison.Ordinal) || w.StartsWith("мат", StringComparison.Ordinal) => "female",
        _ => null,
    };

    // "..., his daughter Mihray Yusup said": a relative who is only the source of the sentence is not its subject.
    private List<PersonDraft> WithoutQuotedRelatives(List<PersonDraft> persons, int s)
    {
        if (persons.Count < 2)
        {
            return persons;
        }
        var text = _sentences[s].Text;
        var sources = _mentions
            .Where(m => m.Sentence == s && m.Person.Roles.Contains(PersonRole.Relative) && SourceAfter().IsMatch(text[m.End..]))
            .Select(m => m.Person)
            .ToHashSet();
        return persons.Count > sources.Count ? persons.Where(p => !sources.Contains(p)).ToList() : persons;
    }

    // The last full day told before a position: earlier in the sentence, else in the sentence before.
    private DateOnly? DayBefore(int s, int position)
    {
        var here = DatesOf(s).Where(d => d.Mention.End <= position && d.Date is { Day: not null }).Select(d => d.Date).LastOrDefault();
        var before = here ?? (s > 0 ? DatesOf(s - 1).Where(d => d.Date is { Day: not null }).Select(d => d.Date).LastOrDefault() : null);
        return before is { Year: var y, Month: { } m, Day: { } d } ? new DateOnly(y, m, d) : null;
    }

    // A trigger and a date in different comma-delimited parts of a sentence, one of which is an aside
    // (a relative clause or a participle phrase): the date does not date the trigger.
    private static bool InOtherAside(string text, Trigger trigger, DateMention date)
    {
        // A trigger may span a comma ("her trial, which opened"): both of its parts are its own.
        var startPart = AsidePart(text, trigger.Start);
        var endPart = AsidePart(text, Math.Max(trigger.Start, trigger.End - 1));
        var datePart = AsidePart(text, date.Start);
        return datePart != startPart && datePart != endPart && (IsAside(text, datePart) || IsAside(text, startPart) || IsAside(text, endPart));
    }

    // "granted asylum after he moved there in 2009", "despite Interpol's August 2021 cancellation": a date after a clause
    // or phrase of its own that follows the event is that clause's.
    private static bool OtherVerbBetween(string text, Trigger trigger, DateMention date) =>
        date.Start >= trigger.End && OwnClauseOpening().IsMatch(text[trigger.End..date.Start]);

    private static (int Start, int End) AsidePart(string text, int at)
    {
        var start = text.LastIndexOfAny([',', '—', '(', ')'], Math.Max(0, Math.Min(at, text.Length - 1))) + 1;
        var end = text.IndexOfAny([',', '—', '(', ')'], Math.Min(at, text.Length));
        return (start, end < 0 ? text.Length : end);
    }

    private static bool IsAside(string text, (int Start, int End) part) => part.Start > 0 && AsideOpening().IsMatch(text[part.Start..part.End]);

    // Characters between a trigger and a date, with a comma or semicolon between them counting as a long way:
    // "crossed into Kyrgyzstan last month, and declined to deport them".
    private int Distance(Trigger trigger, DateMention date)
    {
        var text = _sentences[_currentSentence].Text;
        var (from, to) = date.End <= trigger.Start ? (date.End, trigger.Start) : date.Start >= trigger.End ? (trigger.End, date.Start) : (0, 0);
        var gap = text[from..to];
        // "left China in February 2019 and was arrested on March 2": a date told after one verb and before "and" is the first's.
        return to - from + (gap.Contains(',', StringComparison.Ordinal) || gap.Contains(';', StringComparison.Ordinal) ? 20 : 0)
            + (date.End <= trigger.Start && Conjunction().IsMatch(gap) ? 15 : 0);
    }

    private static bool Negated(string clause, int index)
    {
        var before = Before(clause, index);
        return NegationBefore().IsMatch(before);
    }

    private static List<(int Start, int End)> Clauses(string text)
    {
        var clauses = new List<(int, int)>();
        var start = 0;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            if (m.Index > start)
            {
                clauses.Add((start, m.Index));
            }
            start = m.Index + m.Length;
        }
        clauses.Add((start, text.Length));
        return clauses;
    }

    // Each pattern comes with words one of which the clause must hold: a cheap test that spares most regex runs.
    private static readonly (Func<Regex> Pattern, EventKind Kind, string[] Words)[] EventPatterns =
    [
        (FledPattern, EventKind.Fled, ["fled", "flee", "escap", "бежал"]),
        (BorderCrossingPattern, EventKind.BorderCrossing, ["cross", "entered", "перешл", "перешел", "перешёл", "пересек", "пересёк"]),
        (ArrestPattern, EventKind.Arrest, ["arrest", "detain", "арест", "задерж"]),
        (DetentionPattern, EventKind.Detention, ["custody", "remanded", "detention", "held", "house arrest", "под стражу", "домашний"]),
        (TrialOpenedPattern, EventKind.TrialOpened, ["trial", "процесс", "суд"]),
        (ReleasePattern, EventKind.Release, ["releas", "freed", "освобожд", "свобод"]),
        (AsylumGrantedPattern, EventKind.AsylumGranted, ["asylum", "refugee", "protection", "residence", "убежищ", "беженц"]),
        (AsylumDeniedPattern, EventKind.AsylumDenied, ["allow", "asylum", "refugee", "application", "claim", "request", "bid", "убежищ", "статус"]),
        (DeportationPattern, EventKind.Deportation, ["deport", "expel", "sent back", "returned", "handed over", "extradit", "депорт", "выдвор", "экстрадир"]),
        (ExtraditionRequestPattern, EventKind.ExtraditionRequest, ["extradit", "hand", "send", "экстрадиц", "выдач"]),
    ];

    private static bool HoldsAny(string lowerClause, string[] words) => words.Any(w => lowerClause.Contains(w, StringComparison.Ordinal));

    // The speaker's own kin: "her husband", "his wife", "мужу", "её сын" (not "her husband's brother").
    [GeneratedRegex(@"\b(?:her|his)\s+(?<k>husband|wife|son|daughter|brother|sister|father|mother)\b(?!['’]s)|(?<![\p{L}])(?<k>муж|мужа|мужу|мужем|жена|жену|жене|сын|сына|сыну|дочь|дочери)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex KinOfSpeaker();

    // A reporting verb and the subject pronoun of what is reported: "said he", "says that she", "рассказала, что он".
    [GeneratedRegex(@"\b(?:said|says|told\s+\S+|added|recalled|explained|stated)\s*,?\s+(?:that\s+)?(?<p>he|she)\b|(?<![\p{L}])(?:рассказал\p{L}*|сказал\p{L}*|заявил\p{L}*|сообщил\p{L}*|говорит|отметил\p{L}*|уверен\p{L}*)\s*,?\s+(?:что\s+)?(?:\p{L}+\s+){0,3}?(?<p>он|она|его|её|ее)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex ToldPronoun();

    // A clause that goes on about the one before (its conjunction already cut off): it opens on a verb, or on a few
    // words (a date among them: "в марте 2023 года сбежал") and a past verb, or holds an oblique pronoun ("в прошлом месяце получил", "теперь ему грозит", "was later
    // freed").
    [GeneratedRegex(@"^(?:(?:was|were|had|has|is|later|then|also)\b|\p{Ll}+ed\b|(?:[\p{Ll}\d]+\s+){0,4}?\p{Ll}+(?:л|ла|ли|лся|лась|лись)(?![\p{L}])|.*(?<![\p{L}])(?:ему|ей|него|неё|нее|нему|ней)(?![\p{L}]))")]
    private static partial Regex ContinuedClause();

    [GeneratedRegex(@"(?<![\p{L}])(?:and|but|then|и|а|но|затем)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"^['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:the next day|the following day|a day later|the day after)\b|(?<![\p{L}])(?:на следующий день|на другой день|днем позже|днём позже|через день)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex NextDay();

    [GeneratedRegex(@"\b(?:the same day|that day|later that day)\b|в тот же день", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"\s*(?:;|\bwhile\b|\bwhereas\b|,\s+but\b|,\s+and\s+(?=\p{Lu}\p{Ll}+\s+(?:said|told|added))|,\s+а\s+)\s*")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:not|never|n't|no longer|without)\s+(?:\w+\s+){0,2}$|(?<![\p{L}])не\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"\b(?:for|with|of)\s+(?:illegally\s+|unlawfully\s+)?$|\b(?:charged with|accused of|on trial for|wanted\s+(?:\w+\s+){0,3}for|convicted of|guilty of)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeContext();

    [GeneratedRegex(@"\b(?:fled|flee|escaped|escape)\b(?!\s+(?:from\s+)?(?:the\s+)?(?:camp|prison|custody))|(?<![\p{L}])(?:бежал\w*|сбежал\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex FledPattern();

    [GeneratedRegex(@"\bcross(?:ed|ing)?\s+(?:illegally\s+)?(?:into|the\s+(?:[\w\-]+\s+){0,2}border|(?:the\s+)?border)|\billegally\s+crossed\b|\bcrossed\s+(?:the\s+)?(?:[\p{L}\-]+\s+){1,3}?illegally\b|\bentered\s+(?:Kazakhstan|Kyrgyzstan|China|Turkey)\s+(?:illegally|unlawfully|without\s+(?:documents|papers|a visa|permission))|(?<![\p{L}])(?:перешл?\w*|перешёл|пересек\w*|пересёк\w*)\s+(?:[\w\-]+\s+){0,2}границ", RegexOptions.IgnoreCase)]
    private static partial Regex BorderCrossingPattern();

    [GeneratedRegex(@"\b(?:was|were|been|got|being)\s+(?:\w+\s+)?(?:arrested|detained)\b|\b(?:police|authorities|officers|agents|officials)\s+(?:\w+\s+)?(?:detained|arrested)\b|\barrested\s+(?:him|her|them)\b|\b(?:her|his|their)\s+arrest\b|(?<![\p{L}])(?:арестован\w*|задержан\w*|задержали|арестовали)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestPattern();

    [GeneratedRegex(@"\b(?:has|have|had) been (?:held|detained)\s+(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\p{L}\-]+\s+){0,3}?(?:removal|deportation|detention|pre-trial|migration)\s+(?:cent(?:er|re)|facility|prison)|\b(?:taken into custody|remanded in custody|placed (?:in|under) (?:pre-trial detention|house arrest)|held in (?:pre-trial|police) (?:detention|custody))\b|под стражу|под домашний арест", RegexOptions.IgnoreCase)]
    private static partial Regex DetentionPattern();

    [GeneratedRegex(@"\btrial,?\s+(?:that\s+|which\s+)?(?:\w+\s+)?(?:started|began|opened|got under way|starts|begins|opens)\b|\bwent on trial\b|\btrial of\s+(?:\p{Lu}\w+\s*){1,3}(?:started|began|opened)\b|(?<![\p{L}])(?:начался|начал\w*)\s+(?:судебный\s+)?(?:процесс|суд)", RegexOptions.IgnoreCase)]
    private static partial Regex TrialOpenedPattern();

    [GeneratedRegex(@"\b(?:was|were|been|got)\s+(?:\w+\s+)?(?:released|freed)\b|\breleased from (?:custody|detention|prison)\b|(?<![\p{L}])(?:освобожден\w*|освобождён\w*|вышл?\w* на свободу)", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasePattern();

    [GeneratedRegex(@"\b(?:granted|given|received|obtained|won|got)\s+(?:\w+\s+){0,2}(?:asylum|refugee status|political asylum|temporary protection)\b(?![\s\-]seeker)|(?<![\p{L}])(?:получил\w*|предоставил\w*)\s+(?:\w+\s+)?(?:убежище|статус беженца)", RegexOptions.IgnoreCase)]
    private static partial Regex AsylumGrantedPattern();

    [GeneratedRegex(@"\bdid not allow\s+(?:\w+\s+){0,3}to (?:remain|stay)|\b(?:refused|denied|rejected|turned down)\s+(?:\w+\s+){0,2}(?:asylum|refugee status|application for (?:asylum|refugee status)|request for (?:asylum|refugee status))|\b(?:refused|denied|rejected|turned down)\s+(?:his|her|their|\p{Lu}\p{Ll}+['’]s)\s+(?:asylum\s+|refugee\s+)?(?:application|claim|request|bid)\b|\b(?:asylum|refugee status)\s+(?:\w+\s+){0,3}(?:was|were|had been)\s+(?:refused|denied|rejected)|\brefus(?:al|ed)\s+to\s+grant\s+(?:\w+\s+){0,2}(?:asylum|refugee status)|\b(?:decision|refusal)\s+(?:by|of)\s+(?:[^.;]{0,60}?)\bto\s+(?:deny|refuse|reject)\s+(?:\w+\s+){0,2}(?:asylum|refugee status)|(?<![\p{L}])отказал\w*\s+(?:\w+\s+)?в\s+(?:предоставлении\s+)?(?:убежищ|статус)", RegexOptions.IgnoreCase)]
    private static partial Regex AsylumDeniedPattern();

    // A refusal by a commission, service or ministry is the authorities' decision, even where a court upholds it.
    [GeneratedRegex(@"\b(?:decision|refusal)\s+(?:by|of)\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,4}?(?:[Cc]ommission|[Ss]ervice|[Mm]inistry|[Aa]gency|[Oo]ffice|[Dd]irectorate|[Cc]ommittee|authorities)\b|\b(?:[Cc]ommission|[Ss]ervice|[Mm]inistry|[Aa]gency|[Oo]ffice|[Dd]irectorate|[Cc]ommittee|authorities)['’]s\s+(?:decision|refusal)", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorityDecision();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?<d>since\s+(?:early\s+|late\s+|mid-)?\p{Lu}\p{Ll}+(?:\s+\d{1,2}(?!\d))?(?:,?\s+\d{4})?)")]
    private static partial Regex SinceAfter();

    [GeneratedRegex(@"\b(?:was|were|been|got)\s+(?:\w+\s+)?(?:deported|expelled|sent back|forcibly returned|handed over)\b|\b(?:deported|expelled|extradited)\s+(?:him|her|them)\b|\bwas extradited\b|\b(?:it|they|authorities|government|agency|police|officials|ministry|service)\s+(?:had\s+|has\s+)?(?:deported|expelled|forcibly returned)\s+(?:an?|the|him|her|them)\b|(?<![\p{L}])(?:депортирован\w*|выдворен\w*|экстрадирован\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex DeportationPattern();

    [GeneratedRegex(@"\b(?:requested|sought|seeks|seeking|demanded|asked for)\s+(?:his|her|their|the)\s+extradition\b|\basked\s+(?:\w+\s+){0,2}to\s+(?:hand|send)\s+(?:him|her|them)\s+(?:over|back)|\bextradition request\b|\brequest(?:ed)? (?:for )?(?:his|her|their) extradition|(?<![\p{L}])запрос\w*\s+(?:на|об|о)\s+(?:экстрадици|выдач)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtraditionRequestPattern();

    [GeneratedRegex(@"\G,?\s+(?:\p{Ll}+\s+)?(?:said|told|announced|reported|заявил\p{L}*|сообщил\p{L}*|рассказал\p{L}*|объявил\p{L}*)(?![\p{L}])")]
    private static partial Regex ReportingAfter();

    [GeneratedRegex(@"\b(?:said|told|says|announced|reported|added)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingDate();

    [GeneratedRegex(@"\bcamps?\b|(?<![\p{L}])лагер", RegexOptions.IgnoreCase)]
    private static partial Regex CampContext();

    [GeneratedRegex(@"^\s*,?\s*(?:said|says|told|added)\b")]
    private static partial Regex SourceAfter();

    // The first word of an aside: a relative pronoun, also after "each of" ("каждого из которых"), or a Russian active
    // participle ("бежавшие", "прибывшего").
    [GeneratedRegex(@"^\s*(?:(?:each|one|both|all|some|каждого|каждый|одного|один|обоих|всех)\s+(?:of|из)\s+)?(?:who|whom|whose|which|чей|чья|чье|чьё|чьи|котор\p{L}*|\p{L}+вш(?:ий|ая|ее|ие|их|им|ими|его|ей|ую|ему|ем))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex AsideOpening();

    [GeneratedRegex(@"(?:s|ов|ев|ей|ан|ы|и)$|^people$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralForm();

    [GeneratedRegex(@"\b(?:after|before|when|since|until)\s+(?:he|she|they|it|\p{Lu}\p{Ll}+)\s+\p{Ll}+|\bdespite\b|(?<![\p{L}])(?:после того как|когда|несмотря на)(?![\p{L}])")]
    private static partial Regex OwnClauseOpening();

    // "granted asylum-seeker status": an application registered, not protection granted.
    [GeneratedRegex(@"\G[\s\-]seeker", RegexOptions.IgnoreCase)]
    private static partial Regex SeekerAfter();

    [GeneratedRegex(@"\b(?:not|never)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegationInside();
}
