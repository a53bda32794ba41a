using System.Text.RegularExpressions;
using CaseArchive.Extraction.Reading;

namespace CaseArchive.Extraction;

/// <summary>
/// Detention claims: the person's own account of the country fled (held in a camp, threatened with one, made to
/// work in one, persecuted, relatives held), clause by clause. <see cref="FindClaimsAndEvents"/> reads the
/// sentence's clauses and who each is about; this part proposes the claims of a clause and gives them to their people.
/// </summary>
internal sealed partial class Analysis
{
    /// <summary>Phrases that hold no claim though a claim's phrase matches inside them ("a refugee camp").</summary>
    internal const string NoClaimLabel = "claim.none";

    /// <summary>
    /// Phrases of a removal still ahead ("if returned", "in the case of extradition", "в случае выдачи"): custody told as
    /// supposed or unreal in their sentence ("would have been sent to a camp") is what the person faces on return, the
    /// threatened claim (torture or persecution alone foreseen stays no claim, as the golds count them).
    /// </summary>
    internal const string IfReturnedLabel = "claim.if_returned";

    // How far after the custody's words a camp's word still names what held the person ("in a detention camp").
    private const int CampWordReach = 12;

    // How many words before a claim's phrase a cue of fear or supposition reaches ("feared she would be sent").
    private const int ClaimCueReach = 5;

    // How many words from a claim's phrase "I"/"я" may stand and still be its subject ("меня пытали", "I was held").
    private const int FirstPersonReach = 3;

    /// <summary>
    /// The claims a clause tells: the patterns', then the vocabulary's phrases (data) of the kinds they did not find
    /// ("detained for questioning and faced incarceration in a camp" is a detention and a threat).
    /// </summary>
    private List<Trigger> ClaimTriggers(int s, int c, int start, int end)
    {
        var clause = _sentences[s].Text[start..end];
        var lowerClause = clause.ToLowerInvariant();
        var claimTriggers = new List<Trigger>();
        var aboutKin = RelatedPersonOf(s, start, end) is not null;
        var ifReturned = Hits(s, IfReturnedLabel).Any(h => !h.Negated);
        // A phrase of the data inside a pattern's match is part of what the pattern read ("threatened to place her
        // in an internment camp" is no stay "in an internment camp").
        var patternFound = new HashSet<Trigger>();
        foreach (var (pattern, kind, words) in ClaimPatterns)
        {
            if (!HoldsAny(lowerClause, words))
            {
                continue;
            }
            foreach (Match m in pattern().Matches(clause))
            {
                Propose(kind, start + m.Index, start + m.Index + m.Length, fromData: false);
            }
        }
        foreach (var hit in Hits(s, "claim.").Where(h => h.Start >= start && h.End <= end && !h.Negated))
        {
            if (ClaimKindOf(hit.Label) is { } kind)
            {
                Propose(kind, hit.Start, hit.End, fromData: true);
            }
        }
        // "a refugee camp", "депортационный лагерь": a camp that holds no claim (lines claim.none).
        var none = Hits(s, NoClaimLabel).Where(h => h.Start >= start && h.End <= end).ToList();
        claimTriggers.RemoveAll(t => none.Any(h => t.Start < h.End && h.Start < t.End));
        // "has been held in a detention centre for foreigners": custody where the person is tried or removed (an event),
        // unless a camp is named ("held in a detention camp in Kashgar").
        var custody = Hits(s, "event.detention").Where(h => h.Start >= start && h.End <= end).ToList();
        claimTriggers.RemoveAll(t => t.Claim == ClaimKind.Detained && custody.Any(h => t.Start < h.End && h.Start < t.End && !NamesCamp(s, Math.Min(t.Start, h.Start), Math.Min(end, Math.Max(t.End, h.End) + CampWordReach))));
        // "её мужа держат в лагере", "her brother was later sent to a camp": a relative held, told with the relative as subject.
        if (!aboutKin)
        {
            for (var i = 0; i < claimTriggers.Count; i++)
            {
                if (claimTriggers[i].Claim == ClaimKind.Detained && KinBefore().IsMatch(Before(clause, claimTriggers[i].Start - start)))
                {
                    claimTriggers[i] = claimTriggers[i] with { Claim = ClaimKind.RelativeDetained };
                }
            }
        }
        // "his sister had been held in a camp" is the sister's detention, not his.
        claimTriggers.RemoveAll(t => t.Claim == ClaimKind.Detained
            && claimTriggers.Any(r => r.Claim == ClaimKind.RelativeDetained && t.Start < r.End && r.Start < t.End + 40));
        // "made to teach in a reeducation camp": staff of the camp, not held in it.
        if (claimTriggers.Any(t => t.Claim == ClaimKind.WorkedInFacility))
        {
            claimTriggers.RemoveAll(t => t.Claim == ClaimKind.Detained);
        }
        return claimTriggers;

        void Propose(ClaimKind kind, int from, int to, bool fromData)
        {
            // Claims are the person's account; a judge's or official's finding in the same clause is not
            // (a lawyer telling the client's account is the client's claim).
            var officialBefore = _mentions.Any(x => x.Sentence == s && x.Person.IsOfficial && !x.Person.Roles.Contains(PersonRole.Lawyer) && x.Start >= start && x.Start < from);
            if (officialBefore || Negated(clause, from - start) || ToldAs(kind, CueBefore(s, start, from), ifReturned) is not { } told
                || (aboutKin && told == ClaimKind.RelativeDetained)
                || (fromData && claimTriggers.Any(t => t.Claim == told || (patternFound.Contains(t) && t.Start < to && from < t.End))))
            {
                return;
            }
            claimTriggers.Add(new Trigger(null, told, from, to, c));
            if (!fromData)
            {
                patternFound.Add(claimTriggers[^1]);
            }
        }
    }

