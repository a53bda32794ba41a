using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CaseArchive.Extraction;

/// <summary>
/// Turns the bytes of a saved article (plain text with optional header lines, or an HTML page)
/// into an <see cref="Article"/>. Refuses what is not an article, in words an editor understands.
/// </summary>
public static partial class ArticleReader
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] HeaderKeys = ["title", "outlet", "published", "url", "language"];

    // Page furniture that never holds the article's text.
    private const string DroppedElements =
        "script, style, noscript, nav, header, footer, aside, figure, figcaption, form, button, iframe, svg, template, " +
        "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], " +
        ".share, .social, .sharing, .share-links, .related, .newsletter, .byline, .caption, .credit, .ad, .advert";

    public static Article Read(byte[] content, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var what = fileName is null ? "The article" : $"'{Path.GetFileName(fileName)}'";
        if (content.Length > MaxBytes)
        {
            throw new ArticleFormatException($"{what} is {content.Length / 1024 / 1024.0:0.0} MB; articles over 2 MB are not read.");
        }
        if (LooksBinary(content))
        {
            throw new ArticleFormatException($"{what} is a binary file, not text: save the article as plain text or HTML.");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleFormatException($"{what} is not valid UTF-8 text: save it as UTF-8 and try again.", e);
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleFormatException($"{what} is empty: there is no text to read.");
        }
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var article = LooksLikeHtml(text) ? ReadHtml(text, what) : ReadPlainText(text);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw new ArticleFormatException($"{what} has a header but no article text.");
        }
        return article with { Header = article.Header with { Language = article.Header.Language ?? GuessLanguage(article.Text) } };
    }

    /// <summary>Reads text already in memory (tests, the editor's paste box).</summary>
    public static Article Read(string text) => Read(Encoding.UTF8.GetBytes(text ?? ""));

    private static bool LooksBinary(byte[] content)
    {
        var control = 0;
        foreach (var b in content)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }
        return control > 8 && control > content.Length / 100;
    }

    private static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 4096)));

    private static Article ReadPlainText(string text)
    {
        var lines = text.Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }
        var i = first;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var match = HeaderLine().Match(lines[i]);
            if (!match.Success || !HeaderKeys.Contains(match.Groups[1].Value.ToLowerInvariant()))
            {
                break;
            }
            fields[match.Groups[1].Value] = match.Groups[2].Value.Trim();
        }
        // Header lines count only as a block that ends at a blank line; otherwise the text starts at once.
        var hasHeader = fields.Count > 0 && (i >= lines.Length || lines[i].Trim().Length == 0);
        if (!hasHeader)
        {
            return new Article(ArticleHeader.Empty, text.Trim('\n'));
        }
        var body = string.Join('\n', lines.Skip(i)).Trim('\n');
        DateOnly? published = null;
        if (fields.TryGetValue("published", out var p) && TryParseDate(p, out var d))
        {
            published = d;
        }
        var header = new ArticleHeader(
            fields.GetValueOrDefault("title"),
            fields.GetValueOrDefault("outlet"),
            PublicAddress.SafeOrNull(fields.GetValueOrDefault("url")),
            published,
            fields.GetValueOrDefault("language"));
        return new Article(header, body);
    }

    internal static bool TryParseDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            date = DateOnly.FromDateTime(stamp.UtcDateTime);
            return true;
        }
        return false;
    }

    private static Article ReadHtml(string html, string what)
    {
        var guard = new NestingGuard(what);
        var document = new HtmlParser(guard.Options).ParseDocument(html);
        guard.Finish();
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;

        var title = Meta("meta[property='og:title']") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        var outlet = Meta("meta[property='og:site_name']");
        // Only an http(s) address is kept: a page may name any other scheme (javascript:, data:) or a relative path.
        var url = PublicAddress.SafeOrNull(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? PublicAddress.SafeOrNull(Meta("meta[property='og:url']"));
        DateOnly? published = null;
        var stamp = Meta("meta[property='article:published_time']") ?? Meta("meta[name=date]")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (stamp is not null && TryParseDate(stamp, out var d))
        {
            published = d;
        }
        var language = document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null;

        foreach (var element in document.QuerySelectorAll(DroppedElements).ToList())
        {
            element.Remove();
        }
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
        var lines = new List<string>();
        if (root is not null)
        {
            CollectBlocks(root, lines);
        }
        var header = new ArticleHeader(string.IsNullOrEmpty(title) ? null : title, outlet, url, published, language);
        return new Article(header, string.Join("\n\n", lines));
    }

    // Each paragraph-like block becomes one line; text inside inline elements joins its block.
    private static void CollectBlocks(IElement element, List<string> lines)
    {
        var blockChildren = element.Children.Any(c => IsBlock(c));
        if (!blockChildren)
        {
            var text = Whitespace().Replace(element.TextContent, " ").Trim();
            if (text.Length > 0)
            {
                lines.Add(text);
            }
            return;
        }
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                if (IsBlock(child))
                {
                    CollectBlocks(child, lines);
                }
                else
                {
                    AddLoose(child.TextContent, lines);
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                AddLoose(node.TextContent, lines);
            }
        }
    }

    private static void AddLoose(string text, List<string> lines)
    {
        var clean = Whitespace().Replace(text, " ").Trim();
        if (clean.Length > 0)
        {
            lines.Add(clean);
        }
    }

    private static bool IsBlock(IElement element) => element.LocalName is
        "p" or "div" or "section" or "article" or "main" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or
        "ul" or "ol" or "li" or "blockquote" or "table" or "tr" or "td" or "th" or "dl" or "dt" or "dd" or "pre" or "body";

    private static string GuessLanguage(string text)
    {
        int cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }
        return cyrillic > latin ? "ru" : "en";
    }

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|^\s*<(p|div)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"^([A-Za-z]+):\s*(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
