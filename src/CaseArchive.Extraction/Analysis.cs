using System.Text.RegularExpressions;
using CaseArchive.Extraction.Reading;
using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction;

/// <summary>
/// One extraction run over one article. Holds the state the passes share (sentences, persons,
/// mentions); <see cref="Extractor"/> makes a new one per call, so runs never share state.
/// </summary>
internal sealed partial class Analysis
{
    private readonly Article _article;
    private readonly List<Sentence> _sentences;
    private readonly Dateline? _dateline;
    private readonly DateOnly? _reference;
    private readonly DateOnly? _published;
    private readonly List<PersonDraft> _persons = [];
    private readonly Dictionary<PersonDraft, List<string>> _otherNames = [];
    private readonly List<Mention> _mentions = [];
    private readonly List<CourtRecord> _courts = [];
    private readonly List<RulingRecord> _rulings = [];
    private readonly List<DetentionClaimRecord> _claims = [];
    private readonly List<EventRecord> _events = [];
    private readonly HashSet<int> _rulingSentences = [];
    private List<PersonDraft>[] _subjects = [];
    private readonly Tokenizer _tokenizer = new();
    private readonly Dictionary<int, List<Token>> _tokens = [];
    private readonly Dictionary<(int Sentence, string Prefix), List<LexiconHit>> _hits = [];

    public Analysis(Article article, DateOnly? published)
    {
        _article = article;
        _published = published ?? article.Header.PublishedOn;
        (_sentences, _dateline) = TextSegmenter.Split(article.Text);
        _reference = _published;
        // A wire dateline ("ALMATY, Aug 1 (Reuters) -") dates the story more closely than the publication stamp.
        if (_published is { } p && _dateline is { Month: { } month, Day: { } day }
            && DateFinder.Resolve(new DateMention(0, 0, null, month, day, null, null), p, null) is { } datelineDate)
        {
            _reference = datelineDate.Start;
        }
    }

    public ExtractionResult Run()
    {
        FindPersons();
        FindSubjects();
        FindRulings();
        FindClaimsAndEvents();
        AddHeadlineClaims();
        AssignRoles();
        var header = _article.Header;
        var source = new SourceInfo(header.Title, header.Outlet, header.Url, _published, header.Language);
        var persons = _persons.Select(p => new PersonRecord(
            p.Name,
            _otherNames.TryGetValue(p, out var other) ? other : [],
            p.Roles.Order().ToList(),
            p.Ethnicity,
            p.Citizenship,
            p.Gender)).ToList();
        return new ExtractionResult(source, persons, _courts, _rulings, _claims, _events);
    }

    /// <summary>The sentence's words with offsets into its text, read once.</summary>
    private List<Token> TokensOf(int s)
    {
        if (!_tokens.TryGetValue(s, out var tokens))
        {
            _tokens[s] = tokens = _tokenizer.Tokenize(_sentences[s].Text);
        }
        return tokens;
    }

    /// <summary>
    /// The vocabulary's phrases of one kind (label prefix) in a sentence; offsets into the sentence's text. Looked up
    /// once per sentence and prefix: the passes ask the same again per clause, candidate and cluster.
    /// </summary>
    private List<LexiconHit> Hits(int s, string prefix)
    {
        if (!_hits.TryGetValue((s, prefix), out var hits))
        {
            _hits[(s, prefix)] = hits = Lexicon.Default.Find(TokensOf(s), prefix);
        }
        return hits;
    }

    internal static ClaimKind? ClaimKindOf(string label) => LabelValue<ClaimKind>(label);

    internal static EventKind? EventKindOf(string label) => LabelValue<EventKind>(label);

    internal static Outcome? OutcomeOfLabel(string label) => LabelValue<Outcome>(label);

    // "claim.worked_in_facility" -> ClaimKind.WorkedInFacility: the data's labels are the contract's words.
    private static T? LabelValue<T>(string label) where T : struct, Enum =>
        Enum.TryParse<T>(label[(label.IndexOf('.', StringComparison.Ordinal) + 1)..].Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) ? value : null;

    private static readonly PersonRole[] ProceedingRoles =
        [PersonRole.Defendant, PersonRole.Applicant, PersonRole.Judge, PersonRole.Prosecutor, PersonRole.Lawyer, PersonRole.Witness, PersonRole.Official, PersonRole.Relative];

