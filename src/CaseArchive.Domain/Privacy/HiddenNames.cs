using System.Collections.Concurrent;
using System.Text;

namespace CaseArchive.Domain.Privacy;

/// <summary>A withheld or pseudonymised person's name, in every spelling the archive has.</summary>
public sealed record HiddenPerson(int Id, IReadOnlyList<string> Spellings);

/// <summary>
/// Finds the names of hidden (withheld or pseudonymised) persons in any text a reader is given,
/// and replaces each whole name with one neutral marker: every stored spelling in either
/// alphabet and the spellings folding makes of them (transliterations), their Russian and Kazakh
/// case forms, either name order, look-alike letters of another alphabet, invisible characters
/// inside, and the name written in HTML, JSON or an address. A name inside a web address takes
/// the whole address with it (the outlet's home page is left).
/// </summary>
/// <remarks>
/// A hidden name's parts are its words. A distinctive part (four letters or more, not a common
/// word such as a month) is hidden wherever it stands, alone or inflected: a given name alone is a
/// residue too. A short or common part is hidden only beside another part of the same name. The
/// caller may spare spans that are a public person's full name (<see cref="Spans"/>'s
/// <c>isPublicName</c>), so that a public namesake keeps the name.
/// </remarks>
public sealed class HiddenNames
{
    public const string Marker = "[name withheld]";

    /// <summary>The case endings as the data file writes them (the search documents leave out the same forms).</summary>
    public static IReadOnlyList<string> WrittenEndings { get; } = Lines("name-endings.txt");

    private static readonly string[] Endings = WrittenEndings.Select(NameKeys.Of).Append("").Distinct().OrderByDescending(e => e.Length).ToArray();
    private static readonly HashSet<string> CommonWords = [.. Lines("common-words.txt").Select(NameKeys.Of)];

    private readonly Dictionary<string, List<Part>> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Part>> _stems = new(StringComparer.Ordinal);
    // Only the words that are a hidden name's part are kept (a bounded vocabulary): every other word of
    // an answer (keys, addresses, dates) is looked up again, cheaply, rather than crowding them out.
    // The counts are kept apart because a ConcurrentDictionary's Count takes every lock.
    private const int MostKept = 200_000;
    private readonly ConcurrentDictionary<string, Matched> _matched = new(StringComparer.Ordinal);
    private int _matchedCount;

    // Two words that may be one name, narrowed once: a full name recurs in answer after answer.
    private readonly ConcurrentDictionary<(Matched, Matched), (int[] Persons, bool Distinctive)> _pairs = new();
    private int _pairsCount;

    public HiddenNames(IEnumerable<HiddenPerson> persons)
    {
        foreach (var person in persons)
        {
            Count++;
            foreach (var key in person.Spellings.SelectMany(NameKeys.OfName).Distinct())
            {
                if (key.Length == 0)
                {
                    continue;
                }
                var part = new Part(person.Id, key.Length >= 4 && !CommonWords.Contains(key));
                Add(_parts, key, part);
                // The form the name takes before an ending: "bekova" → "bekov" (Бековой), "sauitbai" → "sauitba" (Сауытбая).
                foreach (var ending in (string[])["ia", "iu", "a", "e", "i", "o", "u"])
                {
                    if (key.Length - ending.Length >= 3 && key.EndsWith(ending, StringComparison.Ordinal))
                    {
                        Add(_stems, key[..^ending.Length], part);
                        break;
                    }
                }
            }
        }
    }

    public static HiddenNames None { get; } = new([]);

    /// <summary>How many hidden persons these are.</summary>
    public int Count { get; }

    /// <summary>A hidden person's part of a name: the person, and whether it is hidden alone.</summary>
    private readonly record struct Part(int Person, bool Distinctive);

    /// <summary>
    /// The parts one word is, ordered by person (a common given name is part of many hidden persons'
    /// names, so a run of words is narrowed to the persons they share by one merge, not a set a word),
    /// and whether any of them is hidden alone.
    /// </summary>
    private sealed class Matched(Part[] parts)
    {
        public static readonly Matched Nothing = new([]);

        public Part[] Parts { get; } = parts;

        public bool AnyDistinctive { get; } = parts.Any(p => p.Distinctive);

        /// <summary>The distinct persons of these parts, in order.</summary>
        public int[] Persons { get; } = [.. parts.Select(p => p.Person).Distinct()];

