using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CaseArchive.Extraction.Reading;

/// <summary>
/// A word of a text: where it is (offsets into the text), its stem (what the vocabulary is matched on) and its
/// lower-case form (for the few words whose stem is another word's: "пытали", tortured, and "пытались", tried).
/// </summary>
internal readonly record struct Token(int Start, int End, string Stem, string Form);

/// <summary>
/// Splits text into words and stems each with the Snowball stemmer of its alphabet (Russian for Cyrillic,
/// Kazakh included, English for Latin), so one line of vocabulary matches every inflected form
/// ("отказал", "отказала", "отказали"). Not thread-safe: one per extraction run.
/// </summary>
internal sealed partial class Tokenizer
{
    private readonly SnowballProgram _russian = new RussianStemmer();
    private readonly SnowballProgram _english = new EnglishStemmer();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    public List<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>();
        foreach (Match m in Word().Matches(text))
        {
            var form = Fold(m.Value);
            tokens.Add(new Token(offset + m.Index, offset + m.Index + m.Length, StemOfForm(form), form));
        }
        return tokens;
    }

    public static string Fold(string word) => word.ToLowerInvariant().Replace('ё', 'е').Replace('’', '\'');

    public string Stem(string word) => StemOfForm(Fold(word));

    private string StemOfForm(string lower)
    {
        if (_stems.TryGetValue(lower, out var known))
        {
            return known;
        }
        var stemmer = lower.Any(c => c is >= '\u0400' and <= '\u04FF') ? _russian : lower.Any(char.IsAsciiLetter) ? _english : null;
        var stem = lower;
        if (stemmer is not null)
        {
            stemmer.SetCurrent(lower);
            stemmer.Stem();
            stem = stemmer.Current;
        }
        _stems[lower] = stem;
        return stem;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\d]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();
}