    private void AssignRoles()
    {
        foreach (var ruling in _rulings)
        {
            var person = _persons.First(p => p.Name == ruling.Person);
            // An asylum case has an applicant; a criminal, deportation or extradition case a defendant.
            person.Roles.Add(ruling.Outcome is Outcome.AsylumGranted or Outcome.AsylumDenied ? PersonRole.Applicant : PersonRole.Defendant);
        }
        foreach (var e in _events)
        {
            var person = _persons.First(p => p.Name == e.Person);
            if (e.Kind is EventKind.Arrest or EventKind.TrialOpened or EventKind.Detention or EventKind.ExtraditionRequest)
            {
                person.Roles.Add(PersonRole.Defendant);
            }
            if (e.Kind is EventKind.AsylumGranted or EventKind.AsylumDenied)
            {
                person.Roles.Add(PersonRole.Applicant);
            }
        }
        for (var s = 0; s < _sentences.Count; s++)
        {
            if (AsylumRequest().IsMatch(_sentences[s].Text))
            {
                foreach (var person in _subjects[s])
                {
                    person.Roles.Add(PersonRole.Applicant);
                }
            }
            if (ChargedWith().IsMatch(_sentences[s].Text))
            {
                foreach (var person in _subjects[s])
                {
                    person.Roles.Add(PersonRole.Defendant);
                }
            }
        }
        foreach (var person in _persons.Where(p => !p.Roles.Any(r => ProceedingRoles.Contains(r))))
        {
            person.Roles.Add(PersonRole.Subject);
        }
        foreach (var person in _persons.Where(p => p.Roles.Count > 1))
        {
            person.Roles.Remove(PersonRole.Subject);
        }
    }

    /// <summary>
    /// The persons each sentence is about: those it names (officials aside), or, for "she", "he" or
    /// "they", those the sentence before was about.
    /// </summary>
    private void FindSubjects()
    {
        _subjects = new List<PersonDraft>[_sentences.Count];
        for (var s = 0; s < _sentences.Count; s++)
        {
            var named = WithoutQuotedRelatives(_mentions.Where(m => m.Sentence == s).Select(m => m.Person).Where(p => !p.IsOfficial).Distinct().ToList(), s);
            if (named.Count > 0)
            {
                _subjects[s] = named;
                InferGenderFromPronouns(s, named);
                continue;
            }
            // "The two men had been in custody": the group named last.
            if (PluralDefinite().IsMatch(_sentences[s].Text) && LastGroup(s) is { } group)
            {
                _subjects[s] = group;
                continue;
            }
            // "The 56-year-old ethnic Kazakh woman, a former accountant, says..." goes on about the person just named.
            var definite = DefiniteDescription().Match(_sentences[s].Text);
            if (definite.Success && s > 0 && _subjects[s - 1].Count == 1)
            {
                _subjects[s] = _subjects[s - 1];
                ApplyDescription(_subjects[s][0], definite.Value, withCitizenship: false);
                continue;
            }
            // "... deported an ethnic Uyghur woman to Kazakhstan by mistake." and the next sentence names her.
            if (NamedNext(s) is { } introduced)
            {
                _subjects[s] = introduced;
                continue;
            }
            _subjects[s] = ResolvePronoun(s, _sentences[s].Text);
        }
    }

    private List<PersonDraft>? NamedNext(int s)
    {
        var text = _sentences[s].Text;
        if (s + 1 >= _sentences.Count || !UnnamedPerson().IsMatch(text) || RelativeSubject().IsMatch(text))
        {
            return null;
        }
        var next = _mentions.Where(m => m.Sentence == s + 1 && !m.Person.IsOfficial).Select(m => m.Person).Distinct().ToList();
        var plural = UnnamedPerson().Matches(text).Any(m => PluralDescription().IsMatch(m.Value));
        return (plural ? next.Count >= 2 : next.Count == 1) ? next : null;
    }

    private List<PersonDraft>? LastGroup(int s)
    {
        for (var back = s - 1; back >= 0 && back >= s - 3; back--)
        {
            if (_subjects[back].Count >= 2)
            {
                return _subjects[back];
            }
        }
        return null;
    }