    /// <summary>
    /// What a claim's phrase says under a cue just before it: a detention feared or supposed ("feared she would be
    /// sent to a camp", "опасаясь, что её отправят в лагерь") is a threat; persecution feared is the persecution
    /// claim (the asylum seeker's "fear of persecution"), supposed by others it is none; work or a relative's
    /// detention supposed is none.
    /// </summary>
    private static ClaimKind? ToldAs(ClaimKind kind, (bool Supposed, bool Feared, bool Unreal) cue, bool ifReturned = false) => cue switch
    {
        // "If returned, she would have been subjected to arbitrary detention": what a removal would bring is the threat.
        _ when ifReturned && (cue.Supposed || cue.Unreal) && kind is ClaimKind.Detained or ClaimKind.Threatened => ClaimKind.Threatened,
        (_, _, true) => null,
        (false, false, _) => kind,
        _ when kind is ClaimKind.Detained or ClaimKind.Threatened => ClaimKind.Threatened,
        (_, true, _) when kind == ClaimKind.Persecution => ClaimKind.Persecution,
        _ => null,
    };

    // A cue of supposition or fear among the few words before a phrase, within its clause: a cue far back ("It is not
    // yet clear whether X, who fled persecution, ...") is about something else.
    // A capitalised word mid-sentence is a name, not a cue ("in May", "Will Smith").
    private (bool Supposed, bool Feared, bool Unreal) CueBefore(int s, int clauseStart, int at)
    {
        var tokens = TokensOf(s);
        var text = _sentences[s].Text;
        var i = tokens.FindIndex(t => t.Start >= at);
        i = i < 0 ? tokens.Count : i;
        var (supposed, feared, unreal) = (false, false, false);
        for (var b = i - 1; b >= 0 && b >= i - ClaimCueReach && tokens[b].Start >= clauseStart; b--)
        {
            if (b > 0 && char.IsUpper(text[tokens[b].Start]))
            {
                continue;
            }
            // "he will be put in a camp again": a camp still ahead is a threat, as one supposed is.
            var supposition = Lexicon.Default.IsHypothetical(tokens[b].Stem) || Lexicon.Default.IsFuture(tokens[b].Stem);
            supposed |= supposition;
            feared |= Lexicon.Default.IsFear(tokens[b].Stem);
            // "would have been sent back to the camp": what did not happen, neither lived nor still ahead.
            unreal |= supposition && b + 1 < i && tokens[b + 1].Form == "have";
        }
        return (supposed, feared, unreal);
    }

