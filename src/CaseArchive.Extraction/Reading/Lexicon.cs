namespace CaseArchive.Extraction.Reading;

/// <summary>A phrase of the vocabulary found in a text: its label ("outcome.not_deported", "event.release") and where.</summary>
internal sealed record LexiconHit(string Label, int Start, int End, bool Negated, bool Hypothetical);

/// <summary>
/// The genre's vocabulary as data: per language a file <c>Data/lexicon-LANG.tsv</c> of lines
/// <c>label TAB phrase</c>. A phrase is words matched on their stems, so "отказал в экстрадиции" also finds
/// "отказала в экстрадиции"; <c>*</c> stands for any one word and <c>…</c> for up to six; a word written <c>=пытали</c>
/// matches that form only (its stem is also "пытались", tried). Labels name what the
/// phrase says: <c>outcome.*</c>, <c>verdict.*</c>, <c>sentence.*</c>, <c>claim.*</c>, <c>event.*</c>, and the cues
/// <c>cue.negation</c> and <c>cue.hypothetical</c>, which mark a phrase after them as negated or not (yet) real, and
/// the cues the claims read near a phrase: <c>cue.fear</c> ("feared", "опасаясь": what follows is feared, not lived)
/// and <c>cue.group</c> (a people or crowd, "refugees", "жителей": a "they" after it is them, not the person);
/// <c>cue.case</c> marks a word of a case (court, asylum, border), <c>name.surname_ending</c> how surnames end;
/// <c>cue.future</c> ("will", "будет") marks what follows as still ahead, read by the claims only (an outcome "will not
/// be deported" is a decision, a camp one "will be sent to" is a threat).
/// A class of words is named once (<c>class.facility TAB re-education</c>) and a phrase uses it as <c>@facility</c>
/// ("held … @facility"): any of the class's phrases stands there, so a new camp word is one line for every verb.
/// A new phrasing is a new line. Immutable once read, so one instance serves every run.
/// </summary>
internal sealed class Lexicon
{
    private const string Gap = "…";
    private const string Exact = "=";
    private const string ClassRef = "@";
    private const string ClassLabel = "class.";
    private const int GapWords = 6;
    private const int NegationReach = 3;

    private sealed record Entry(string Label, string[] Stems);

    private readonly Dictionary<string, List<Entry>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _negation = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hypothetical = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fear = new(StringComparer.Ordinal);
    private readonly HashSet<string> _group = new(StringComparer.Ordinal);
    private readonly HashSet<string> _case = new(StringComparer.Ordinal);
    private readonly HashSet<string> _future = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _classes = new(StringComparer.Ordinal);
    private readonly List<string> _surnameEndings = [];
    private readonly HashSet<string> _functionWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _conjunctions = new(StringComparer.Ordinal);
    private readonly List<string> _otherNameEndings = [];
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

    /// <summary>The lines of the data files, English, Russian and Kazakh.</summary>
    public static IReadOnlyList<string> DefaultLines { get; } = ReadLines(["en", "ru", "kk"]);

    public static Lexicon Default { get; } = Parse(DefaultLines);

    public IEnumerable<string> Labels => _byFirstStem.Values.SelectMany(entries => entries).Select(e => e.Label).Distinct();

    private Lexicon() { }