    private List<PersonDraft> ResolvePronoun(int s, string clause)
    {
        var pronoun = SubjectPronoun().Match(clause);
        if (!pronoun.Success)
        {
            return [];
        }
        var word = pronoun.Value.ToLowerInvariant();
        var gender = word is "she" or "her" or "она" or "её" or "ее" ? "female" : word is "he" or "his" or "him" or "он" or "его" ? "male" : null;
        // "they", "their": a group named just before, if there is one.
        if (gender is null && word is "they" or "their" or "them" or "они" or "их" && s < _subjects.Length && LastGroup(s) is { } group && _subjects[s - 1].Count <= 1
            && Enumerable.Range(Math.Max(0, s - 3), s - Math.Max(0, s - 3)).All(b => _subjects[b].Count == 0 || _subjects[b].All(group.Contains)))
        {
            return group;
        }
        for (var back = s - 1; back >= 0 && back >= s - 3; back--)
        {
            var previous = _subjects[back];
            if (previous.Count == 0)
            {
                continue;
            }
            if (gender is null)
            {
                return previous;
            }
            var fitting = previous.Where(p => p.Gender is null || p.Gender == gender).ToList();
            if (fitting.Count == 1)
            {
                fitting[0].Gender ??= gender;
                return fitting;
            }
            if (fitting.Count > 1 || back < s - 2)
            {
                return [];
            }
            // Nobody of that gender in the sentence before ("Gulzhan ... told Amnesty. ... extended his detention"): look one further back.
        }
        return [];
    }

    // "Aqan testified at her trial": one person named and only one kind of pronoun after the name.
    private void InferGenderFromPronouns(int s, List<PersonDraft> named)
    {
        if (named.Count != 1 || named[0].Gender is not null)
        {
            return;
        }
        var text = _sentences[s].Text;
        var mention = _mentions.First(m => m.Sentence == s && m.Person == named[0]);
        // "Tur's wife, Aida Kerim, said her husband...": pronouns after another person's name are not about this one.
        var next = _mentions.FirstOrDefault(m => m.Sentence == s && m.Start > mention.End && m.Person != named[0]);
        if (next is not null && text[mention.End..next.Start].TrimStart().StartsWith('\''))
        {
            return;
        }
        var after = text[mention.End..(next?.Start ?? text.Length)];
        var female = FemalePronoun().IsMatch(after);
        var male = MalePronoun().IsMatch(after);
        if (female != male)
        {
            named[0].Gender = female ? "female" : "male";
        }
    }

    /// <summary>Dates of a sentence resolved against the publication date or a year the previous sentence stated.</summary>
    private readonly Dictionary<int, List<(DateMention Mention, PartialDate? Date)>> _datesCache = [];
    private readonly Dictionary<int, List<CourtMention>> _courtsCache = [];

    private List<CourtMention> CourtsOf(int s)
    {
        if (!_courtsCache.TryGetValue(s, out var courts))
        {
            courts = CourtsIn(_sentences[s].Text);
            _courtsCache[s] = courts;
        }
        return courts;
    }

    private List<(DateMention Mention, PartialDate? Date)> DatesOf(int s)
    {
        if (!_datesCache.TryGetValue(s, out var dates))
        {
            dates = FindDatesOf(s);
            _datesCache[s] = dates;
        }
        return dates;
    }

    private List<(DateMention Mention, PartialDate? Date)> FindDatesOf(int s)
    {
        int? anchor = null;
        if (s > 0)
        {
            // Only a month and year ("In August 2018") sets the frame a bare month follows; several years set none.
            var framing = DatesOf(s - 1).Select(d => d.Mention).Where(d => d.HasYear && d.Month is not null).Select(d => d.Year).Distinct().ToList();
            anchor = framing.Count == 1 ? framing[0] : null;
        }
        var text = _sentences[s].Text;
        // "since 2016", "until March": the edge of a span, not the date of an event.
        var mentions = DateFinder.Find(text).Where(m => !SpanEdge().IsMatch(text[m.Start..m.End])).ToList();
        return mentions
            .Select(m => (m, DateFinder.Resolve(m, _reference, anchor ?? YearBefore(mentions, m) ?? SameMonthYear(s, m))))
            .ToList();
    }

    // "left China in February 2019 and was arrested on March 2": a month and year told earlier in the sentence is the
    // year of a later yearless day in the months after it.
    private static int? YearBefore(List<DateMention> mentions, DateMention mention) =>
        mention.HasYear || mention.Month is not { } month ? null
            : mentions.LastOrDefault(d => d.End <= mention.Start && d.HasYear && d.Month is { } m && m <= month)?.Year;

