using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseArchive.Core;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// The reader's own words (the address's values and path) where a public answer gives them back: a
/// search box, "matching “…”", a link that keeps the filters. Each such echo is marked where it is
/// written (<see cref="Mark"/>), and the redaction spares a hidden name only inside a marked echo, so a
/// search for a hidden name is answered as one for a name nobody has. Nothing else is spared: a quote,
/// a title or a source's address that happens to equal what the reader sent is redacted as always.
/// </summary>
/// <remarks>
/// A mark is a word made of a secret drawn for each answer, so it passes through every encoding an
/// answer uses (HTML, addresses, JSON, XML, CSV) unchanged, no text in the archive can carry one, and
/// the redaction takes every mark out before the answer leaves. Where nothing redacts (the editors'
/// area), nothing is marked.
/// </remarks>
public sealed class ReaderWords
{
    private static readonly object Key = new();

    /// <summary>Echoes written unmarked: for answers the redaction does not read, and texts that are not answers (a file name).</summary>
    public static readonly ReaderWords Unmarked = new(null, []);

    private readonly string? _open;
    private readonly string? _close;

    private ReaderWords(string? secret, IReadOnlyList<string> words)
    {
        _open = secret is null ? null : "rw" + secret + "o";
        _close = secret is null ? null : "rw" + secret + "c";
        Words = words;
    }

    /// <summary>What the reader sent: every value of the address and the path, trimmed.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The request's marks: unmarked unless the redaction reads this answer.</summary>
    public static ReaderWords Of(HttpContext context) => context.Items[Key] as ReaderWords ?? Unmarked;

    /// <summary>Called by the redaction before the answer is written.</summary>
    internal static ReaderWords Begin(HttpContext context)
    {
        var words = context.Request.Query.SelectMany(p => p.Value)
            .Append(context.Request.Path.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim())
            .ToList();
        var marks = new ReaderWords(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), words);
        context.Items[Key] = marks;
        return marks;
    }

    /// <summary>Called by the redaction when the answer is written: nothing after it is marked.</summary>
    internal static void End(HttpContext context) => context.Items.Remove(Key);

    /// <summary>The reader's <paramref name="value"/> as a public answer gives it back.</summary>
    public string Mark(string? value) => string.IsNullOrEmpty(value) || _open is null ? value ?? string.Empty : _open + value + _close;

    /// <summary>A query string with each of the reader's values marked (the address again, in another language).</summary>
    public string Mark(QueryString query)
    {
        if (_open is null || !query.HasValue)
        {
            return query.Value ?? string.Empty;
        }
        var builder = new StringBuilder("?");
        foreach (var (key, values) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value))
        {
            foreach (var value in values)
            {
                builder.Append(builder.Length > 1 ? "&" : "").Append(Uri.EscapeDataString(key)).Append('=').Append(Mark(Uri.EscapeDataString(value ?? "")));
            }
        }
        return builder.ToString();
    }

    /// <summary>Where a text may be cut without cutting a mark's echo in two: before the last echo left open.</summary>
    internal int SafeCut(string text, int cut)
    {
        if (_open is null || cut == 0)
        {
            return cut;
        }
        // The last mark that starts before the cut, whether an echo's start or its end.
        var from = Math.Min(cut + _open.Length - 2, text.Length - 1);
        var open = text.LastIndexOf(_open, from, StringComparison.Ordinal);
        var close = text.LastIndexOf(_close!, from, StringComparison.Ordinal);
        while (open >= cut)
        {
            open = open == 0 ? -1 : text.LastIndexOf(_open, open - 1, StringComparison.Ordinal);
        }
        while (close >= cut)
        {
            close = close == 0 ? -1 : text.LastIndexOf(_close!, close - 1, StringComparison.Ordinal);
        }
        // Open after the last end, or its end not wholly before the cut: cut before the echo.
        return open > close || (close >= 0 && close + _close!.Length > cut) ? Math.Max(open, 0) : cut;
    }

    /// <summary>
    /// The text without its marks, and the stretches of it that give back the reader's own words: a
    /// marked stretch counts only if, read as the answer writes it (HTML, an address, JSON), it is part of
    /// something the reader sent.
    /// </summary>
    internal (string Text, List<Range> Echoes) Take(string text)
    {
        if (_open is null || !text.Contains(_open[..^1], StringComparison.Ordinal))
        {
            return (text, []);
        }
        var plain = new StringBuilder(text.Length);
        var echoes = new List<Range>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf(_open, at, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf(_close!, open + _open.Length, StringComparison.Ordinal);
            if (open < 0 || close < 0)
            {
                plain.Append(text, at, text.Length - at);
                break;
            }
            plain.Append(text, at, open - at);
            var echo = text[(open + _open.Length)..close];
            var start = plain.Length;
            plain.Append(echo);
            if (IsTheReaders(echo))
            {
                echoes.Add(start..plain.Length);
            }
            at = close + _close!.Length;
        }
        // A mark left without its pair (an answer cut short) is taken out too, and spares nothing.
        // (StringBuilder.Replace changes the builder itself: the length before it is what tells.)
        var length = plain.Length;
        var result = plain.Replace(_open, "").Replace(_close!, "").ToString();
        return result.Length == length ? (result, echoes) : (result, []);
    }

    // Folded once per answer: an answer gives the reader's words back many times.
    private string[] FoldedWords => _foldedWords ??= [.. Words.Select(NameFolding.Fold)];

    private string[]? _foldedWords;

    private bool IsTheReaders(string echo)
    {
        foreach (var read in Readings(echo))
        {
            var folded = NameFolding.Fold(read);
            if (folded.Length == 0 || FoldedWords.Any(w => w.Contains(folded, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> Readings(string echo)
    {
        var html = WebUtility.HtmlDecode(echo);
        yield return html;
        string? address = null;
        try
        {
            address = Uri.UnescapeDataString(html.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
        }
        if (address is not null)
        {
            yield return address;
        }
        string? json = null;
        try
        {
            json = JsonSerializer.Deserialize<string>("\"" + echo + "\"");
        }
        catch (JsonException)
        {
        }
        if (json is not null)
        {
            yield return json;
        }
    }
}