        /// <summary>Of <paramref name="persons"/> (in order), those these parts share, and whether a shared part is hidden alone.</summary>
        public (int[] Persons, bool Distinctive) Shared(int[] persons)
        {
            var shared = new List<int>();
            var distinctive = false;
            var a = 0;
            var b = 0;
            while (a < persons.Length && b < Parts.Length)
            {
                if (persons[a] < Parts[b].Person)
                {
                    a++;
                }
                else if (persons[a] > Parts[b].Person)
                {
                    b++;
                }
                else
                {
                    if (shared.Count == 0 || shared[^1] != persons[a])
                    {
                        shared.Add(persons[a]);
                    }
                    distinctive |= Parts[b].Distinctive;
                    b++;
                }
            }
            return ([.. shared], distinctive);
        }
    }

    /// <summary>A hidden name found in a text: the span of the original and the words it is made of.</summary>
    public readonly record struct Span(int Start, int End, string Words);

    /// <summary>Whether a text (a search, say) holds a hidden name.</summary>
    public bool Names(string text) => Spans(NameText.Decode(text)).Count > 0;

    /// <summary>The hidden names in decoded text, in order, before any public name is spared.</summary>
    public List<Span> Spans(List<NameText.Unit> units)
    {
        var spans = new List<Span>();
        if (_parts.Count == 0)
        {
            return spans;
        }
        var words = NameText.Words(units);
        var matches = words.Select(w => Match(NameKeys.Of(w.Text))).ToArray();
        var i = 0;
        while (i < words.Count)
        {
            if (matches[i].Parts.Length == 0)
            {
                i++;
                continue;
            }
            // The longest run of adjacent words that are all parts of one hidden person's name.
            var persons = matches[i].Persons;
            var distinctive = matches[i].AnyDistinctive;
            var last = i;
            while (last + 1 < words.Count && matches[last + 1].Parts.Length > 0 && Adjacent(units, words[last], words[last + 1]))
            {
                var (shared, sharedDistinctive) = last == i ? Pair(matches[i], matches[i + 1]) : matches[last + 1].Shared(persons);
                if (shared.Length == 0)
                {
                    break;
                }
                persons = shared;
                distinctive |= sharedDistinctive;
                last++;
            }
            if (distinctive || last > i)
            {
                var text = new StringBuilder();
                for (var k = i; k <= last; k++)
                {
                    text.Append(k > i ? " " : "").Append(words[k].Text);
                }
                spans.Add(new Span(words[i].Start, words[last].End, text.ToString()));
            }
            i = last + 1;
        }
        return spans;
    }

    /// <summary>
    /// The span's words with up to two words either side, each joined by spaces or hyphens only: the
    /// public full names it may be part of (a namesake keeps the name). The neighbours are read in the
    /// decoded text the span was found in, as the reader reads them: an address's "%2F" is a slash, not
    /// the letter F before a name.
    /// </summary>
    public static IEnumerable<string> Candidates(List<NameText.Unit> units, Span span)
    {
        var before = Neighbours(units, UnitAt(units, span.Start), forward: false);
        var after = Neighbours(units, UnitAt(units, span.End - 1) + 1, forward: true);
        for (var b = 0; b <= before.Count; b++)
        {
            for (var a = 0; a <= after.Count; a++)
            {
                yield return string.Join(' ', before.Take(b).Reverse().Append(span.Words).Concat(after.Take(a)));
            }
        }
    }

    /// <summary>The decoded character that the original's character at <paramref name="raw"/> is part of.</summary>
    private static int UnitAt(List<NameText.Unit> units, int raw)
    {
        int low = 0, high = units.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (units[middle].Start <= raw)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low;
    }

    /// <summary>Up to two words next to a position, nearest first, separated by spaces or hyphens only.</summary>
    private static List<string> Neighbours(List<NameText.Unit> text, int at, bool forward)
    {
        var words = new List<string>();
        var i = at;
        while (words.Count < 2)
        {
            var gap = 0;
            while (gap < 2 && CharAt(text, i, forward) is ' ' or '-')
            {
                i += forward ? 1 : -1;
                gap++;
            }
            var start = i;
            while (gap > 0 && CharAt(text, i, forward) is char c && char.IsLetter(c))
            {
                i += forward ? 1 : -1;
            }
            if (i == start)
            {
                break;
            }
            words.Add(new string([.. text.GetRange(forward ? start : i, Math.Abs(i - start)).Select(u => u.C)]));
        }
        return words;
    }

    private static char? CharAt(List<NameText.Unit> text, int boundary, bool forward)
    {
        var k = forward ? boundary : boundary - 1;
        return k >= 0 && k < text.Count ? text[k].C : null;
    }

    /// <summary>
    /// The text with every hidden name replaced by <see cref="Marker"/> (a name in a web address: the
    /// address by its site's home page), except the spans <paramref name="spare"/> says to keep.
    /// </summary>
    public string Redact(string text, Func<Span, bool>? spare = null)
    {
        if (_parts.Count == 0 || text.Length == 0)
        {
            return text;
        }
        var spans = Spans(NameText.Decode(text));
        if (spare is not null)
        {
            spans.RemoveAll(s => spare(s));
        }
        return Replace(text, spans);
    }