    // Without a publication date, "On 18 February" after "on 3 February 2021" shares its year; another month does not.
    private int? SameMonthYear(int s, DateMention mention)
    {
        if (_reference is not null || mention.HasYear || mention.Month is not { } month)
        {
            return null;
        }
        for (var back = s - 1; back >= 0 && back >= s - 3; back--)
        {
            if (DatesOf(back).Select(d => d.Mention).FirstOrDefault(d => d.HasYear && d.Month == month) is { } stated)
            {
                return stated.Year;
            }
        }
        return null;
    }

    // The patterns that look back from a word ("Judge ", "sentenced ", "said on ") need only the words
    // just before it; matching them against the whole sentence start would cost time for nothing.
    private static string Before(string text, int index) => text[Math.Max(0, index - 100)..index];

    private string? PlaceIn(string text, int s)
    {
        // A town or region named after a preposition, before a country: "in a camp in Urumqi, China".
        var places = PlaceAfterIn().Matches(text).Select(m => Gazetteer.FindPlace(m.Groups["p"].Value)).OfType<Place>().ToList();
        if (places.FirstOrDefault(p => p.Town is not null || p.Region is not null) is { } precise)
        {
            return precise.Town ?? precise.Region;
        }
        if (places.Count > 0)
        {
            return places[0].Country;
        }
        // "in the region", "there": the region the sentence before named.
        if (BackReferencePlace().IsMatch(text))
        {
            for (var back = s; back >= 0 && back >= s - 2; back--)
            {
                var region = RegionName().Match(_sentences[back].Text);
                if (region.Success)
                {
                    return Gazetteer.FindPlace(region.Value)?.Region ?? region.Value;
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:she|he|they|her|his|him|them)\b|(?<![\p{L}])(?:она|он|они|её|ее|его)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"\b(?:she|her|hers|herself)\b|(?<![\p{L}])(?:она|её|ее)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FemalePronoun();

    [GeneratedRegex(@"\b(?:he|his|him|himself)\b|(?<![\p{L}])(?:он|его)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex MalePronoun();

    [GeneratedRegex(@"\b(?:seeking asylum|sought asylum|seek asylum|application for (?:asylum|refugee status)|applied for (?:political )?asylum|asked for (?:asylum|protection|refugee status)|applied for (?:asylum|refugee status|protection)|asylum (?:application|request|bid|claim)|request(?:ed)? asylum|asylum seeker|refugee status (?:application|request)|apply for (?:asylum|refugee status))\b|убежищ|статус беженца", RegexOptions.IgnoreCase)]
    private static partial Regex AsylumRequest();

    [GeneratedRegex(@"\b(?:charged with|accused of|on trial|stood trial|faces? charges|обвиня\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChargedWith();

    [GeneratedRegex(@"(?:\b(?:in|into|to|from|of|at)|(?<![\p{L}])(?:в|во|из|на))\s+(?:the\s+)?(?:\w+\s+)?(?<p>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}]+)?)")]
    private static partial Regex PlaceAfterIn();

    [GeneratedRegex(@"\b(?:in the region|in the province|there|back home)\b|(?<![\p{L}])(?:там|в регионе)(?![\p{L}])")]
    private static partial Regex BackReferencePlace();

    [GeneratedRegex(@"^(?:The|Both)\s+(?:two\s+|three\s+|four\s+)?(?:men|women|brothers|sisters|defendants|refugees|Kazakhs|Uyghurs|Uighurs)\b")]
    private static partial Regex PluralDefinite();

    [GeneratedRegex(@"^(?:(?:The|Instead,\s+the|But\s+the|Now\s+the|Today\s+the)\s+\d+-year-old(?:\s+ethnic[\s\-]+\p{Lu}\w+)?(?=[\s,])|The\s+(?:\d+-year-old\s+)?(?:ethnic[\s\-]+\w+\s+|\w+\s+)?(?:woman|man|mother|father|grandmother|grandfather|refugee|herder|farmer|teacher|activist|poet|businessman|businesswoman)\b)[^,.;]{0,40}")]
    private static partial Regex DefiniteDescription();

    [GeneratedRegex(@"^(?:since|until|till|through|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanEdge();

    [GeneratedRegex(@"Xinjiang|East Turkestan|Синьцзян\w*")]
    private static partial Regex RegionName();
}
