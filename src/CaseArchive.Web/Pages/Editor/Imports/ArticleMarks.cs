using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CaseArchive.Web.Pages.Editor.Imports;

/// <summary>
/// An article's text cut into pieces so that every sentence a proposal rests on is marked; each mark
/// has an anchor that the proposals resting on it link to. Quotes that overlap share one mark.
/// </summary>
public sealed class ArticleMarks
{
    public sealed record Piece(string Text, string? Anchor);

    // Every letter as itself (Cyrillic stays readable); markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private readonly string _text;
    private readonly List<(int Start, int End)> _marks = [];

    public ArticleMarks(string text, IEnumerable<string> quotes)
    {
        _text = text;
        var ranges = quotes.Where(q => q.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(q => (Start: text.IndexOf(q, StringComparison.Ordinal), q.Length))
            .Where(r => r.Start >= 0)
            .Select(r => (r.Start, End: r.Start + r.Length))
            .OrderBy(r => r.Start);
        foreach (var range in ranges)
        {
            if (_marks.Count > 0 && range.Start <= _marks[^1].End)
            {
                _marks[^1] = (_marks[^1].Start, Math.Max(_marks[^1].End, range.End));
            }
            else
            {
                _marks.Add(range);
            }
        }
        var pieces = new List<Piece>();
        var at = 0;
        foreach (var (start, end) in _marks)
        {
            if (start > at)
            {
                pieces.Add(new Piece(text[at..start], null));
            }
            pieces.Add(new Piece(text[start..end], AnchorAt(start)));
            at = end;
        }
        if (at < text.Length)
        {
            pieces.Add(new Piece(text[at..], null));
        }
        Pieces = pieces;
    }

    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>
    /// The text as HTML, every piece encoded and each mark a &lt;mark id="q-N"&gt;; written as one string because
    /// the text is shown with its own line breaks (white-space: pre-wrap), where markup's indentation would show.
    /// </summary>
    public IHtmlContent ToHtml()
    {
        var html = new StringBuilder();
        foreach (var piece in Pieces)
        {
            var text = Encoder.Encode(piece.Text);
            html.Append(piece.Anchor is null ? text : $"<mark id=\"{piece.Anchor}\">{text}</mark>");
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>The anchor of the mark holding the quote, or null when the quote is not in the article.</summary>
    public string? AnchorOf(string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            return null;
        }
        var start = _text.IndexOf(quote.Trim(), StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        var mark = _marks.FindLast(m => m.Start <= start);
        return AnchorAt(mark.Start);
    }

    private static string AnchorAt(int start) => $"q-{start}";
}
