using System.Text.RegularExpressions;

namespace CaseArchive.Extraction;

/// <summary>
/// Detention claims: the person's own account of the country fled (held in a camp, threatened with one, made to
/// work in one, persecuted, relatives held), clause by clause. <see cref="FindClaimsAndEvents"/> reads the
/// sentence's clauses and who each is about; this part proposes the claims of a clause and gives them to their people.
/// </summary>
internal sealed partial class Analysis
{
    /// <summary>The claims a clause tells: the patterns', then the vocabulary's phrases (data).</summary>
    private List<Trigger> ClaimTriggers(int s, int c, int start, int end)
    {
        var clause = _sentences[s].Text[start..end];
        var lowerClause = clause.ToLowerInvariant();
        var claimTriggers = new List<Trigger>();
        var aboutKin = RelatedPersonOf(s, start, end) is not null;
        foreach (var (pattern, kind, words) in ClaimPatterns)
        {
            if (!HoldsAny(lowerClause, words) || (aboutKin && kind == ClaimKind.RelativeDetained))
            {
                continue;
            }
            foreach (Match m in pattern().Matches(clause))
            {
                // Claims are the person's account; a judge's or official's finding in the same clause is not
                // (a lawyer telling the client's account is the client's claim).
                var officialBefore = _mentions.Any(x => x.Sentence == s && x.Person.IsOfficial && !x.Person.Roles.Contains(PersonRole.Lawyer) && x.Start >= start && x.Start < start + m.Index);
                if (!Negated(clause, m.Index) && !officialBefore)
                {
                    claimTriggers.Add(new Trigger(null, kind, start + m.Index, start + m.Index + m.Length, c));
                }
            }
        }
        // The vocabulary's claim phrases (data), where the patterns above found nothing of that kind there.
        foreach (var hit in Hits(s, "claim.").Where(h => h.Start >= start && h.End <= end && !h.Negated && (!h.Hypothetical || h.Label == "claim.threatened")))
        {
            var kind = ClaimKindOf(hit.Label);
            var officialBefore = _mentions.Any(x => x.Sentence == s && x.Person.IsOfficial && !x.Person.Roles.Contains(PersonRole.Lawyer) && x.Start >= start && x.Start < hit.Start);
            if (kind is { } k && !(aboutKin && k == ClaimKind.RelativeDetained) && !officialBefore && !Negated(clause, hit.Start - start)
                && claimTriggers.Count == 0)
            {
                claimTriggers.Add(new Trigger(null, k, hit.Start, hit.End, c));
            }
        }
        // "his sister had been held in a camp" is the sister's detention, not his.
        claimTriggers.RemoveAll(t => t.Claim == ClaimKind.Detained
            && claimTriggers.Any(r => r.Claim == ClaimKind.RelativeDetained && t.Start < r.End && r.Start < t.End + 40));
        return claimTriggers;
    }

    /// <summary>Gives a clause's claim to the people the clause is about.</summary>
    private void AddClaims(int s, int start, int end, Trigger trigger, List<PersonDraft> subjects)
    {
        var text = _sentences[s].Text;
        var claimants = ClaimantsOf(s, start, trigger, subjects);
        foreach (var person in subjects.Where(claimants.Contains))
        {
            AddClaim(person, trigger.Claim!.Value, text[start..end], s, text);
        }
    }

    // "X said Y, who spent eight months in a camp, testified": the claim is the nearest person's before it,
    // with anyone listed together with them ("A and B said they were held").
    private List<PersonDraft> ClaimantsOf(int s, int clauseStart, Trigger trigger, List<PersonDraft> subjects)
    {
        if (subjects.Count < 2)
        {
            return subjects;
        }
        var text = _sentences[s].Text;
        var before = _mentions.Where(m => m.Sentence == s && m.Start >= clauseStart && m.End <= trigger.Start && subjects.Contains(m.Person)).ToList();
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
        (RelativeDetainedClaim, ClaimKind.RelativeDetained, ["husband", "wife", "mother", "father", "son", "daughter", "brother", "sister", "parent", "relative", "children", "family", "родствен", "муж", "жена", "сын", "доч", "брат", "сестр", "мать", "отец"]),
        (WorkedInFacilityClaim, ClaimKind.WorkedInFacility, ["forced", "made", "ordered", "required", "work", "served", "employ", "taught", "teach", "работал", "преподавал"]),
        (PersecutionClaim, ClaimKind.Persecution, ["persecut", "harass", "tortur", "interrogat", "abuse", "преследов"]),
    ];

    [GeneratedRegex(@"\b(?:spent|spend|spending)\s+(?:[\w\-]+\s+){1,3}in\s+(?:an?\s+|the\s+)?(?:so-called\s+)?[""“]?(?:re-?education|internment|detention|concentration|political education|vocational|camp|prison|jail)|\b(?:was|were|had been|been|(?:after|before|while|since)\s+being)\s+(?:\w+\s+)?(?:held|detained|imprisoned|locked up|interned|sent)\s+(?:\w+\s+){0,5}?(?:in|to)\s+(?:an?\s+|the\s+|such\s+an?\s+)?(?:so-called\s+)?[""“]?(?:re-?education|internment|detention|concentration|political|vocational|transformation|camp|prison)|(?<![\p{L}])(?:провел\w*|провёл\w*|содержал\w*|находил\w*)\s+(?:\w+\s+){0,3}в\s+(?:\w+\s+)?лагер", RegexOptions.IgnoreCase)]
    private static partial Regex DetainedClaim();

    [GeneratedRegex(@"\bthreatened\s+(?:\w+\s+){0,3}(?:to\s+(?:place|put|send|detain|lock|take)|with\s+(?:detention|arrest|a camp|internment|imprisonment))|\b(?:faced|feared|risked)\s+(?:being\s+)?(?:detention|being detained|internment|being sent to a camp)|угрожал\w*|грозил\w*\s+(?:\w+\s+)?(?:заключени|арест|лагер)", RegexOptions.IgnoreCase)]
    private static partial Regex ThreatenedClaim();

    [GeneratedRegex(@"\b(?:her|his|their|\p{Lu}\p{Ll}+['’]s)\s+(?:(?:\d+-year-old|two|three|four|five|younger|elder|older|youngest|eldest|little)\s+){0,2}(?:husband|wife|mother|father|son|daughter|brother|sister|parents|relatives|children|family members?|sons|daughters|brothers|sisters)\b(?:[\w,]+\s+|\s+){0,5}?(?:was|were|had been|has been|have been|are|is)\s+(?:still\s+|being\s+|also\s+|now\s+){0,2}(?:detained|held|imprisoned|sent to|taken to|arrested|sentenced|jailed|in a camp|in camps|in detention|in custody|in prison)|\b(?:relatives|family members)\s+(?:were|had been|have been)\s+(?:\w+\s+)?(?:sent|taken|detained|held|arrested)\b|\b(?:detained|arrested|jailed|took)\s+(?:her|his|their)\s+(?:husband|wife|mother|father|son|daughter|brother|sister|parents|relatives|children|sons|daughters|brothers|sisters)\b|(?<![\p{L}])(?:родственник\w*|муж|жена|сын|дочь|брат|сестра|мать|отец)\s+(?:\w+\s+){0,3}?(?:задержан\w*|арестован\w*|содерж\w*|наход\w+\s+в\s+(?:лагер|заключени|тюрьм))", RegexOptions.IgnoreCase)]
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
