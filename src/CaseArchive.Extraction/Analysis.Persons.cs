using System.Text.RegularExpressions;
using CaseArchive.Extraction.Reading;
using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction;

/// <summary>A person as the analysis builds them up, before they become a <see cref="PersonRecord"/>.</summary>
internal sealed class PersonDraft(string name, string key)
{
    public string Name { get; } = name;
    public string Key { get; } = key;
    public string[] PartKeys { get; } = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameFolding.Fold).ToArray();
    public HashSet<PersonRole> Roles { get; } = [];
    public string? Ethnicity { get; set; }
    public string? Citizenship { get; set; }
    public string? Gender { get; set; }

    /// <summary>Judges, prosecutors, lawyers and officials take part in a proceeding without being its subject.</summary>
    public bool IsOfficial => Roles.Contains(PersonRole.Judge) || Roles.Contains(PersonRole.Prosecutor)
        || Roles.Contains(PersonRole.Lawyer) || Roles.Contains(PersonRole.Official);
}

/// <summary>Where a person is named in a sentence: by full name or by one part of it ("Aqan said").</summary>
internal sealed record Mention(PersonDraft Person, int Sentence, int Start, int End);

/// <summary>A capitalised run of words that may be a name, with what surrounds it.</summary>
internal sealed record Candidate(int Sentence, int Start, int End, string Text, string Key)
{
    public int Words => Text.Count(c => c == ' ') + 1;
}