    /// <summary>
    /// A headline that quotes the person in the first person («Мне грозило заточение в лагерь», "I was held in a camp"):
    /// the claim of the article's one party (no official or relative), said nowhere else in the text perhaps.
    /// </summary>
    private void AddHeadlineClaims()
    {
        if (_article.Header.Title is not { Length: > 0 } title)
        {
            return;
        }
        var tokens = _tokenizer.Tokenize(title);
        var parties = _persons.Where(p => !p.IsOfficial && !p.Roles.Contains(PersonRole.Relative)).ToList();
        if (parties.Count != 1 || !tokens.Any(t => FirstPersonWords.Contains(t.Form)))
        {
            return;
        }
        foreach (var hit in Lexicon.Default.Find(tokens, "claim.").Where(h => !h.Negated))
        {
            var at = tokens.FindIndex(t => t.Start >= hit.Start);
            var before = tokens.Take(at).TakeLast(ClaimCueReach).ToList();
            var supposed = before.Any(t => Lexicon.Default.IsHypothetical(t.Stem) || Lexicon.Default.IsFuture(t.Stem));
            if (ClaimKindOf(hit.Label) is { } kind && ToldAs(kind, (supposed, before.Any(t => Lexicon.Default.IsFear(t.Stem)), false)) is { } told)
            {
                AddClaim(parties[0], told, title, 0, title);
            }
        }
    }

    /// <summary>Gives a clause's claim to the people the clause is about.</summary>
    private void AddClaims(int s, int start, int end, Trigger trigger, List<PersonDraft> subjects)
    {
        var text = _sentences[s].Text;
        var namedHere = _mentions.Any(m => m.Sentence == s && m.Start >= start && m.End <= end && !m.Person.IsOfficial);
        // "rights groups urged it not to send back 32 refugees, saying they faced torture": "they" are the refugees.
        if (!namedHere && PluralPronoun().Match(text[start..end]) is { Success: true } they && GroupBefore(s, start + they.Index))
        {
            return;
        }
        // "had seen inmates beaten", "пытали жителей": what others went through.
        if (GroupBeside(s, trigger))
        {
            return;
        }
        // "Five months I was held in a basement": a quote in the first person is the person the story is about.
        if (subjects.Count == 0 && FirstPersonNear(s, trigger))
        {
            subjects = Speaker(s);
        }
        var claimants = ClaimantsOf(s, start, trigger, subjects);
        foreach (var person in subjects.Where(claimants.Contains))
        {
            // A relative tells of their kin's detention; a camp, threat or torture in their words is the party's
            // ("The poet had been kept in a camp, his brother said").
            var claimant = person.Roles.Contains(PersonRole.Relative) && trigger.Claim != ClaimKind.RelativeDetained
                ? PartyOf(s, null) is [var party] ? party : null
                : person;
            if (claimant is not null)
            {
                AddClaim(claimant, trigger.Claim!.Value, text[start..end], s, text);
            }
        }
    }

    // A camp's word (class.facility) between two offsets of a sentence.
    private bool NamesCamp(int s, int from, int to)
    {
        var tokens = TokensOf(s);
        var first = tokens.FindIndex(t => t.Start >= from);
        var last = tokens.FindLastIndex(t => t.End <= to);
        return first >= 0 && last >= first && Lexicon.Default.HoldsClass("facility", tokens, first, last + 1);
    }

