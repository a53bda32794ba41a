using System.Text.RegularExpressions;

namespace CaseArchive.Extraction.Text;

/// <summary>One sentence of the article: <see cref="Text"/> is a verbatim substring of the article text.</summary>
internal sealed record Sentence(int Index, int Paragraph, string Text);

/// <summary>A dateline opening the article ("ALMATY, Aug 1 (Reuters) -"): the month and day, when it gives them.</summary>
internal sealed record Dateline(string City, int? Month, int? Day);

/// <summary>
/// Splits article text into sentences, skipping the clutter that copied web pages carry
/// (menus, headlines, captions pasted twice, the outlet's notices). The rules are general:
/// a short line without sentence punctuation is furniture, a line repeated at once is a caption,
/// and a few boilerplate phrases mark notices.
/// </summary>
internal static partial class TextSegmenter
{
    // Lines holding these are the outlet's notices, credits or calls to action, never the story.
    private static readonly string[] Boilerplate =
    [
        "undesirable organization", "undesirable organisation", "click here", "offers informed and accurate",
        "free exchange of news", "russian passport", "all rights reserved", "reporting by", "editing by",
        "writing by", "additional reporting", "sign up for", "subscribe to", "follow us on", "share this",
        "read more:", "related:", "cookie", "©", "copyright", "photo:", "photo by", "image caption",
        "getty images", "accessibility links", "skip to main content", "читайте также", "подписывайтесь", "фото:",
    ];

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Gen", "Lt", "Col", "Sgt", "No", "vs", "Inc", "Jr", "Sr", "Prof", "Gov", "Sen", "Rep", "U.S", "U.N", "г", "гг", "им", "ул",
    };

    public static (List<Sentence> Sentences, Dateline? Dateline) Split(string text)
    {
        var lines = text.Split('\n');
        var keep = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            keep[i] = IsStoryLine(lines[i].Trim().TrimStart('•', '*', '·', '▪').Trim());
        }
        // A line pasted twice in a row is an image caption: drop both copies.
        string? previous = null;
        var previousIndex = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (previous is not null && string.Equals(previous, line, StringComparison.Ordinal))
            {
                keep[i] = false;
                keep[previousIndex] = false;
            }
            previous = line;
            previousIndex = i;
        }

        KeepCutLastSentence(lines, keep);

        var sentences = new List<Sentence>();
        Dateline? dateline = null;
        var paragraph = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!keep[i])
            {
                continue;
            }
            var line = lines[i].Trim().TrimStart('•', '*', '·', '▪').Trim();
            var datelineMatch = DatelinePattern().Match(line);
            if (datelineMatch.Success)
            {
                dateline ??= ToDateline(datelineMatch);
                line = line[datelineMatch.Length..];
            }
            foreach (var sentence in SplitParagraph(line))
            {
                sentences.Add(new Sentence(sentences.Count, paragraph, sentence));
            }
            paragraph++;
        }
        return (sentences, dateline);
    }

    // An excerpt cut off mid-sentence ends in a short line without punctuation: after the story's own lines, a last line
    // written as prose (most words in lower case, unlike a menu or a Title Case headline) is the story's last sentence.
    private static void KeepCutLastSentence(string[] lines, bool[] keep)
    {
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        if (last <= 0 || keep[last])
        {
            return;
        }
        var before = Array.FindLastIndex(lines, last - 1, l => l.Trim().Length > 0);
        var line = lines[last].Trim();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lower = words.Count(w => w.TrimStart('«', '"', '“', '(') is { Length: > 0 } word && char.IsLower(word[0]));
        if (before >= 0 && keep[before] && IsStoryLine(line + ".") && !string.Equals(lines[before].Trim(), line, StringComparison.Ordinal)
            && words.Length >= 4 && lower >= 3 && lower * 2 >= words.Length)
        {
            keep[last] = true;
        }
    }

    private static Dateline ToDateline(Match match)
    {
        int? month = null, day = null;
        if (match.Groups["month"].Success && DateFinder.MonthNumber(match.Groups["month"].Value) is { } m)
        {
            month = m;
            day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return new Dateline(match.Groups["city"].Value.Trim(), month, day);
    }

    private static bool IsStoryLine(string line)
    {
        if (line.Length == 0)
        {
            return false;
        }
        var lower = line.ToLowerInvariant();
        foreach (var phrase in Boilerplate)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return false;
            }
        }
        if (DatelinePattern().IsMatch(line))
        {
            return true;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var last = line[^1];
        var punctuated = last is '.' or '!' or '?' or '"' or '”' or '»' or '…' or '\'' or '’' or ')';
        return punctuated || words >= 14;
    }

    /// <summary>Sentences of one paragraph; a full stop inside a quotation does not end the sentence that carries it.</summary>
    internal static IEnumerable<string> SplitParagraph(string paragraph)
    {
        var straightQuotes = paragraph.Count(c => c == '"');
        var trackQuotes = straightQuotes % 2 == 0;
        var inQuote = false;
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (trackQuotes && (c == '"' || c == '“' || c == '”' || c == '«' || c == '»'))
            {
                inQuote = c switch { '“' or '«' => true, '”' or '»' => false, _ => !inQuote };
                // A quotation that ends a sentence: ...there." Next
                if (!inQuote && i > 0 && paragraph[i - 1] is '.' or '!' or '?' && StartsNewSentence(paragraph, i + 1))
                {
                    yield return paragraph[start..(i + 1)].Trim();
                    start = i + 1;
                }
                continue;
            }
            if (inQuote || c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(paragraph, i))
            {
                continue;
            }
            if (i + 1 < paragraph.Length && paragraph[i + 1] is '"' or '”' or '»' or '’' or ')')
            {
                continue;
            }
            if (StartsNewSentence(paragraph, i + 1))
            {
                yield return paragraph[start..(i + 1)].Trim();
                start = i + 1;
            }
        }
        var rest = paragraph[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static bool StartsNewSentence(string text, int position)
    {
        if (position >= text.Length || !char.IsWhiteSpace(text[position]))
        {
            return false;
        }
        var j = position;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }
        return j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '“' or '«' or '(' or '\'');
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }
        var word = text[begin..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    [GeneratedRegex(@"^(?<city>[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ'’.\-]+)?)(?:,\s*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?(?:,?\s*(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2})(?:,\s*\d{4})?)?\s*(?:\([A-Za-z/ ]+\))?\s*(?:--|—|–|-)\s+")]
    private static partial Regex DatelinePattern();
}