    /// <summary>The text with these spans replaced (spans inside a web address take the address with them).</summary>
    public static string Replace(string text, IReadOnlyList<Span> spans)
    {
        if (spans.Count == 0)
        {
            return text;
        }
        var cuts = new List<(int Start, int End, string With)>();
        foreach (var span in spans)
        {
            cuts.Add(Addresses.Around(text, span.Start, span.End) is { } address
                ? (address.Start, address.End, address.Replacement)
                : (span.Start, span.End, Marker));
        }
        cuts.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end, with) in cuts)
        {
            if (start < at)
            {
                // Inside a cut already made (two names in one address).
                continue;
            }
            result.Append(text, at, start - at).Append(with);
            at = end;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private static bool Adjacent(List<NameText.Unit> units, NameText.Word left, NameText.Word right)
    {
        var gap = right.FirstUnit - left.LastUnit - 1;
        if (gap is < 1 or > 3)
        {
            return gap == 0;
        }
        for (var u = left.LastUnit + 1; u < right.FirstUnit; u++)
        {
            if (!(char.IsWhiteSpace(units[u].C) || units[u].C is '-' or '_' or '+' or ',' or '.' or '\'' or '’' or '‘' or '‑' or '–'))
            {
                return false;
            }
        }
        return true;
    }

    private Matched Match(string key)
    {
        if (key.Length == 0)
        {
            return Matched.Nothing;
        }
        if (_matched.TryGetValue(key, out var found))
        {
            return found;
        }
        // Looked up by spans: most words of an answer are nobody's name, and make no string here.
        var parts = (List<Part>?)null;
        var byParts = _parts.GetAlternateLookup<ReadOnlySpan<char>>();
        var byStems = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var ending in Endings)
        {
            if (key.Length - ending.Length < 1 || !key.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = key.AsSpan(0, key.Length - ending.Length);
            if ((ending.Length == 0 || stem.Length >= 3) && byParts.TryGetValue(stem, out var exact))
            {
                (parts ??= []).AddRange(exact);
            }
            if (stem.Length >= 3 && byStems.TryGetValue(stem, out var shortened))
            {
                (parts ??= []).AddRange(shortened);
            }
        }
        if (parts is null)
        {
            return Matched.Nothing;
        }
        found = new Matched([.. parts.Distinct().OrderBy(p => p.Person).ThenBy(p => p.Distinctive)]);
        if (Interlocked.Increment(ref _matchedCount) <= MostKept)
        {
            _matched[key] = found;
        }
        return found;
    }

    private (int[] Persons, bool Distinctive) Pair(Matched first, Matched second)
    {
        if (_pairs.TryGetValue((first, second), out var shared))
        {
            return shared;
        }
        shared = second.Shared(first.Persons);
        if (Interlocked.Increment(ref _pairsCount) <= MostKept)
        {
            _pairs[(first, second)] = shared;
        }
        return shared;
    }

    private static void Add(Dictionary<string, List<Part>> index, string key, Part part)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(part))
        {
            list.Add(part);
        }
    }

    private static List<string> Lines(string name)
    {
        var assembly = typeof(HiddenNames).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var keys = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                keys.Add(line);
            }
        }
        return keys;
    }
}

/// <summary>Web addresses in text: the one around a position, and what may stand for it.</summary>
internal static class Addresses
{
    private const int Longest = 4096;

    /// <summary>The web address (http or https) that holds this span, and its replacement, or null.</summary>
    public static (int Start, int End, string Replacement)? Around(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < Longest && !Ends(text[from - 1]))
        {
            from--;
        }
        var scheme = LastScheme(text, from, start);
        if (scheme < 0)
        {
            return null;
        }
        var to = end;
        while (to < text.Length && !Ends(text[to]))
        {
            to++;
        }
        var hostStart = text.IndexOf("//", scheme, StringComparison.Ordinal) + 2;
        var hostEnd = hostStart;
        while (hostEnd < to && text[hostEnd] is not ('/' or '?' or '#'))
        {
            hostEnd++;
        }
        // A name in the site's own name leaves nothing of the address to show.
        var replacement = start < hostEnd ? HiddenNames.Marker : text[scheme..hostEnd] + "/";
        return (scheme, to, replacement);
    }

    private static int LastScheme(string text, int from, int before)
    {
        for (var i = before - 7; i >= from; i--)
        {
            if (string.Compare(text, i, "http://", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
                || (i + 8 <= before && string.Compare(text, i, "https://", 0, 8, StringComparison.OrdinalIgnoreCase) == 0))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool Ends(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '\\' or '`';
}