    // A relative as the subject just before a detention's words: "her brother was later", "её мужа", "his two sons were".
    [GeneratedRegex(@"\b(?:her|his|their|my|our)\s+(?:\w+\s+)?(?:husband|wife|mother|father|sons?|daughters?|brothers?|sisters?|parents|relatives|children|uncle|aunt|cousins?|nephews?|nieces?|grandfather|grandmother|grandparents|family members?)\s+(?:(?!(?:said|says|told|added)\s)\w+\s+){0,3}$|(?<![\p{L}])(?:мужа?|жену|жена|сына?|сыновей|дочь|дочери|брата?|братьев|сестру|сестра|сестер|мать|матери|отца|отец|родителей|родители|родственников|родственники)\s+(?:(?!(?:рассказал|сказал|заявил|сообщил)\p{L}*\s)\p{L}+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex KinBefore();

    [GeneratedRegex(@"(?:\b(?:like|as did|as had|just as)|(?<![\p{L}])(?:как и|подобно))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    // A people or crowd named before in the sentence ("Uyghurs", "refugees", "жителей"), unless it is the persons
    // named just before ("the two refugees").
    private bool GroupBefore(int s, int at)
    {
        var tokens = TokensOf(s);
        return tokens.Select((t, i) => (t, i)).Any(x => x.t.End <= at && Lexicon.Default.IsGroup(x.t.Stem)
            && !(x.i > 0 && FewWords.Contains(tokens[x.i - 1].Form))
            && !(x.i > 1 && FewWords.Contains(tokens[x.i - 2].Form)));
    }

    private bool GroupBeside(int s, Trigger trigger)
    {
        var tokens = TokensOf(s);
        var first = tokens.FindIndex(t => t.Start >= trigger.Start);
        var last = tokens.FindLastIndex(t => t.Start < trigger.End);
        return first >= 0 && Enumerable.Range(first - 2, 2).Concat(Enumerable.Range(last + 1, 2))
            .Any(i => i >= 0 && i < tokens.Count && Lexicon.Default.IsGroup(tokens[i].Stem)
                && !(i > 0 && FewWords.Contains(tokens[i - 1].Form)));
    }

    private bool FirstPersonNear(int s, Trigger trigger)
    {
        var tokens = TokensOf(s);
        var first = tokens.FindIndex(t => t.Start >= trigger.Start);
        var last = tokens.FindLastIndex(t => t.Start < trigger.End);
        if (first < 0)
        {
            return false;
        }
        return Enumerable.Range(Math.Max(0, first - FirstPersonReach), Math.Min(tokens.Count, last + 1 + FirstPersonReach) - Math.Max(0, first - FirstPersonReach))
            .Any(i => FirstPersonWords.Contains(tokens[i].Form));
    }

    // The one person the sentence, or the nearest sentence before it about anyone, is about.
    private List<PersonDraft> Speaker(int s)
    {
        for (var back = s; back >= 0 && back >= s - 3; back--)
        {
            var about = _subjects[back].Where(p => !p.Roles.Contains(PersonRole.Relative)).ToList();
            if (about.Count > 0)
            {
                return about.Count == 1 ? about : [];
            }
        }
        return [];
    }

    // Words before a people's noun that make it the persons just named ("the two refugees").
    private static readonly HashSet<string> FewWords = new(["two", "three", "four", "both", "these", "those", "оба", "обе", "двое", "трое", "двух", "трех", "эти", "этих"], StringComparer.Ordinal);

    private static readonly HashSet<string> FirstPersonWords = new(["i", "me", "my", "я", "меня", "мне", "мной", "мой", "моя", "моего"], StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:they|them|their)\b|(?<![\p{L}])(?:они|их|им|ими)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PluralPronoun();

    // "X said Y, who spent eight months in a camp, testified": the claim is the nearest person's before it,
    // with anyone listed together with them ("A and B said they were held").
    private List<PersonDraft> ClaimantsOf(int s, int clauseStart, Trigger trigger, List<PersonDraft> subjects)
    {
        if (subjects.Count < 2)
        {
            return subjects;
        }
        var text = _sentences[s].Text;
        // "которые, как и Сауытбай, пересекли границу из-за давления", "like Sauytbay": a person named to compare is not the claimant.
        var before = _mentions.Where(m => m.Sentence == s && m.Start >= clauseStart && m.End <= trigger.Start && subjects.Contains(m.Person)
            && !Comparison().IsMatch(Before(text, m.Start))).ToList();
        if (before.Count == 0)
        {
            return subjects;
        }
        var claimants = new List<PersonDraft> { before[^1].Person };
        for (var i = before.Count - 1; i > 0 && Coordination().IsMatch(text[before[i - 1].End..before[i].Start]); i--)
        {
            claimants.Add(before[i - 1].Person);
        }
        return claimants;
    }

    private void AddClaim(PersonDraft person, ClaimKind kind, string clause, int s, string sentence)
    {
        if (_claims.Any(c => c.Person == person.Name && c.Kind == kind))
        {
            return;
        }
        var facility = Facility().Match(clause) is { Success: true } f ? NormaliseFacility(f.Value) : null;
        var period = Period().Match(clause) is { Success: true } p ? p.Groups["p"].Value : null;
        var place = PlaceIn(clause, s) ?? (RegionName().Match(clause) is { Success: true } region ? Gazetteer.FindPlace(region.Value)?.Region : null);
        if (place is not null && Gazetteer.FindPlace(place) is { Country: not ("China") } && place != "Xinjiang")
        {
            // Claims are about the country fled; a place in Kazakhstan is where the person told the story.
            place = null;
        }
        _claims.Add(new DetentionClaimRecord(person.Name, kind, facility, place, period, sentence));
    }

    private static string NormaliseFacility(string text)
    {
        var lower = text.ToLowerInvariant().Replace("re-education", "reeducation", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal)
            .Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
        lower = Regex.Replace(lower, @"\s+", " ").Replace("so-called ", "", StringComparison.Ordinal).Trim();
        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        {
            lower = lower[..^1];
        }
        return lower switch
        {
            _ when lower.StartsWith("лагер", StringComparison.Ordinal) || lower.Contains("перевоспит", StringComparison.Ordinal) => "reeducation camp",
            _ when lower.Contains("political education", StringComparison.Ordinal) || lower.Contains("vocational", StringComparison.Ordinal) => "reeducation camp",
            _ when lower.Contains("centre", StringComparison.Ordinal) => lower.Replace("centre", "center", StringComparison.Ordinal),
            _ => lower,
        };
    }

    private static readonly (Func<Regex> Pattern, ClaimKind Kind, string[] Words)[] ClaimPatterns =
    [
        (DetainedClaim, ClaimKind.Detained, ["spen", "held", "detain", "imprison", "locked", "interned", "sent", "провел", "провёл", "содерж", "находил"]),
        (ThreatenedClaim, ClaimKind.Threatened, ["threat", "fear", "faced", "risk", "угрож", "гроз"]),
        (RelativeDetainedClaim, ClaimKind.RelativeDetained, ["uncle", "aunt", "cousin", "nephew", "niece", "grand", "in-law", "husband", "wife", "mother", "father", "son", "daughter", "brother", "sister", "parent", "relative", "children", "family", "родствен", "муж", "жена", "сын", "доч", "брат", "сестр", "мать", "отец"]),
        (WorkedInFacilityClaim, ClaimKind.WorkedInFacility, ["forced", "made", "ordered", "required", "work", "served", "employ", "taught", "teach", "работал", "преподавал"]),
        (PersecutionClaim, ClaimKind.Persecution, ["persecut", "harass", "tortur", "interrogat", "abuse", "преследов"]),
    ];

    [GeneratedRegex(@"\b(?:spent|spend|spending)\s+(?:[\w\-]+\s+){1,3}in\s+(?:an?\s+|the\s+)?(?:so-called\s+)?[""“]?(?:re-?education|internment|detention|concentration|political education|vocational|camp|prison|jail)|\b(?:was|were|had been|been|(?:after|before|while|since)\s+being)\s+(?:\w+\s+)?(?:held|detained|imprisoned|locked up|interned|sent)\s+(?:\w+\s+){0,5}?(?:in|to)\s+(?:an?\s+|the\s+|such\s+an?\s+)?(?:so-called\s+)?[""“]?(?:re-?education|internment|detention|concentration|political|vocational|transformation|camp|prison)|(?<![\p{L}])(?:провел\w*|провёл\w*|содержал\w*|находил\w*)\s+(?:\w+\s+){0,3}в\s+(?:\w+\s+)?лагер", RegexOptions.IgnoreCase)]
    private static partial Regex DetainedClaim();

    [GeneratedRegex(@"\bthreatened\s+(?:\w+\s+){0,3}(?:to\s+(?:place|put|send|detain|lock|take)|with\s+(?:detention|arrest|a camp|internment|imprisonment))|\b(?:faced|feared|risked)\s+(?:being\s+)?(?:detention|being detained|internment|being sent to a camp)|угрожал\w*|грозил\w*\s+(?:\w+\s+)?(?:заключени|арест|лагер)", RegexOptions.IgnoreCase)]
    private static partial Regex ThreatenedClaim();

    [GeneratedRegex(@"\b(?:her|his|their|\p{Lu}\p{Ll}+['’]s)\s+(?:(?:\d+-year-old|two|three|four|five|younger|elder|older|youngest|eldest|little)\s+){0,2}(?:husband|wife|mother|father|son|daughter|brother|sister|parents|relatives|children|family members?|sons|daughters|brothers|sisters|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|grandparents|grandson|granddaughter|in-law)\b(?:[\w,]+\s+|\s+){0,5}?(?:was|were|had been|has been|have been|are|is)\s+(?:still\s+|being\s+|also\s+|now\s+|later\s+|then\s+|\w+ly\s+){0,2}(?:detained|held|imprisoned|sent to|taken to|put in|placed in|locked up|arrested|sentenced|jailed|interned|in a camp|in camps|in detention|in custody|in prison)|\b(?:relatives|family members)\s+(?:were|had been|have been)\s+(?:\w+\s+)?(?:sent|taken|detained|held|arrested)\b|\b(?:detained|arrested|jailed|took)\s+(?:her|his|their)\s+(?:husband|wife|mother|father|son|daughter|brother|sister|parents|relatives|children|sons|daughters|brothers|sisters)\b|(?<![\p{L}])(?:родственник\w*|муж|жена|сын|дочь|брат|сестра|мать|отец)\s+(?:\w+\s+){0,3}?(?:задержан\w*|арестован\w*|содерж\w*|наход\w+\s+в\s+(?:лагер|заключени|тюрьм))", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDetainedClaim();

    [GeneratedRegex(@"\b(?:forced|made|ordered|required)\s+(?:her|him|them)\s+to\s+(?:train|teach|work)|\b(?:been|was|were)\s+(?:made|forced|ordered|required)\s+to\s+(?:train|teach|work)|\b(?:worked|served|employed|taught)\s+(?:as\s+an?\s+[\w\-]+\s+)?(?:in|at)\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:so-called\s+)?[""“]?(?:re-?education|internment|detention|camp|political)|\bteacher\s+(?:in|at)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?camp|(?<![\p{L}])(?:работал\w*|преподавал\w*)\s+(?:\w+\s+){0,3}в\s+(?:\w+\s+)?лагер", RegexOptions.IgnoreCase)]
    private static partial Regex WorkedInFacilityClaim();

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:\w+\s+)?[""“]?(?:subjected to (?:persecution|harassment|torture|abuse|interrogation)|persecuted|harassed|tortured|interrogated)\b|\b(?:faced|suffered|endured)\s+(?:\w+\s+)?(?:persecution|harassment|torture)\b|(?<![\p{L}])(?:подвергал\w*\s+преследовани\w*|преследовал\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex PersecutionClaim();

    [GeneratedRegex(@"(?:so-called\s+)?[""“]?(?:re-?education|internment|detention|concentration|political education|vocational(?: training)?|counter-?extremism|transformation-through-education)[""”]?\s+(?:camps?|cent(?:er|re)s?|facilit(?:y|ies))|\bprisons?\b|\bcamps?\b|лагер\w*(?:\s+перевоспитания)?", RegexOptions.IgnoreCase)]
    private static partial Regex Facility();

    [GeneratedRegex(@"\b(?:spent|spend|for|held for)\s+(?<p>(?:(?:more than|over|almost|nearly|about|at least)\s+)?(?:several|a few|many|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d+)\s+(?:years?|months?|weeks?|days?))|(?<p>(?:несколько|два|три|четыре|пять|шесть|\d+)\s+(?:лет|года|месяц\w*)|полгода|полтора года)", RegexOptions.IgnoreCase)]
    private static partial Regex Period();
}