internal sealed partial class Analysis
{
    // Capitalised words that never belong to a person's name: function words that start sentences,
    // titles, institutions, calendar words. Places and peoples come from the gazetteer.
    private static readonly HashSet<string> NonNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "On", "At", "Of", "For", "To", "From", "By", "With", "And", "But", "Or", "As", "If", "When",
        "While", "Although", "Though", "After", "Before", "Since", "During", "Under", "Over", "This", "That", "These", "Those",
        "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Him", "Them", "There",
        "Here", "Then", "According", "Last", "Next", "Earlier", "Later", "Meanwhile", "However", "Also", "Yet", "So", "Now",
        "Both", "Two", "Three", "Four", "Several", "Some", "Many", "Most", "Such", "Other", "Another", "Each", "All", "Every",
        "No", "Not", "Neither", "Nor", "Either", "One", "What", "Who", "Whom", "Why", "How", "Where", "Asked", "Like", "Among", "Eventually", "Despite",
        "Because", "Instead", "Once", "Still", "Even", "Only", "Just", "Mr", "Ms", "Mrs", "Dr", "Sir", "Judge", "Prosecutor",
        "Lawyer", "Attorney", "President", "Minister", "Prime", "General", "Deputy", "Chief", "Head", "Director", "Chairman",
        "Spokesman", "Spokeswoman", "Spokesperson", "Officials", "Police", "Court", "Courts", "Supreme", "District", "City",
        "Regional", "Specialised", "Specialized", "Inter-district", "Interdistrict", "Criminal", "Cassation", "Appeals", "Appeal",
        "Administrative", "Breaking", "News", "Image", "Video", "Photo", "Accessibility", "Links", "Share", "Facebook", "Twitter",
        "Telegram", "Muslim", "Muslims", "Islam", "Islamic", "Communist", "Turkic", "Han", "Kazakhs", "Uyghurs", "Uighurs",
        "Uyghur", "Uighur", "Hui", "Tajiks", "Dungans", "Dungan", "Soviet", "Western", "Central", "Asia", "Asian", "East", "West",
        "North", "South", "Northern", "Southern", "Eastern", "Southeastern", "Northwestern", "Northeastern", "Southwestern",
        "Region", "Province", "Autonomous", "Republic", "Border", "Guard", "Service", "Ethnic", "Kazakhstan's", "Chinese",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
        "Mountains", "Convention", "Refugee", "Refugees", "Asylum", "Camp", "Camps", "Code", "Article", "Section", "Law",
        "Yes", "Please", "Thank", "Dear", "God", "Allah", "Quran", "Holy", "Internet", "Facebook", "Instagram", "YouTube",
        "В", "На", "По", "Как", "Суд", "Судья", "Прокурор", "Адвокат", "Он", "Она", "Они", "Её", "Его", "Также", "При", "Кроме",
        "После", "До", "Республики", "Республика", "Казахстан", "Китай", "Кроме", "Это", "Этот", "Эта", "Однако", "Ранее",
        "Позже", "Затем", "Тогда", "Сейчас", "Теперь", "По", "Для", "Из", "За", "С", "У", "О", "И", "А", "Но", "Или", "Если",
        "Когда", "Что", "Где", "Как", "Так", "Там", "Здесь", "Мы", "Я", "Вы", "Их", "Ее", "Согласно", "Напомним", "Сам", "Сама",
        "Нового", "Новый", "Новая", "Новой", "Новом", "Новую", "Банк", "Банка", "Банке", "Радио", "Синьцзян", "Синьцзяне", "Синьцзяна", "Казахстане", "Казахстана", "Китае", "Китая", "КНР", "Жаркент", "Алматы", "Суда",
    };

    // A run holding one of these names an institution, an outlet or a body, not a person.
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Human", "Rights", "Watch", "Amnesty", "International", "Nations", "United", "Union", "European", "Committee",
        "Ministry", "Radio", "Free", "Europe", "Liberty", "Agency", "Office", "Council", "Government", "Department", "Party",
        "Foundation", "Institute", "University", "Center", "Centre", "Times", "Post", "Press", "Reuters", "Associated",
        "Diplomat", "Guardian", "Bureau", "Embassy", "Parliament", "Senate", "Affairs", "Foreign", "Interior", "Security",
        "Commission", "Organization", "Organisation", "Association", "Society", "Network", "Project", "Initiative", "Group",
        "Front", "Movement", "Congress", "Assembly", "Service", "Services", "Journal", "Daily", "Tribune", "Herald", "Agence",
        "Bank", "Company", "Corporation", "Ltd", "Inc", "Forum", "Alliance", "Federation", "Council", "Police", "Army",
        "Airport", "Station", "Street", "Avenue", "Square", "Park", "Lake", "River", "Mount", "Valley", "Hotel", "Prison",
        "Court", "Tribunal", "Ombudsman", "Defenders", "Defender", "Time", "High", "Commissioner", "Red", "Cross", "Crescent", "Atajurt", "Azattyq", "Eurasianet",
        "Министерство", "Комитет", "Служба", "Организация", "Управление", "Департамент",
    };

    // "Moldova-based" is no part of a name.
    private static bool IsNameWord(string word) =>
        !NonNameWords.Contains(word) && !Lexicon.Default.IsFunctionWord(word) && !Gazetteer.IsPlaceWord(word) && !IsPeopleWord(word)
        && !(word.IndexOf('-', StringComparison.Ordinal) is > 0 and var hyphen && Gazetteer.IsPlaceWord(word[..hyphen]));

    private static bool IsPeopleWord(string word) => PeopleWord().IsMatch(word);

    private void FindPersons()
    {
        var candidates = new List<Candidate>();
        var singles = new List<Candidate>();
        for (var s = 0; s < _sentences.Count; s++)
        {
            CollectCandidates(s, candidates, singles);
        }
        // "His name is Masjid Musa", "a detainee named Abdughappar": a naming word names a person, by one name too.
        foreach (var single in singles.Where(NamedByCue).ToList())
        {
            singles.Remove(single);
            candidates.Add(single);
        }
        var sharing = SharedSurnames(candidates, singles);
        candidates.AddRange(sharing.Keys);
        // A line in Title Case ("Russia Is Ready to Extradite ...") capitalises common words: a run in it is a name
        // only when the story tells it again in a sentence written as sentences are.
        candidates.RemoveAll(c => IsTitleCase(c.Sentence)
            && !candidates.Exists(o => !IsTitleCase(o.Sentence) && o.Key == c.Key));

        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new List<(Candidate Candidate, PersonRole? Role, string? Appositive)>();
        var otherNameOf = OtherNames(candidates);
        foreach (var candidate in candidates)
        {
            var text = _sentences[candidate.Sentence].Text;
            var prefix = Before(text, candidate.Start);
            var suffix = text[candidate.End..];
            var appositive = AppositiveAfter().Match(suffix) is { Success: true } a ? a.Groups["app"].Value : null;
            if (ByBefore().IsMatch(prefix) || AuthorAfter().IsMatch(suffix) || ArticleBefore().IsMatch(prefix) || FounderBefore().IsMatch(prefix) || (appositive is not null && CommentatorNoun().IsMatch(appositive))
                || CommentatorAfter().IsMatch(suffix) || IsOutlet(candidate.Text) || IsCommentator(candidate)
                || IsSpeakerOnly(candidate, singles, candidates))
            {
                excluded.Add(candidate.Key);
                continue;
            }
            var title = TitleBefore().Match(prefix);
            PersonRole? role = title.Success ? RoleOfTitle(title.Groups["title"].Value) : null;
            var dataTitle = TitleOfData(candidate);
            role ??= dataTitle is { } t ? RoleOfTitle(t.Form) : null;
            var acts = ActsThroughTitle(candidate);
            role ??= acts ? PersonRole.Official : null;
            var cued = title.Success || dataTitle is not null || acts
                || NamedByCue(candidate)
                || (IsKazakhText && KazakhOriginBefore(prefix))
                || (appositive is not null && PersonNoun().IsMatch(appositive))
                || AgeOrWhoAfter().IsMatch(suffix)
                || VerbAfter().IsMatch(suffix)
                || PossessiveAfter().IsMatch(suffix)
                || LegalBefore().IsMatch(prefix)
                || AgeBefore().IsMatch(prefix)
                || SaidBefore().IsMatch(prefix)
                || RussianDescriptorBefore().IsMatch(prefix)
                || InList(candidate)
                || SurnameToldAlone(candidate, singles, candidates)
                || SurnameShaped(candidate);
            if (cued)
            {
                accepted.Add((candidate, role, appositive));
            }
        }
        // "found Serik Dauletuly and Marat Khabdulla guilty": a name joined to a person's name is a person too.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var candidate in candidates.Where(c => !accepted.Any(a => a.Candidate == c)).ToList())
            {
                var text = _sentences[candidate.Sentence].Text;
                if (accepted.Any(a => (a.Candidate.Sentence == candidate.Sentence
                    && ((a.Candidate.End <= candidate.Start && Joined(text[a.Candidate.End..candidate.Start], comma: true))
                        || (candidate.End <= a.Candidate.Start && Joined(text[candidate.End..a.Candidate.Start], comma: false))))
                    || (sharing.TryGetValue(candidate, out var from) && a.Candidate == from)))
                {
                    accepted.Add((candidate, null, null));
                    changed = true;
                }
            }
        }
        // A full name without a cue of its own is still a person when its surname alone has one ("Aqan testified").
        var cuedSingles = singles
            .Where(s => SingleIsCued(s))
            .Select(s => s.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (accepted.Any(a => a.Candidate == candidate))
            {
                continue;
            }
            var lastKey = NameFolding.Fold(candidate.Text.Split(' ')[^1]);
            if (cuedSingles.Contains(lastKey))
            {
                accepted.Add((candidate, null, null));
            }
        }

        // A name told as another's other name is evidence for that one, never a person of its own.
        foreach (var (other, named) in otherNameOf)
        {
            if (accepted.Any(a => a.Candidate.Key == other.Key) && !accepted.Any(a => a.Candidate == named))
            {
                accepted.Add((named, null, null));
            }
        }
        var otherKeys = otherNameOf.Keys.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        accepted.RemoveAll(a => otherKeys.Contains(a.Candidate.Key));
        // Russian names decline: "Ерлана Жумабая" and "Ерлан Жумабай" are one person, named by the form in subject position.
        var aliases = new Dictionary<string, PersonDraft>(StringComparer.Ordinal);
        foreach (var (candidate, _, _) in accepted.OrderBy(a => NameForms.ObliqueScore(a.Candidate.Text)).ThenBy(a => IsSubjectPosition(a.Candidate) ? 0 : 1)
            .ThenBy(a => a.Candidate.Text.Length).ThenBy(a => a.Candidate.Sentence).ThenBy(a => a.Candidate.Start))
        {
            if (excluded.Contains(candidate.Key) || _persons.Any(p => p.Key == candidate.Key) || aliases.ContainsKey(candidate.Key))
            {
                continue;
            }
            if (_persons.FirstOrDefault(p => DeclinedFormOf(p, candidate)) is { } same)
            {
                aliases[candidate.Key] = same;
                continue;
            }
            // "уроженца Синьцзяна Мухтара Абдыкадырова": a man named only in a declined form is named in the nominative.
            var descriptor = HasCyrillic(candidate.Text) ? RussianDescriptorBefore().Match(Before(_sentences[candidate.Sentence].Text, candidate.Start)) : null;
            // A title's case is the name's: "адвокату беженца Руслану Алиеву" is the lawyer's dative, whatever word stands between.
            var name = HasCyrillic(candidate.Text) && TitleOfData(candidate) is { Dative: true } ? RussianDativeNominative(candidate.Text)
                : descriptor is { Success: true } && MasculineDescriptor().IsMatch(descriptor.Value) ? RussianMasculineNominative(candidate.Text)
                : descriptor is { Success: true } && FeminineAccusative().IsMatch(descriptor.Value) ? RussianFeminineNominative(candidate.Text)
                : HasCyrillic(candidate.Text) && GenitiveTitleBefore().IsMatch(Before(_sentences[candidate.Sentence].Text, candidate.Start)) ? RussianGenitiveNominative(candidate.Text)
                : HasCyrillic(candidate.Text) && InObliqueList(candidate) ? RussianAccusativeNominative(candidate.Text)
                : candidate.Text;
            // A name a description or title already brought back ("34-летнего Бахрома" → "Бахром") is not read again ("-ом").
            if (HasCyrillic(name) && name == candidate.Text)
            {
                // After a title in the nominative ("адвокат Дина Каримова") the name is a nominative, whatever pronoun follows.
                var nominativeTitle = TitleOfData(candidate) is { Nominative: true };
                name = NameForms.Nominative(name, SurnameForms(name, candidates, singles), !nominativeTitle && MasculineContext(candidate));
            }
            var key = NameFolding.Fold(name);
            if (_persons.FirstOrDefault(p => p.Key == key) is { } known)
            {
                aliases[candidate.Key] = known;
                continue;
            }
            var draft = new PersonDraft(name, key);
            _persons.Add(draft);
            if (key != candidate.Key)
            {
                aliases[candidate.Key] = draft;
            }
        }
        foreach (var candidate in candidates.Where(c => !excluded.Contains(c.Key) && !aliases.ContainsKey(c.Key) && !_persons.Any(p => p.Key == c.Key)))
        {
            if (_persons.FirstOrDefault(p => DeclinedFormOf(p, candidate)) is { } same)
            {
                aliases[candidate.Key] = same;
            }
        }
        PersonDraft? PersonOf(string key) => _persons.FirstOrDefault(p => p.Key == key) ?? aliases.GetValueOrDefault(key);
        var toldOtherwise = new Dictionary<PersonDraft, List<string>>();
        foreach (var (other, named) in otherNameOf)
        {
            if (PersonOf(named.Key) is { } person && PersonOf(other.Key) is null && !excluded.Contains(other.Key))
            {
                aliases[other.Key] = person;
                (toldOtherwise.TryGetValue(person, out var names) ? names : toldOtherwise[person] = []).Add(other.Text);
            }
        }

        // Every place a person is named, by full name or by a single part of it.
        foreach (var candidate in candidates)
        {
            if (PersonOf(candidate.Key) is { } person)
            {
                _mentions.Add(new Mention(person, candidate.Sentence, candidate.Start, candidate.End));
            }
        }
        foreach (var single in singles)
        {
            var matches = _persons.Where(p => p.PartKeys.Contains(single.Key) || StemMatches(p, single)).ToList();
            if (matches.Count > 1)
            {
                // "Yusup" alone means the person the article is about, not the relative who shares the surname.
                matches = matches.Where(p => !p.Roles.Contains(PersonRole.Relative) && !RelativeTitled(p, candidates)).ToList();
            }
            if (matches.Count == 1 && !_mentions.Any(m => m.Sentence == single.Sentence && m.Start <= single.Start && single.End <= m.End))
            {
                _mentions.Add(new Mention(matches[0], single.Sentence, single.Start, single.End));
            }
        }
        _mentions.Sort((x, y) => x.Sentence != y.Sentence ? x.Sentence.CompareTo(y.Sentence) : x.Start.CompareTo(y.Start));
        // Persons in the order the article first names them.
        var firstMention = _persons.ToDictionary(p => p, p => _mentions.FindIndex(m => m.Person == p));
        _persons.Sort((x, y) => firstMention[x].CompareTo(firstMention[y]));

        foreach (var (candidate, role, appositive) in accepted)
        {
            if (PersonOf(candidate.Key) is not { } person)
            {
                continue;
            }
            if (role is { } r)
            {
                person.Roles.Add(r);
            }
            var prefix = Before(_sentences[candidate.Sentence].Text, candidate.Start);
            var title = TitleBefore().Match(prefix);
            if (title.Success)
            {
                person.Gender ??= GenderOfWords(title.Groups["title"].Value);
            }
            // "Uyghur refugee Mahmut Kerim", "ethnic Kazakh Omirbek Bekali"
            if (EthnicityBefore().Match(prefix) is { Success: true } before)
            {
                person.Ethnicity ??= NormaliseEthnicity(before.Groups["e"].Value);
            }
            // "38-летнего этнического казаха Бекзата Нурланулы", "гражданку Китая Айгуль ..."
            if (RussianDescriptorBefore().Match(prefix) is { Success: true } russian)
            {
                ApplyDescription(person, russian.Value, withCitizenship: true);
                person.Gender ??= MasculineDescriptor().IsMatch(russian.Value) ? "male" : FeminineDescriptor().IsMatch(russian.Value) ? "female" : null;
            }
            if (appositive is not null)
            {
                ApplyDescription(person, appositive, withCitizenship: true);
                if (RoleInAppositive().Match(appositive) is { Success: true } roleWord)
                {
                    person.Roles.Add(RoleOfTitle(roleWord.Value));
                }
            }
            var suffix = _sentences[candidate.Sentence].Text[candidate.End..];
            if (RussianVerbAfter().Match(suffix) is { Success: true } verb)
            {
                person.Gender ??= verb.Groups["v"].Value.EndsWith("ла", StringComparison.Ordinal) ? "female" : "male";
            }
        }
        // What a surname alone is told with: "Baibolat, an ethnic Kazakh grandmother, fled ..."
        foreach (var mention in _mentions.Where(m => m.End - m.Start < m.Person.Name.Length))
        {
            var suffix = _sentences[mention.Sentence].Text[mention.End..];
            if (AppositiveAfter().Match(suffix) is { Success: true } a && !CommentatorNoun().IsMatch(a.Groups["app"].Value))
            {
                ApplyDescription(mention.Person, a.Groups["app"].Value, withCitizenship: true);
            }
            if (RussianVerbAfter().Match(suffix) is { Success: true } verb)
            {
                mention.Person.Gender ??= verb.Groups["v"].Value.EndsWith("ла", StringComparison.Ordinal) ? "female" : "male";
            }
        }
        ApplyLists();
        foreach (var person in _persons.Where(p => NameFolding.ToLatin(p.Name) != p.Name.ToLowerInvariant() && HasCyrillic(p.Name)))
        {
            _otherNames[person] = [Capitalise(NameFolding.ToLatin(person.Name))];
        }
        foreach (var (person, names) in toldOtherwise)
        {
            _otherNames[person] = [.. _otherNames.GetValueOrDefault(person) ?? [], .. names.Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>The vocabulary's label for titles of people who speak for a body or comment ("spokesperson", "пресс-секретарь").</summary>
    internal const string CommentatorLabel = "person.commentator";

    // "foreign ministry spokesperson Lin Jian", "the deputy head of the committee, X,", "X, press secretary for the
    // ministry", "said X, who is also a deputy premier": someone who speaks for a body is no party of the case, unless
    // a title of the case names them too ("lawyer") or they act in it ("премьер-министр X подписал декрет").
    private bool IsCommentator(Candidate candidate)
    {
        var text = _sentences[candidate.Sentence].Text;
        var prefix = Before(text, candidate.Start);
        var suffix = text[candidate.End..];
        if ((TitleBefore().Match(prefix) is { Success: true } title && RoleOfTitle(title.Groups["title"].Value) is PersonRole.Judge or PersonRole.Prosecutor or PersonRole.Lawyer)
            || ActAfter().IsMatch(suffix) || ActsThroughTitle(candidate))
        {
            return false;
        }
        return Hits(candidate.Sentence, CommentatorLabel).Any(hit =>
            (hit.End <= candidate.Start && candidate.Start - hit.End <= 60 && CommentatorGap().IsMatch(text[hit.End..candidate.Start]))
            || (hit.Start >= candidate.End && CommentatorAppositive().IsMatch(text[candidate.End..hit.Start])));
    }

    /// <summary>The vocabulary's label for what a quoted speaker is described as ("activist", "member of", "активист").</summary>
    internal const string SpeakerLabel = "person.speaker";

    /// <summary>The vocabulary's label for words that make the capitalised run after them a place ("земли", "state of").</summary>
    internal const string PlaceCueLabel = "person.place_cue";

    /// <summary>The vocabulary's label for words that name a person after them, even by one name ("his name is", "по имени").</summary>
    internal const string NamingLabel = "person.naming";

    /// <summary>The vocabulary's label for kin told together ("brothers", "братья"), whose given names share one surname.</summary>
    internal const string SiblingsLabel = "person.siblings";

    // "X, a local activist who had campaigned for her, said ...", "said X, a member of the ... Fund": someone who
    // speaks once, described as an activist or a body's member, and is never named again comments on the case; a party
    // is told again (and an activist in a case is named by the case's verbs, not only as a speaker).
    private bool IsSpeakerOnly(Candidate candidate, List<Candidate> singles, List<Candidate> candidates)
    {
        var text = _sentences[candidate.Sentence].Text;
        var suffix = text[candidate.End..];
        if (SpeakerAppositive().Match(suffix) is not { Success: true } appositive
            || !(appositive.Groups["verb"].Success || SaidBefore().IsMatch(Before(text, candidate.Start))))
        {
            return false;
        }
        var from = candidate.End + appositive.Groups["app"].Index;
        var to = from + appositive.Groups["app"].Length;
        if (!Hits(candidate.Sentence, SpeakerLabel).Exists(h => h.Start >= from && h.Start < to))
        {
            return false;
        }
        // Told again only as a speaker ("Serik told ...") is still a speaker.
        var surname = NameFolding.Fold(candidate.Text[(candidate.Text.LastIndexOf(' ') + 1)..]);
        var inflects = HasCyrillic(candidate.Text);
        bool Again(Candidate other) => other.Sentence != candidate.Sentence
            && (inflects ? NameForms.SameWord(NameFolding.Fold(other.Text[(other.Text.LastIndexOf(' ') + 1)..]), surname) : other.Text.EndsWith(candidate.Text[(candidate.Text.LastIndexOf(' ') + 1)..], StringComparison.Ordinal))
            && !SpeechAfter().IsMatch(_sentences[other.Sentence].Text[other.End..]);
        return !singles.Any(Again) && !candidates.Any(Again) && !HeadlineWords.Contains(surname);
    }

    // "приказ подписал тогдашний премьер-министр X", "the order was signed by then prime minister X": the holder of a
    // speaker's title acts in the case when the act's verb stands before the title.
    private bool ActsThroughTitle(Candidate candidate)
    {
        var text = _sentences[candidate.Sentence].Text;
        return Hits(candidate.Sentence, CommentatorLabel).Exists(hit => hit.End <= candidate.Start && candidate.Start - hit.End <= 60
            && CommentatorGap().IsMatch(text[hit.End..candidate.Start]) && ActBefore().IsMatch(Before(text, hit.Start)));
    }

    private bool IsKazakhText => _article.Header.Language is "kk";

    // Whether a phrase of the label ends right before the index, with nothing but spaces or a dash between.
    private bool CueBefore(int s, string label, int index)
    {
        var text = _sentences[s].Text;
        return Hits(s, label).Exists(h => h.End <= index && text[h.End..index].Trim(' ', ':', '—', '–', '-').Length == 0);
    }

    // "ресейлік Тимур Турков", "қарақалпақстандық Мұхамедин ...", "қазақ Сайрагүл ...": Kazakh tells where a person is from
    // by an adjective of the place ("-лық", "-лік", ...) or by the people's name right before the name.
    private static bool KazakhOriginBefore(string prefix) =>
        KazakhOrigin().Match(prefix) is { Success: true } origin
        && (origin.Groups["people"].Success || origin.Groups["place"].Value.EndsWith("стан", StringComparison.Ordinal)
            || Gazetteer.IsPlaceWord(char.ToUpperInvariant(origin.Groups["place"].Value[0]) + origin.Groups["place"].Value[1..]));

    private bool NamedByCue(Candidate candidate) => CueBefore(candidate.Sentence, NamingLabel, candidate.Start);

    // "братьям Шахризату и Шахдияру Шавкат", "brothers Ahmed and Mahmud Karimov": a given name joined before a full name
    // shares its surname; so does a sibling told by given name after a full name ("Шахризат Шавкат и его брат Шахдияр").
    // A word that is a surname (its ending, or the last word of a name elsewhere) shares nothing ("Путин и Дмитрий
    // Медведев"); the joined one must be a given name elsewhere or follow a word of kin. The new name maps to the one it
    // shares the surname with, whose acceptance makes it a person too.
    private Dictionary<Candidate, Candidate> SharedSurnames(List<Candidate> candidates, List<Candidate> singles)
    {
        var result = new Dictionary<Candidate, Candidate>();
        var surnames = candidates.Where(c => c.Words > 1).Select(c => NameFolding.Fold(c.Text[(c.Text.LastIndexOf(' ') + 1)..])).ToHashSet(StringComparer.Ordinal);
        foreach (var single in singles)
        {
            var text = _sentences[single.Sentence].Text;
            var inflects = HasCyrillic(single.Text);
            bool Same(string a, string b) => inflects ? NameForms.SameWord(a, b) : a == b;
            if (Lexicon.Default.HasSurnameEnding(Tokenizer.Fold(single.Text), _tokenizer.Stem(single.Text)) || surnames.Any(s => Same(s, single.Key)))
            {
                continue;
            }
            var kin = Hits(single.Sentence, SiblingsLabel);
            var after = candidates.Where(c => c.Sentence == single.Sentence && c.Words == 2 && c.Start > single.End)
                .MinBy(c => c.Start);
            if (after is not null && Lexicon.Default.IsConjunction(text[single.End..after.Start].Trim())
                && (kin.Exists(h => h.End <= single.Start) || candidates.Exists(c => c.Words > 1 && c != after && Same(NameFolding.Fold(c.Text.Split(' ')[0]), single.Key))))
            {
                result[WithSurname(single, after)] = after;
                continue;
            }
            var before = candidates.Where(c => c.Sentence == single.Sentence && c.Words == 2 && c.End <= single.Start)
                .MaxBy(c => c.End);
            if (before is not null && SiblingGap(single.Sentence, before.End, single.Start, kin))
            {
                result[WithSurname(single, before)] = before;
            }
        }
        return result;
    }

    private static Candidate WithSurname(Candidate single, Candidate full)
    {
        var name = single.Text + " " + full.Text[(full.Text.LastIndexOf(' ') + 1)..];
        return new Candidate(single.Sentence, single.Start, single.End, name, NameFolding.Fold(name));
    }

    // " и его брат-близнец ", " and her sister ": a conjunction, then words of kin and short pronouns only.
    private bool SiblingGap(int s, int from, int to, List<LexiconHit> kin)
    {
        var words = _tokenizer.Tokenize(_sentences[s].Text[from..to], from);
        return words.Count >= 2 && Lexicon.Default.IsConjunction(words[0].Form)
            && words.Skip(1).Any(w => kin.Exists(h => h.Start <= w.Start && w.End <= h.End))
            && words.Skip(1).All(w => w.Form.Length <= 3 || kin.Exists(h => h.Start <= w.Start && w.End <= h.End));
    }

    // Every word of five letters or more capitalised, in the Latin script (Russian and Kazakh headlines are written as
    // sentences): a headline in Title Case, not a sentence, which always has a verb or a noun in lower case.
    private bool IsTitleCase(int s)
    {
        if (!_titleCase.TryGetValue(s, out var title))
        {
            var words = TokensOf(s).Where(t => t.End - t.Start >= 5 && char.IsAsciiLetter(_sentences[s].Text[t.Start])).ToList();
            _titleCase[s] = title = words.Count >= 5 && words.TrueForAll(t => char.IsUpper(_sentences[s].Text[t.Start]));
        }
        return title;
    }

    private readonly Dictionary<int, bool> _titleCase = [];

    // A word of the outlet's name in any case form ("Азаттыку" of "Радио Азаттык").
    private bool IsOutletWord(string word) =>
        _article.Header.Outlet is { } outlet && word.Length >= 4
        && outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(o => o.Length >= 4 && NameForms.SameWord(NameFolding.Fold(o), NameFolding.Fold(word)));

    // The outlet that published the article ("told Current Time") is not a person.
    private bool IsOutlet(string name) =>
        _article.Header.Outlet is { } outlet && outlet.Contains(name, StringComparison.OrdinalIgnoreCase);

    private bool SingleIsCued(Candidate single)
    {
        var text = _sentences[single.Sentence].Text;
        var suffix = text[single.End..];
        var appositive = AppositiveAfter().Match(suffix);
        return VerbAfter().IsMatch(suffix) || PossessiveAfter().IsMatch(suffix) || AgeOrWhoAfter().IsMatch(suffix)
            || (appositive.Success && PersonNoun().IsMatch(appositive.Groups["app"].Value) && !CommentatorNoun().IsMatch(appositive.Groups["app"].Value))
            || TitleBefore().IsMatch(Before(text, single.Start));
    }

    // A news story names its people in full, then by surname alone: a full name whose surname comes back alone
    // (in any inflected form) in another sentence is a person, even with no other cue ("Магомед Гадаев ... Гадаева").
    // The same holds for a full name told again in another sentence, or a name whose surname the headline gives.
    private bool SurnameToldAlone(Candidate candidate, List<Candidate> singles, List<Candidate> candidates)
    {
        // "Знакомые Дадебаева" opening a sentence: a capitalised first word is a given name only if it is
        // capitalised somewhere else than at a sentence's start too.
        var text = _sentences[candidate.Sentence].Text;
        if (candidate.Words < 2)
        {
            return false;
        }
        if (!text[..candidate.Start].Any(char.IsLetter))
        {
            var first = candidate.Text[..candidate.Text.IndexOf(' ')];
            if (!_sentences.Any(s => s.Text.IndexOf(first, 1, StringComparison.Ordinal) is var at && at > 0 && s.Text[..at].Any(char.IsLetter)))
            {
                return false;
            }
        }
        var surname = NameFolding.Fold(candidate.Text[(candidate.Text.LastIndexOf(' ') + 1)..]);
        var inflects = HasCyrillic(candidate.Text);
        bool Same(string key, string other) => inflects ? NameForms.SameWord(key, other) : key == other;
        if (surname.Length < 3)
        {
            return false;
        }
        var parts = candidate.Text.Split(' ').Select(NameFolding.Fold).ToArray();
        return singles.Any(s => s.Sentence != candidate.Sentence && HasCyrillic(s.Text) == inflects && Same(s.Key, surname))
            || candidates.Any(c => c.Sentence != candidate.Sentence && c.Words == parts.Length && HasCyrillic(c.Text) == inflects
                && c.Text.Split(' ').Select(NameFolding.Fold).Zip(parts).All(pair => Same(pair.First, pair.Second)))
            || HeadlineWords.Any(w => Same(w, surname));
    }

    // "Али Феруз (настоящее имя — Худоберди Нурматов)", "X, whose real name is Y", "Y, known as X": one person told
    // by two names (a pen name and the passport's, a transliteration). The second name is an other name of the
    // nearest name before it in the sentence, not a person of its own.
    private Dictionary<Candidate, Candidate> OtherNames(List<Candidate> candidates)
    {
        var result = new Dictionary<Candidate, Candidate>();
        foreach (var candidate in candidates)
        {
            var text = _sentences[candidate.Sentence].Text;
            if (!OtherNameBefore().IsMatch(Before(text, candidate.Start)))
            {
                continue;
            }
            if (candidates.Where(c => c.Sentence == candidate.Sentence && c.End <= candidate.Start && candidate.Start - c.End <= 60 && !result.ContainsKey(c))
                .OrderByDescending(c => c.End).FirstOrDefault() is { } named)
            {
                result[candidate] = named;
            }
        }
        return result;
    }

    // "Нурлан Асанов", "Murager Alimuly": a name whose last word ends as the region's surnames and patronymic names
    // do (vocabulary lines name.surname_ending) is a person's even when the article names them once and without
    // a cue, in a sentence that tells part of a case (a word of cue.case, an outcome, event or claim of the vocabulary): a leader or
    // founder named in passing is not. A run opening a sentence counts only if its first word is a given name
    // elsewhere too ("Знакомые Дадебаева").
    private bool SurnameShaped(Candidate candidate)
    {
        var text = _sentences[candidate.Sentence].Text;
        if ((!text[..candidate.Start].Any(char.IsLetter) && !GivenNameElsewhere(candidate))
            || !TellsACase(candidate.Sentence))
        {
            return false;
        }
        var last = candidate.Text[(candidate.Text.LastIndexOf(' ') + 1)..];
        return Lexicon.Default.HasSurnameEnding(Tokenizer.Fold(last), _tokenizer.Stem(last));
    }

    // Read once per sentence, as several names may share it.
    private bool TellsACase(int s)
    {
        if (!_tellsACase.TryGetValue(s, out var tells))
        {
            _tellsACase[s] = tells = TokensOf(s).Exists(t => Lexicon.Default.IsCaseWord(t.Stem))
                || Hits(s, "").Exists(h => h.Label.StartsWith("outcome.", StringComparison.Ordinal)
                    || h.Label.StartsWith("event.", StringComparison.Ordinal) || h.Label.StartsWith("claim.", StringComparison.Ordinal));
        }
        return tells;
    }

    private readonly Dictionary<int, bool> _tellsACase = [];

    private bool GivenNameElsewhere(Candidate candidate)
    {
        var first = candidate.Text.Split(' ')[0];
        return _sentences.Any(s => s.Text.IndexOf(first, 1, StringComparison.Ordinal) is var at && at > 0 && s.Text[..at].Any(char.IsLetter));
    }

    // The headline's capitalised words, folded (Kazakh case endings off): evidence that a name is the story's.
    private string[] HeadlineWords => _headlineWords ??= _article.Header.Title is { } title
        ? NameToken().Matches(title).Select(m => Bare(m.Value)).Where(IsNameWord)
            .Select(w => NameFolding.Fold(IsKazakhText ? NameForms.WithoutKazakhCase(w) : w)).ToArray()
        : [];

    private string[]? _headlineWords;

    // "которого", "его адвокат" right after a Russian name: the name is a man's, so "Далера Исмоилова" is his genitive.
    private bool MasculineContext(Candidate candidate)
    {
        var around = string.Join(' ', _sentences.Skip(candidate.Sentence + 1).Take(2).Select(s => s.Text).Prepend(_sentences[candidate.Sentence].Text[candidate.End..]));
        return MasculinePronoun().IsMatch(around) && !FemininePronoun().IsMatch(around);
    }

    // Every form of a name's surname the article writes, alone or after a given name.
    private static IEnumerable<string> SurnameForms(string name, List<Candidate> candidates, List<Candidate> singles)
    {
        var surname = NameFolding.Fold(name[(name.LastIndexOf(' ') + 1)..]);
        return singles.Select(s => s.Text)
            .Concat(candidates.Select(c => c.Text[(c.Text.LastIndexOf(' ') + 1)..]))
            .Where(form => HasCyrillic(form) && NameForms.SameWord(NameFolding.Fold(form), surname))
            .Distinct(StringComparer.Ordinal);
    }

    private bool IsSubjectPosition(Candidate candidate)
    {
        var suffix = _sentences[candidate.Sentence].Text[candidate.End..];
        return VerbAfter().IsMatch(suffix) || AppositiveAfter().IsMatch(suffix) || AgeOrWhoAfter().IsMatch(suffix);
    }

    private bool RelativeTitled(PersonDraft person, List<Candidate> candidates) =>
        candidates.Any(c => c.Key == person.Key && TitleBefore().Match(Before(_sentences[c.Sentence].Text, c.Start)) is { Success: true } t && RelativeWord().IsMatch(t.Value.ToLowerInvariant()));

    private static bool DeclinedFormOf(PersonDraft person, Candidate candidate)
    {
        if (!HasCyrillic(candidate.Text))
        {
            return false;
        }
        var parts = candidate.Text.Split(' ').Select(NameFolding.Fold).ToArray();
        return parts.Length == person.PartKeys.Length
            && parts.Zip(person.PartKeys).All(pair => NameForms.SameWord(pair.First, pair.Second));
    }

    // Genitive or accusative of a man's name back to the nominative: "Мухтара Абдыкадырова" → "Мухтар Абдыкадыров".
    internal static string RussianMasculineNominative(string name) =>
        string.Join(' ', name.Split(' ').Select(word => word switch
        {
            _ when word.Length > 3 && word.EndsWith('а') && !IsRussianVowel(word[^2]) => word[..^1],
            _ when word.Length > 3 && word.EndsWith('я') && IsRussianVowel(word[^2]) => word[..^1] + "й",
            _ => word,
        }));

    // After a title in the genitive ("адвоката Семена Цветкова", "судьи Динары Омаровой") the name is a genitive too:
    // a woman's "-ой" surname gives "-а" (her given name "-ы" → "-а", "-и" → "-я"), anything else is a man's.
    internal static string RussianGenitiveNominative(string name)
    {
        var words = name.Split(' ');
        if (words[^1].Length > 4 && words[^1].EndsWith("ой", StringComparison.Ordinal))
        {
            return string.Join(' ', words.Select((word, i) => i == words.Length - 1 ? word[..^2] + "а"
                : word.Length > 3 && word.EndsWith('ы') ? word[..^1] + "а"
                : word.Length > 3 && word.EndsWith('и') && IsRussianVowel(word[^2]) ? word[..^1] + "я"
                : word));
        }
        return RussianMasculineNominative(name);
    }

    // "пятерых этнических казахов: Кайшу Акан, Тлека Табарака и ...": each name of a list after a group in the
    // accusative is in the accusative too, a woman's given name in "-у/-ю", a man's in "-а/-я".
    private bool InObliqueList(Candidate candidate)
    {
        var text = _sentences[candidate.Sentence].Text;
        foreach (Match list in NameList().Matches(text))
        {
            if (candidate.Start >= list.Index && candidate.End <= list.Index + list.Length
                && ((ListDescriptionBefore().Match(Before(text, list.Index)) is { Success: true } group && ObliqueGroupNumeral().IsMatch(group.Value))
                    || IsAccusativeList(list.Value)))
            {
                return true;
            }
        }
        return false;
    }

    // The names of a list share their case: a surname in "-ову" (a woman's accusative or a man's dative) beside one in
    // "-ова" (a woman's nominative or a man's accusative) can only be the accusative ("задержали A-а B-ева, C-у D-ову и ...").
    private static bool IsAccusativeList(string list)
    {
        var words = list.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.Length > 5 && SurnameSuffix().Match(w) is { Success: true } m && m.Groups["case"].Value == "у")
            && words.Any(w => w.Length > 5 && SurnameSuffix().Match(w) is { Success: true } m && m.Groups["case"].Value == "а");
    }

    // Each word of a name in the accusative back to the nominative: a woman's "-у/-ю" gives "-а/-я", a man's "-а" goes
    // and "-я" gives "-й" ("Кайшу Акан" → "Кайша Акан", "Тлека Табарака" → "Тлек Табарак").
    internal static string RussianAccusativeNominative(string name) =>
        string.Join(' ', name.Split(' ').Select(word => word switch
        {
            _ when word.Length > 3 && word.EndsWith('у') && !IsRussianVowel(word[^2]) => word[..^1] + "а",
            _ when word.Length > 3 && word.EndsWith('ю') => word[..^1] + "я",
            _ when word.Length > 3 && word.EndsWith('а') && !IsRussianVowel(word[^2]) => word[..^1],
            _ when word.Length > 3 && word.EndsWith('я') && IsRussianVowel(word[^2]) => word[..^1] + "й",
            _ => word,
        }));

    // After a title in the dative ("адвокату Руслану Алиеву", "судье Анне Петровой") the name is a dative too: a
    // woman's "-ой" surname gives "-а" (her given name "-е" → "-а", "-и" → "-я"); a man's "-у" goes, "-ю" gives "-й"/"-ь".
    internal static string RussianDativeNominative(string name)
    {
        var words = name.Split(' ');
        if (words[^1].Length > 4 && words[^1].EndsWith("ой", StringComparison.Ordinal))
        {
            return string.Join(' ', words.Select((word, i) => i == words.Length - 1 ? word[..^2] + "а"
                : word.Length > 3 && word.EndsWith('е') ? word[..^1] + "а"
                : word.Length > 3 && word.EndsWith('и') ? word[..^1] + "я"
                : word));
        }
        if (!words.All(word => word.Length > 3 && word[^1] is 'у' or 'ю'))
        {
            return name;
        }
        return string.Join(' ', words.Select(word => word.EndsWith('у') ? word[..^1] : IsRussianVowel(word[^2]) ? word[..^1] + "й" : word[..^1] + "ь"));
    }

    // Accusative of a woman's name back to the nominative: "Гульнур Касымову" → "Гульнур Касымова".
    internal static string RussianFeminineNominative(string name) =>
        string.Join(' ', name.Split(' ').Select(word => word switch
        {
            _ when word.Length > 3 && word.EndsWith('у') && !IsRussianVowel(word[^2]) => word[..^1] + "а",
            _ when word.Length > 3 && word.EndsWith('ю') => word[..^1] + "я",
            _ => word,
        }));

    private static bool IsRussianVowel(char c) => "аеёиоуыэюя".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    private static bool HasCyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static string Capitalise(string latin) =>
        string.Join(' ', latin.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    // Russian names decline ("Акан", "Акана", "Акану"): a Cyrillic part matches its declined forms.
    private static bool StemMatches(PersonDraft person, Candidate single)
    {
        if (!HasCyrillic(single.Text) || single.Key.Length < 4)
        {
            return false;
        }
        return person.PartKeys.Any(k => k.Length >= 4 && single.Key.Length - k.Length is >= 0 and <= 2 && single.Key.StartsWith(k[..^1], StringComparison.Ordinal));
    }

    private void CollectCandidates(int s, List<Candidate> candidates, List<Candidate> singles)
    {
        var text = _sentences[s].Text;
        var run = new List<Match>();
        var kin = Hits(s, SiblingsLabel);
        void AddName(List<Match> part)
        {
            var start = part[0].Index;
            var end = part[^1].Index + Bare(part[^1].Value).Length;
            var name = text[start..end];
            // Kazakh declines only the last word of a name: "Сайрагүл Сауытбайдың" is "Сайрагүл Сауытбай".
            if (IsKazakhText)
            {
                var last = name.LastIndexOf(' ') + 1;
                name = name[..last] + NameForms.WithoutKazakhCase(name[last..]);
            }
            var target = part.Count == 1 ? singles : candidates;
            target.Add(new Candidate(s, start, end, name, NameFolding.Fold(name)));
        }
        void Flush()
        {
            // Split the run at words that cannot be in a name; an institution word spoils the whole run.
            if (run.Any(m => InstitutionWords.Contains(Bare(m.Value))))
            {
                run.Clear();
                return;
            }
            var part = new List<Match>();
            foreach (var m in run.Append(null))
            {
                // "Brothers Anvar and Azat ...": a word of kin opening a sentence is no name's.
                if (m is not null && IsNameWord(Bare(m.Value)) && (!IsKazakhText || IsNameWord(NameForms.WithoutKazakhCase(Bare(m.Value))))
                    && !kin.Exists(h => h.Start <= m.Index && m.Index < h.End))
                {
                    part.Add(m);
                    continue;
                }
                // "сказал Багашар Маликулы Азаттыку": the outlet told is not part of the name.
                if (part.Count > 1 && IsOutletWord(Bare(part[^1].Value)))
                {
                    part.RemoveAt(part.Count - 1);
                }
                // "Head of Protection Marat Orynbek", "штаба Ходорковского Анна Сергеева": a word opening a run of
                // three that the article also writes in lower case (a common word), or another's name in the genitive, is
                // glued to the name, not part of it.
                if (part.Count == 3 && IsGluedWord(Bare(part[0].Value), Bare(part[1].Value)))
                {
                    part.RemoveAt(0);
                }
                // "lawyer Yulia Aksenova Rule 39 was applied": a word numbered after it names a rule or an article, not a person.
                if (part.Count > 1 && NumberAfter().IsMatch(text[(part[^1].Index + part[^1].Length)..]))
                {
                    part.RemoveAt(part.Count - 1);
                }
                if (part.Count is >= 1 and <= 3)
                {
                    AddName(part);
                }
                // "Адвокат Айман Омарова Сайрагүл Сауытбайдың ...": two names side by side, as Kazakh and Russian write them.
                else if (part.Count == 4)
                {
                    AddName(part[..2]);
                    AddName(part[2..]);
                }
                part.Clear();
            }
            run.Clear();
        }
        var placeEnd = -1;
        foreach (Match m in NameToken().Matches(text))
        {
            // "в Оренбурге Далера Исмоилова": a capitalised word after a Russian preposition of place is the place.
            if (AfterPlacePreposition(text, m.Index))
            {
                Flush();
                continue;
            }
            // "суд земли Северный Рейн-Вестфалия", "the state of Hesse": the run after a word of the place's kind is the place.
            if ((placeEnd >= 0 && text[placeEnd..m.Index] == " ") || CueBefore(s, PlaceCueLabel, m.Index))
            {
                Flush();
                placeEnd = m.Index + m.Length;
                continue;
            }
            placeEnd = -1;
            if (run.Count > 0)
            {
                var previous = run[^1];
                var gap = text[(previous.Index + previous.Length)..m.Index];
                if (gap != " " || previous.Value.EndsWith('s') && Bare(previous.Value) != previous.Value)
                {
                    Flush();
                }
            }
            run.Add(m);
        }
        Flush();
        // "Бахтиёр Р.": a given name with the surname's initial, as the press names people it shields.
        foreach (Match m in NameWithInitial().Matches(text))
        {
            var given = m.Groups["given"].Value;
            if (IsNameWord(given))
            {
                candidates.Add(new Candidate(s, m.Index, m.Index + m.Length, m.Value, NameFolding.Fold(m.Value)));
            }
        }
    }

    private bool IsGluedWord(string word, string next) =>
        LowerWords.Contains(Tokenizer.Fold(word))
        || (HasCyrillic(word) && Lexicon.Default.HasOtherNameEnding(word) && !Lexicon.Default.HasOtherNameEnding(next));

    // Every word the article writes in lower case: such a word capitalised is a common word, never a name.
    private HashSet<string> LowerWords => _lowerWords ??=
        LowerWord().Matches(_article.Text).Select(m => Tokenizer.Fold(m.Value)).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _lowerWords;

    /// <summary>A role word of the data (<c>name.title</c>) before a name: as written, and whether it is in the nominative or the dative.</summary>
    private readonly record struct TitleWord(string Form, bool Nominative, bool Dative);

    // "адвокат Дина ...", "адвокату беженца Руслану ...", "активист «Молодежного союза» Рустам ...": a title of the data right
    // before the name, before one lower-case word between them (whose title it is), or before a name in quotes.
    private TitleWord? TitleOfData(Candidate candidate)
    {
        var before = Before(_sentences[candidate.Sentence].Text, candidate.Start).TrimEnd();
        if (before.EndsWith('»') && before.LastIndexOf('«') is var open and >= 0)
        {
            before = before[..open].TrimEnd();
        }
        if (LastTwoWords().Match(before) is not { Success: true } words)
        {
            return null;
        }
        // A lower-case word between a title and the name is the title's complement ("адвокату беженца Руслану"): the
        // name is the first title's.
        if (words.Groups["w1"].Success && words.Groups["w2"].Value.All(c => char.IsLower(c) || c == '-')
            && SingularTitle(words.Groups["w1"].Value) is { } first)
        {
            return first;
        }
        return SingularTitle(words.Groups["w2"].Value);
    }

    // A plural ("активисты X, Y") names speakers of a group, not one person's role.
    private static readonly string[] PluralEndings = ["ы", "и", "ов", "ев", "ей", "ам", "ям", "ами", "ями", "ах", "ях"];

    private TitleWord? SingularTitle(string form)
    {
        if (!Lexicon.Default.IsTitle(_tokenizer.Stem(form), form, out var nominative))
        {
            return null;
        }
        var lower = Tokenizer.Fold(form);
        if (!nominative && PluralEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }
        return new TitleWord(form, nominative, !nominative && lower[^1] is 'у' or 'ю' or 'е');
    }

    // "A and B", "A и B", "A мен B" (lines name.conjunction), or "A, B" when the person is named first.
    private static bool Joined(string gap, bool comma)
    {
        var words = gap.Trim();
        if (words.StartsWith(',') && (comma || words.Length > 1))
        {
            words = words[1..].Trim();
        }
        return (comma && words.Length == 0 && gap.Contains(',', StringComparison.Ordinal)) || Lexicon.Default.IsConjunction(words);
    }

    private static bool AfterPlacePreposition(string text, int index)
    {
        var end = index - 1;
        if (end < 1 || text[end] != ' ')
        {
            return false;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..end].ToLowerInvariant() is "в" or "во" or "из";
    }

    private static string Bare(string token) =>
        token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal) ? token[..^2] : token;

    private bool InList(Candidate candidate)
    {
        var text = _sentences[candidate.Sentence].Text;
        foreach (Match list in NameList().Matches(text))
        {
            if (candidate.Start >= list.Index && candidate.End <= list.Index + list.Length && ListDescription(text, list) is not null)
            {
                return true;
            }
        }
        return false;
    }

    // "two ethnic-Kazakh men, A and B," or "A and B, two ethnic Kazakhs": the description covers every name listed.
    private static string? ListDescription(string text, Match list)
    {
        var before = ListDescriptionBefore().Match(Before(text, list.Index));
        if (before.Success)
        {
            return before.Value;
        }
        var after = ListDescriptionAfter().Match(text[(list.Index + list.Length)..]);
        return after.Success ? after.Value : null;
    }

    private void ApplyLists()
    {
        foreach (var sentence in _sentences)
        {
            foreach (Match list in NameList().Matches(sentence.Text))
            {
                if (ListDescription(sentence.Text, list) is not { } description)
                {
                    continue;
                }
                foreach (var mention in _mentions.Where(m => m.Sentence == sentence.Index && m.Start >= list.Index && m.End <= list.Index + list.Length))
                {
                    ApplyDescription(mention.Person, description, withCitizenship: true);
                }
            }
        }
    }

    /// <summary>Ethnicity, gender and citizenship from words describing a person ("a 30-year-old ethnic Kazakh woman").</summary>
    private static void ApplyDescription(PersonDraft person, string description, bool withCitizenship)
    {
        if (EthnicityWords().Match(description) is { Success: true } ethnic)
        {
            person.Ethnicity ??= NormaliseEthnicity(ethnic.Groups["e"].Value);
        }
        person.Gender ??= GenderOfWords(description);
        if (withCitizenship && CitizenWords().Match(description) is { Success: true } citizen)
        {
            person.Citizenship ??= Gazetteer.FindCountry(citizen.Groups["c"].Value);
        }
    }

    internal static string NormaliseEthnicity(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower switch
        {
            _ when lower.StartsWith("uy", StringComparison.Ordinal) || lower.StartsWith("ui", StringComparison.Ordinal) || lower.StartsWith("уйгур", StringComparison.Ordinal) => "Uyghur",
            _ when lower.StartsWith("kaz", StringComparison.Ordinal) || lower.StartsWith("qaz", StringComparison.Ordinal) || lower.StartsWith("казах", StringComparison.Ordinal) || lower.StartsWith("казаш", StringComparison.Ordinal) => "Kazakh",
            _ when lower.StartsWith("kyr", StringComparison.Ordinal) || lower.StartsWith("kir", StringComparison.Ordinal) || lower.StartsWith("кыргыз", StringComparison.Ordinal) || lower.StartsWith("киргиз", StringComparison.Ordinal) => "Kyrgyz",
            _ when lower.StartsWith("hui", StringComparison.Ordinal) || lower.StartsWith("dungan", StringComparison.Ordinal) => "Hui",
            _ when lower.StartsWith("uzb", StringComparison.Ordinal) || lower.StartsWith("узб", StringComparison.Ordinal) => "Uzbek",
            _ when lower.StartsWith("taj", StringComparison.Ordinal) => "Tajik",
            _ => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant(),
        };
    }

    private static string? GenderOfWords(string words)
    {
        var female = FemaleWord().IsMatch(words);
        var male = MaleWord().IsMatch(words);
        return female == male ? null : female ? "female" : "male";
    }

    private static PersonRole RoleOfTitle(string title)
    {
        var t = title.ToLowerInvariant();
        return t switch
        {
            _ when t.Contains("judge", StringComparison.Ordinal) || t.Contains("судья", StringComparison.Ordinal) => PersonRole.Judge,
            _ when t.Contains("prosecutor", StringComparison.Ordinal) || t.Contains("прокурор", StringComparison.Ordinal) || t.Contains("обвинитель", StringComparison.Ordinal) => PersonRole.Prosecutor,
            _ when t.Contains("lawyer", StringComparison.Ordinal) || t.Contains("attorney", StringComparison.Ordinal) || t.Contains("advocate", StringComparison.Ordinal) || t.Contains("адвокат", StringComparison.Ordinal) || t.Contains("защитник", StringComparison.Ordinal) => PersonRole.Lawyer,
            _ when t.Contains("witness", StringComparison.Ordinal) || t.Contains("свидетел", StringComparison.Ordinal) => PersonRole.Witness,
            _ when t.Contains("official", StringComparison.Ordinal) || t.Contains("spokes", StringComparison.Ordinal) || t.Contains("minister", StringComparison.Ordinal) || t.Contains("ombudsman", StringComparison.Ordinal) => PersonRole.Official,
            _ when RelativeWord().IsMatch(t) => PersonRole.Relative,
            _ => PersonRole.Subject,
        };
    }

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}'’\-])\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?\p{Ll}+)*(?:['’]s)?(?![\p{L}\p{Nd}])")]
    private static partial Regex NameToken();

    [GeneratedRegex(@"(?<![\p{L}\-])(?<given>\p{Lu}\p{Ll}{2,})\s(?<initial>\p{Lu})\.(?!\s?\p{Lu}\.)(?!\s+\p{Lu}\p{Ll})")]
    private static partial Regex NameWithInitial();

    [GeneratedRegex(@"(?<![\p{L}\p{M}\-'’])\p{Ll}[\p{L}\p{M}]*")]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"(?:(?<w1>[\p{L}\-]+)\s+)?(?<w2>[\p{L}\-]+)$")]
    private static partial Regex LastTwoWords();

    [GeneratedRegex(@"(?<!\p{L})(?:он|его|ему|которого|которому|который)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex MasculinePronoun();

    [GeneratedRegex(@"(?<!\p{L})(?:она|её|ее|ей|которой|которую|которая)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex FemininePronoun();


    [GeneratedRegex(@"^(?:Kazakhs?|Uyghurs?|Uighurs?|Kyrgyz|Kazakhstani|Han|Hui|Tajiks?|Uzbeks?|Dungans?|Казах\w*|Казаш\w*|Уйгур\w*|Кыргыз\w*|Киргиз\w*)$")]
    private static partial Regex PeopleWord();

    [GeneratedRegex(@"(?<title>\b(?:[Jj]udge|[Pp]rosecutor|[Ll]awyer|[Aa]ttorney|[Aa]dvocate|[Dd]efen[cs]e lawyer|[Ww]itness|[Oo]fficial|[Ss]pokes(?:man|woman|person)|[Mm]inister|[Oo]mbudsman|[Hh]usband|[Ww]ife|[Mm]other|[Ff]ather|[Ss]on|[Dd]aughter|[Bb]rother|[Ss]ister|[Aa]ctivist|Mr\.?|Ms\.?|Mrs\.?)|(?<![\p{L}])(?:[Сс]удь[яи]\s+(?:\p{L}+\s+){1,3}суда|[Сс]удь[яиеюё]|[Пп]рокурор\w{0,2}|[Аа]двокат\w{0,2}|[Зз]ащитник\w{0,2}|[Сс]видетел\w{1,2}|[Гг]особвинител\w{1,2}|[Гг]осударственн\w+\s+обвинител\w*|(?:[Жж]ена|[Мм]уж|[Сс]ын|[Дд]очь|[Бб]рат|[Сс]естра|[Мм]ать|[Оо]тец)(?:\s+\p{Ll}+)?))\s*[,—–]?\s*$")]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"^\s*,\s*(?<app>(?:an?|the|his|her|their|another|этническ\w+|гражданк?\w*|уроженк?\w*|\d+-летн\w+)\s+[^,;.]{0,100})")]
    private static partial Regex AppositiveAfter();

    [GeneratedRegex(@"\b(?:\d+-year-old|ethnic|citizen|national|woman|man|mother|father|teacher|refugee|activist|farmer|herder|doctor|business(?:man|woman)|lawyer|judge|prosecutor|resident|native|wife|husband|son|daughter|brother|sister|asylum|seeker|poet|writer|singer|imam|pensioner|student|entrepreneur|Kazakh|Uyghur|Uighur|Kyrgyz|defendant|spokes\w+|official|witness|former|mother-of-\w+|father-of-\w+)\b|этническ|граждан|уроженк?|казах|казашк|уйгур|летн", RegexOptions.IgnoreCase)]
    private static partial Regex PersonNoun();

    [GeneratedRegex(@"\b(?:journalist|reporter|correspondent|editor|researcher|analyst|professor|scholar|expert|academic|columnist|photographer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentatorNoun();

    // ", Türkiye director at Human Rights Watch", ", head of the Atajurt group": someone who speaks for a body, not a party.
    [GeneratedRegex(@"^\s*,\s*(?:(?:an?|the)\s+)?(?:[\p{L}\-]+\s+){0,3}?(?:director|researcher|analyst|campaigner|expert|professor|head|chair(?:man|woman|person)?|founder|leader|coordinator)\s+(?:at|of|for|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentatorAfter();

    [GeneratedRegex(@"\b(?:lawyer|attorney|advocate|judge|prosecutor|spokes\w+|official|witness|minister|husband|wife|mother|father|son|daughter|brother|sister|адвокат|судья|прокурор)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleInAppositive();

    [GeneratedRegex(@"(?:\bethnic[\s\-]+|\b)(?<e>Kazakh|Uyghur|Uighur|Kyrgyz|Hui|Uzbek)\s+(?:(?:refugee|activist|woman|man|teacher|poet|writer|businessman|businesswoman|herder|farmer|student|imam|journalist|mother|father|asylum seeker|defendant)\s+)?$")]
    private static partial Regex EthnicityBefore();

    [GeneratedRegex(@"^\s*(?:,|and|,\s*and|и)\s*$")]
    private static partial Regex Coordination();

    [GeneratedRegex(@"^\s*,\s*(?:\d{2}\s*,|who\b|которы\w+|котора\w+)|^\s+who\s+(?:had\s+|has\s+|was\s+)?\p{Ll}+ed\b")]
    private static partial Regex AgeOrWhoAfter();

    [GeneratedRegex(@"^\s+(?:(?:also|later|then|previously|herself|himself|has|had|was|were|is|will|would|has been|had been|once|eventually|first|initially)\s+)?(?:said|says|told|testified|added|recalled|explained|fled|crossed|escaped|spent|arrived|stated|asked|claimed|denied|pleaded|appealed|faces|faced|was|were|is|has|had|remains|remained|returned|lived|applied|sought|moved|left|could|would|will|did|does|went|came|insisted|described|recounted|hopes|wants|worked|received|entered|may|must|can|should|might)\b|^\s*,?\s+(?:(?:незаконно|также|ранее|неоднократно)\s+)?(?:заявил|заявля|сказал|говорит|рассказ|сообщ|пояснил|бежал|перешел|перешёл|пересек|пересёк|провел|провёл|находи|был|жил|попросил|просил|отметил|подал|получил|признал|прибыл)\w*")]
    private static partial Regex VerbAfter();

    [GeneratedRegex(@"^\s*,?\s+(?<v>(?:заявил|сказал|рассказал|сообщил|пояснил|бежал|перешел|перешёл|пересек|провел|провёл|находил|был|жил|попросил|просил|отметил|подал|получил|признал|прибыл)\w*)")]
    private static partial Regex RussianVerbAfter();

    [GeneratedRegex(@"^['’]s\s+(?:\w+\s+)?(?:lawyers?|case|trial|extradition|deportation|wife|husband|mother|father|family|relatives|release|arrest|sentence|detention|asylum|appeal|defen[cs]e|testimony|son|daughter|children|brother|sister|husband)\b")]
    private static partial Regex PossessiveAfter();

    [GeneratedRegex(@"\b(?:sentenced|convicted|acquitted|found|appeal of|fined|gave|give|handed|ordered|spared|jailed|allow|(?:asylum|refugee status|protection|sentence|sentences) to|extradite|extradition of|hand over|handed over|send back|deport|deported|deportation of|expel|expelled|expulsion of|detained|arrested|released|freed|charged|tried|sentence to|case of|trial of|release of|arrest of|allowed|let|against|defending|represents|representing)\s+$|(?:[Пп]риговорил\w*|[Оо]правдал\w*|осудил\w*|задержал\w*|в отношении|экстрадиции|экстрадировать|депортировать|выдворить|[Дд]ело)\s+$")]
    private static partial Regex LegalBefore();

    // A Russian description right before a name: "уроженца Синьцзяна", "этнического казаха", "гражданку Китая".
    [GeneratedRegex(@"(?<![\p{L}])(?:уроженц\w*|уроженк\w*|жител\w*|жительниц\w*|граждан\w*|казах\w*|казашк\w*|уйгур\w*|кыргыз\w*|осужд\w+|подсудим\w+|обвиняем\w+|беженц\w*|беженк\w*|\d+-летн\w+|\p{Ll}+летн\w+|просител\w+\s+убежища)\s+(?:(?:из\s+)?\p{Lu}\p{Ll}+\s+)?$")]
    private static partial Regex RussianDescriptorBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:уроженца|уроженцу|жителя|гражданина|казаха|уйгура|кыргыза|осужденного|осуждённого|подсудимого|обвиняемого|беженца|\w*летнего|просителя)(?![\p{L}])")]
    private static partial Regex MasculineDescriptor();

    [GeneratedRegex(@"(?<![\p{L}])(?:уроженк\w+|жительниц\w+|гражданк\w+|казашк\w+|уйгурк\w+|кыргызк\w+)")]
    private static partial Regex FeminineDescriptor();

    [GeneratedRegex(@"(?<![\p{L}])(?:уроженку|жительницу|гражданку|казашку|уйгурку|кыргызку|беженку|\w*летнюю)(?![\p{L}])")]
    private static partial Regex FeminineAccusative();

    // Between a commentator's title and the name: the body they speak for, but no verb of speech and no other sentence part.
    [GeneratedRegex(@"^(?![^.;:!?]*\b(?:said|says|told|that|and|but|when|after)\b)(?![^.;:!?]*(?:заявил|сказал|сообщил|что|когда))[^.;:!?()]*$")]
    private static partial Regex CommentatorGap();

    [GeneratedRegex(@"^\s*,\s*(?:who\s+is\s+(?:also\s+)?|который\s+(?:является\s+)?)?(?:(?:an?|the)\s+)?(?:[\p{L}\-]+\s+){0,2}$")]
    private static partial Regex CommentatorAppositive();

    [GeneratedRegex(@"^\s+(?:signed|ordered|approved|подписал\w*|распорядил\w*|утвердил\w*)")]
    private static partial Regex ActAfter();

    [GeneratedRegex(@"(?:\b(?:signed|ordered|approved)(?:\s+by)?|(?<!\p{L})(?:подписал|распорядил|утвердил)\w*)\s+(?:(?:then|the|former|тогдашн\w+|бывш\w+)\s+){0,2}$")]
    private static partial Regex ActBefore();

    [GeneratedRegex(@"(?:\b(?:real name(?: is)?|(?:also )?known as|born as|birth name(?: is)?|passport name(?: is)?|née|a\.k\.a\.?|aka)|(?<![\p{L}])(?:настоящее имя|настоящие имя и фамилия|по паспорту|урожд[её]нн?\w*|известн\w+ как|он же|она же|псевдоним\w*))\s*[—–\-:,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherNameBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:адвоката|прокурора|защитника|свидетеля|судьи|следователя)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex GenitiveTitleBefore();

    // "25-year-old Murager Alimuly", "the 30-year-old ethnic Kazakh Qaster Musakhanuly"
    [GeneratedRegex(@"\b\d+-year-old\s+(?:ethnic[\s\-]+\p{L}+\s+)?(?:\p{Ll}+\s+)?$")]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"\b(?:said|says|told|added|according to)\s+$|(?:заявил\w*|сказал\w*|рассказал\w*|[Пп]о словам)\s+$")]
    private static partial Regex SaidBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<place>\p{Ll}{3,})(?:лық|лік|дық|дік|тық|тік)|(?<people>қазақ|ұйғыр|қырғыз|өзбек|тәжік|дүнген))\s+$")]
    private static partial Regex KazakhOrigin();

    // A rule's or an article's number (one to three digits), not a year ("Gulnar Abdibay 2018 жылы").
    [GeneratedRegex(@"^\s\d{1,3}(?!\d)")]
    private static partial Regex NumberAfter();

    // "The Civic Assistance group", "the Memorial centre": a run after the definite article names a body, not a person.
    [GeneratedRegex(@"(?:^|[^\p{L}])[Tt]he\s+$")]
    private static partial Regex ArticleBefore();

    // "The group was established by X": a founder named in passing is no party of the case.
    [GeneratedRegex(@"\b(?:established|founded|set up|created)\s+by\s+$")]
    private static partial Regex FounderBefore();

    [GeneratedRegex(@"^\s*[Bb]y\s+$|(?:^|\b)(?:[Pp]hoto(?: by)?:?|[Rr]eporting by|[Ee]dited by|[Ee]diting by|[Cc]redit:?|[Aa]uthor:?|[Ww]ritten by|[Ii]llustration by|[Aa]втор:?|[Фф]ото:?)\s+$")]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^\s*,\s*(?<app>(?:an?|the|one of the)\s+[^,;.:]{1,100}?)\s*(?:[.;:]|$|,\s*(?<verb>said|says|told|added|explained|noted|wrote|заявил\w*|сказал\w*|рассказал\w*|сообщил\w*)\b)")]
    private static partial Regex SpeakerAppositive();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:and|и)\s+(?:[\p{L}\-]+\s+){0,3}?)?(?:said|says|told|added|explained|noted|wrote|заявил\w*|сказал\w*|рассказал\w*|сообщил\w*|отметил\w*)\b")]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"^\s*(?:reported|reports|contributed|writes|wrote|/\s*(?:AFP|Reuters|AP|Getty|RFE))\b|^\s+is\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}(?:journalist|writer|editor|reporter|researcher|analyst|correspondent|contributor|fellow|freelancer|professor|scholar)")]
    private static partial Regex AuthorAfter();

    private const string NamePattern = @"\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2}";

    [GeneratedRegex(NamePattern + @"(?:\s*,\s*" + NamePattern + @")*(?:\s*,?\s+(?:and|и)\s+" + NamePattern + ")+")]
    private static partial Regex NameList();

    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|both|several)\s+[^,.;:]{0,40}?\b(?:men|women|people|Kazakhs|Uyghurs|Uighurs|brothers|sisters|activists|refugees|citizens|defendants|Kyrgyz)\s*[,:]\s*$|" + RussianGroupNumeral + @"\s+[^,.;:]{0,40}?\s*[,:]\s*$")]
    private static partial Regex ListDescriptionBefore();

    // A Russian group told before a list: "двое мужчин,", "пятерых этнических казахов:" (the oblique ones name the
    // list in the accusative: "Кайшу Акан, Тлека Табарака").
    private const string RussianGroupNumeral = @"(?<![\p{L}])(?:двое|трое|четверо|пятеро|двоих|троих|двух|трех|трёх|четырех|четырёх|четверых|пятерых|шестерых|семерых|нескольких|обоих)";

    [GeneratedRegex(@"(?:ов|ев|ёв|ин|ын)(?<case>[уа])$")]
    private static partial Regex SurnameSuffix();

    [GeneratedRegex(@"(?<![\p{L}])(?:двоих|троих|двух|трех|трёх|четырех|четырёх|четверых|пятерых|шестерых|семерых|нескольких|обоих)\s")]
    private static partial Regex ObliqueGroupNumeral();

    [GeneratedRegex(@"^\s*,\s*(?:two|three|four|both|all)\b[^,;.]{0,60}")]
    private static partial Regex ListDescriptionAfter();

    [GeneratedRegex(@"(?:\bethnic[\s\-]+|\b)(?<e>Kazakh|Qazaq|Uyghur|Uighur|Kyrgyz|Hui|Dungan|Uzbek|Tajik)s?\b(?!\s+(?:national|citizen|authorities|government|court|police|officials?|border|passport))|(?<e>казашк\w*|казах\w*|уйгур\w*|кыргыз\w*|киргиз\w*)")]
    private static partial Regex EthnicityWords();

    [GeneratedRegex(@"\b(?<c>[A-Z][a-z]+)\s+(?:citizen|national|passport holder)\b|\bcitizen of (?:the\s+)?(?<c>[A-Z][a-z]+)|граждан\w*\s+(?<c>\p{Lu}\w+)")]
    private static partial Regex CitizenWords();

    [GeneratedRegex(@"\b(?:woman|women|mother|wife|daughter|sister|girl|widow|grandmother|Ms|Mrs)\b|\b(?:этническая|казашка|уйгурка|гражданка|уроженка|женщина|мать|жена|дочь|сестра)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FemaleWord();

    [GeneratedRegex(@"\b(?:man|men|father|husband|son|brother|boy|widower|grandfather|Mr)\b|\b(?:этнический|казах|уйгур|гражданин|уроженец|мужчина|отец|муж|сын|брат)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MaleWord();

    [GeneratedRegex(@"husband|wife|mother|father|son|daughter|brother|sister|жена|муж|сын|доч|брат|сестр|мать|отец")]
    private static partial Regex RelativeWord();
}