    /// <summary>Reads lines of <c>label TAB phrase</c>; blank lines and lines starting with # are skipped.</summary>
    public static Lexicon Parse(IEnumerable<string> lines)
    {
        var lexicon = new Lexicon();
        var tokenizer = new Tokenizer();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"A vocabulary line is 'label<TAB>phrase': '{line}'.");
            }
            var label = line[..tab].Trim();
            var phrase = line[(tab + 1)..].Trim();
            switch (label)
            {
                case SurnameEndingLabel:
                    lexicon._surnameEndings.Add(Tokenizer.Fold(phrase.TrimStart('-')));
                    continue;
                case FunctionWordLabel:
                    lexicon._functionWords.Add(Tokenizer.Fold(phrase));
                    continue;
                case ConjunctionLabel:
                    lexicon._conjunctions.Add(Tokenizer.Fold(phrase));
                    continue;
                case OtherNameEndingLabel:
                    lexicon._otherNameEndings.Add(Tokenizer.Fold(phrase.TrimStart('-')));
                    continue;
                case TitleLabel:
                    lexicon._titles[tokenizer.Stem(phrase)] = Tokenizer.Fold(phrase);
                    continue;
            }
            var stems = line[(tab + 1)..].Replace("...", Gap, StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(w => w is "*" or Gap ? [w] : w.Length > 1 && w[0] == Exact[0] ? [Exact + Tokenizer.Fold(w[1..])]
                    : w.Length > 1 && w[0] == ClassRef[0] ? [ClassRef + w[1..]] : tokenizer.Tokenize(w).Select(t => t.Stem))
                .ToArray();
            if (stems.Length == 0 || stems[0] is "*" or Gap)
            {
                throw new FormatException($"A vocabulary phrase starts with a word: '{line}'.");
            }
            switch (label)
            {
                case "cue.negation":
                    lexicon._negation.Add(stems[0]);
                    break;
                case "cue.hypothetical":
                    lexicon._hypothetical.Add(stems[0]);
                    break;
                case "cue.fear":
                    lexicon._fear.Add(stems[0]);
                    break;
                case "cue.group":
                    lexicon._group.Add(stems[0]);
                    break;
                case "cue.case":
                    lexicon._case.Add(stems[0]);
                    break;
                case "cue.future":
                    lexicon._future.Add(stems[0]);
                    break;
                case var cue when cue.StartsWith("cue.", StringComparison.Ordinal):
                    throw new FormatException($"'{cue}' is no cue (cue.negation, cue.hypothetical, cue.fear, cue.group, cue.case, cue.future): '{line}'.");
                case var wordClass when wordClass.StartsWith(ClassLabel, StringComparison.Ordinal):
                    if (stems.Any(w => w is "*" or Gap || w.StartsWith(ClassRef, StringComparison.Ordinal)))
                    {
                        throw new FormatException($"A class's phrase is plain words: '{line}'.");
                    }
                    var name = ClassRef + wordClass[ClassLabel.Length..];
                    if (!lexicon._classes.TryGetValue(name, out var members))
                    {
                        lexicon._classes[name] = members = [];
                    }
                    members.Add(stems);
                    break;
                default:
                    if (!lexicon._byFirstStem.TryGetValue(stems[0], out var list))
                    {
                        lexicon._byFirstStem[stems[0]] = list = [];
                    }
                    list.Add(new Entry(label, stems));
                    break;
            }
        }
        var unknown = lexicon._byFirstStem.Values.SelectMany(entries => entries).SelectMany(e => e.Stems)
            .FirstOrDefault(w => w.StartsWith(ClassRef, StringComparison.Ordinal) && !lexicon._classes.ContainsKey(w));
        if (unknown is not null)
        {
            throw new FormatException($"'{unknown}' names no class: add lines 'class.{unknown[1..]}<TAB>phrase'.");
        }
        foreach (var (first, entries) in lexicon._byFirstStem.Where(x => x.Key.StartsWith(ClassRef, StringComparison.Ordinal)).ToList())
        {
            // A phrase that opens with a class is found at any word its class's phrases open with.
            lexicon._byFirstStem.Remove(first);
            foreach (var opening in lexicon._classes[first].Select(member => member[0]).Distinct())
            {
                if (!lexicon._byFirstStem.TryGetValue(opening, out var list))
                {
                    lexicon._byFirstStem[opening] = list = [];
                }
                list.AddRange(entries);
            }
        }
        return lexicon;
    }

    private static List<string> ReadLines(string[] languages)
    {
        var assembly = typeof(Lexicon).Assembly;
        var lines = new List<string>();
        foreach (var language in languages)
        {
            var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($"lexicon-{language}.tsv", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    /// <summary>Every phrase whose label starts with <paramref name="prefix"/> in the tokens (longest first at each start).</summary>
    public List<LexiconHit> Find(IReadOnlyList<Token> tokens, string prefix)
    {
        var hits = new List<LexiconHit>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var byStem = _byFirstStem.GetValueOrDefault(tokens[i].Stem);
            var byForm = _byFirstStem.GetValueOrDefault(Exact + tokens[i].Form);
            if (byStem is null && byForm is null)
            {
                continue;
            }
            foreach (var entry in (byStem ?? []).Concat(byForm ?? []).Distinct())
            {
                if (!entry.Label.StartsWith(prefix, StringComparison.Ordinal) || Match(tokens, i, entry.Stems, 0) is not { } end)
                {
                    continue;
                }
                var negated = Enumerable.Range(Math.Max(0, i - NegationReach), i - Math.Max(0, i - NegationReach)).Any(b => _negation.Contains(tokens[b].Stem));
                var hypothetical = Enumerable.Range(0, i).Any(b => _hypothetical.Contains(tokens[b].Stem));
                hits.Add(new LexiconHit(entry.Label, tokens[i].Start, tokens[end].End, negated, hypothetical));
            }
        }
        return hits;
    }

    /// <summary>
    /// Lines <c>name.surname_ending TAB -ов</c>: how the region's surnames and patronymic names end ("-ов", "-улы",
    /// "-kyzy"). Matched on the word's form and on its Snowball stem, so "Аблязову" and "Аблязовым" end in "-ов" too.
    /// </summary>
    public const string SurnameEndingLabel = "name.surname_ending";

    public bool HasSurnameEnding(string form, string stem) =>
        _surnameEndings.Exists(e => (form.Length > e.Length + 2 && form.EndsWith(e, StringComparison.Ordinal))
            || (stem.Length > e.Length + 2 && stem.EndsWith(e, StringComparison.Ordinal)));

    /// <summary>
    /// Lines <c>name.function TAB об</c>: words that open a sentence capitalised but are never part of a name
    /// (prepositions, conjunctions: "Об Айдаре ..."). Matched on the form as written, lower-cased.
    /// </summary>
    public const string FunctionWordLabel = "name.function";

    public bool IsFunctionWord(string word) => _functionWords.Contains(Tokenizer.Fold(word));

    /// <summary>Lines <c>name.conjunction TAB мен</c>: the word that joins two names ("A and B", "A и B", "A мен B").</summary>
    public const string ConjunctionLabel = "name.conjunction";

    public bool IsConjunction(string word) => _conjunctions.Contains(Tokenizer.Fold(word));

    /// <summary>
    /// Lines <c>name.other_name_ending TAB -ого</c>: how a word ends that names another person in the genitive before a
    /// name ("штаба Ходорковского Анна ..."): a name's words agree in case, so such a word opening a longer run is not the name's.
    /// </summary>
    public const string OtherNameEndingLabel = "name.other_name_ending";

    public bool HasOtherNameEnding(string word)
    {
        var form = Tokenizer.Fold(word);
        return _otherNameEndings.Exists(e => form.Length > e.Length + 2 && form.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// Lines <c>name.title TAB адвокат</c>: a role word that stands before a name ("адвокат", "активист"), in the
    /// nominative as written; matched on the stem, so its cases ("адвокату") are found too and tell the name's case.
    /// </summary>
    public const string TitleLabel = "name.title";

    /// <summary>Whether a word is a title of the data, and if so whether it is in the form the data writes (the nominative).</summary>
    public bool IsTitle(string stem, string form, out bool nominative)
    {
        nominative = _titles.TryGetValue(stem, out var written) && written == Tokenizer.Fold(form);
        return written is not null;
    }

    public bool IsNegation(string stem) => _negation.Contains(stem);

    public bool IsHypothetical(string stem) => _hypothetical.Contains(stem);

    public bool IsFear(string stem) => _fear.Contains(stem);

    public bool IsGroup(string stem) => _group.Contains(stem);

    /// <summary><c>cue.future</c>: "will", "будет": what follows is still ahead (the claims read it as a threat).</summary>
    public bool IsFuture(string stem) => _future.Contains(stem);

    /// <summary>Whether a phrase of a class (<c>class.NAME</c> lines) stands among the tokens from one index up to another.</summary>
    public bool HoldsClass(string name, IReadOnlyList<Token> tokens, int from, int to)
    {
        if (!_classes.TryGetValue(ClassRef + name, out var members))
        {
            return false;
        }
        var window = tokens.Skip(from).Take(to - from).ToList();
        return Enumerable.Range(0, window.Count).Any(i => members.Any(m => Match(window, i, m, 0) is not null));
    }

    /// <summary><c>cue.case</c>: a word of a case ("court", "asylum", "суд", "сот"); a sentence holding one tells part of a case.</summary>
    public bool IsCaseWord(string stem) => _case.Contains(stem);

    // The index of the last token matched, or null.
    private int? Match(IReadOnlyList<Token> tokens, int at, string[] pattern, int p)
    {
        if (p == pattern.Length)
        {
            return at - 1;
        }
        if (pattern[p] == Gap)
        {
            for (var skip = 0; skip <= GapWords && at + skip <= tokens.Count; skip++)
            {
                if (Match(tokens, at + skip, pattern, p + 1) is { } end)
                {
                    return end;
                }
            }
            return null;
        }
        if (at < tokens.Count && pattern[p].StartsWith(ClassRef, StringComparison.Ordinal))
        {
            foreach (var member in _classes[pattern[p]])
            {
                if (Match(tokens, at, [.. member, .. pattern[(p + 1)..]], 0) is { } classEnd)
                {
                    return classEnd;
                }
            }
            return null;
        }
        if (at >= tokens.Count || (pattern[p] != "*" && tokens[at].Stem != pattern[p] && Exact + tokens[at].Form != pattern[p]))
        {
            return null;
        }
        return Match(tokens, at + 1, pattern, p + 1);
    }
}
