using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CaseArchive.Domain.Privacy;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

/// <summary>A short passage of a ruling's text with the words a search matched marked.</summary>
public sealed record Snippet(IReadOnlyList<(string Text, bool Matched)> Parts)
{
    // As the pages' own encoder (ArchiveSetup): Cyrillic written as itself.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Text => string.Concat(Parts.Select(p => p.Text));

    /// <summary>
    /// The passage as HTML: every text encoded, the matched words in <c>mark</c>, a run of them (a full name)
    /// in one: the redaction spares a public person's full name only where the page holds it whole, so a
    /// name cut by tags would lose a given name a hidden person shares.
    /// </summary>
    public IHtmlContent Html()
    {
        var html = new StringBuilder();
        for (var i = 0; i < Parts.Count; i++)
        {
            if (!Parts[i].Matched)
            {
                html.Append(Encoder.Encode(Parts[i].Text));
                continue;
            }
            var run = new StringBuilder(Parts[i].Text);
            while (i + 2 < Parts.Count && Parts[i + 2].Matched && !Parts[i + 1].Matched && IsNameGap(Parts[i + 1].Text))
            {
                run.Append(Parts[i + 1].Text).Append(Parts[i + 2].Text);
                i += 2;
            }
            html.Append("<mark>").Append(Encoder.Encode(run.ToString())).Append("</mark>");
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>What may stand between two words of one name: a space or a hyphen, once or twice.</summary>
    private static bool IsNameGap(string text) => text.Length is 1 or 2 && text.All(c => c is ' ' or '-');
}

/// <summary>
/// The passages a text search shows under its rows: for each ruling on the page, the piece of the text its
/// search document was built from (summary, case title, the person's claims, the quotes cited) that holds
/// most of the searched words, as in PostgreSQL's <c>ts_headline</c>. Hidden names are taken out of the text
/// before a passage is chosen or a word marked, so neither depends on a hidden name: a search that names a
/// hidden person shows what a search for a name nobody has shows.
/// </summary>
public static partial class RulingSnippets
{
    /// <summary>Words a passage shows, and how many of them come before the first matched word.</summary>
    public const int Words = 24;

    private const int Before = 8;

    // The pieces of the document's text (ruling_search_text), one per line, for the page's rulings at once.
    private const string Sql = """
        SELECT r.id, concat_ws(E'\n', r.summary, k.title,
            (SELECT string_agg(concat_ws(' ', replace(d.kind, '_', ' '), d.facility, d.place, d.period), E'\n' ORDER BY d.id)
                FROM detention_claims d WHERE d.person_id = r.person_id AND d.deleted_at IS NULL),
            (SELECT string_agg(q.quote, E'\n' ORDER BY q.id) FROM (
                SELECT ci.id, ci.quote FROM citations ci WHERE ci.ruling_id = r.id
                UNION
                SELECT ci.id, ci.quote FROM citations ci JOIN detention_claims d ON d.id = ci.detention_claim_id
                WHERE d.person_id = r.person_id AND d.deleted_at IS NULL) AS q))
        FROM rulings r LEFT JOIN cases k ON k.id = r.case_id
        WHERE r.id = ANY(@ids)
        """;

    /// <summary>The rows with their passages (a row none of whose text holds a searched word keeps none).</summary>
    public static async Task<IReadOnlyList<RulingRow>> AddAsync(ReadOnlyArchiveDbContext db, HiddenNamesStore store, RequestHiddenNames hiddenNames, IReadOnlyList<RulingRow> rows, string? q, CancellationToken cancellationToken)
    {
        var terms = Terms(q);
        if (rows.Count == 0 || terms.Typed.Count == 0)
        {
            return rows;
        }
        var texts = await TextsAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        var names = await hiddenNames.CurrentAsync(() => db, cancellationToken);
        var result = new List<RulingRow>(rows.Count);
        foreach (var row in rows)
        {
            var snippet = texts.TryGetValue(row.Id, out var text)
                ? Find(await PublicRedaction.RedactAsync(text, names, store, db, cancellationToken), terms)
                : null;
            result.Add(snippet is null ? row : row with { Snippet = snippet });
        }
        return result;
    }

    private static async Task<Dictionary<int, string>> TextsAsync(ReadOnlyArchiveDbContext db, int[] ids, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<int, string>(ids.Length);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "ids";
            parameter.Value = ids;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                texts[reader.GetInt32(0)] = reader.GetString(1);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return texts;
    }

    /// <summary>The searched words as typed (lower case) and folded as names are, leaving out web-search's <c>or</c> and excluded (<c>-word</c>) words.</summary>
    public static (HashSet<string> Typed, HashSet<string> Folded) Terms(string? q)
    {
        var typed = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(q ?? ""))
        {
            var excluded = word.Index > 0 && q![word.Index - 1] == '-';
            if (!excluded && !word.Value.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                typed.Add(word.Value.ToLowerInvariant());
            }
        }
        return (typed, [.. typed.Select(t => NameFolding.Fold(t)).Where(f => f.Length > 0)]);
    }

    /// <summary>The passage of <paramref name="text"/> (pieces one per line) with most searched words, or null when none holds one.</summary>
    public static Snippet? Find(string text, (HashSet<string> Typed, HashSet<string> Folded) terms)
    {
        (string Piece, List<Match> Words, List<int> Hits)? best = null;
        foreach (var piece in text.Split('\n'))
        {
            var words = Word().Matches(piece).ToList();
            var hits = Enumerable.Range(0, words.Count).Where(i => Matches(words[i].Value, terms)).ToList();
            if (hits.Count > 0 && (best is null || hits.Count > best.Value.Hits.Count))
            {
                best = (piece, words, hits);
            }
        }
        if (best is not { } found)
        {
            return null;
        }
        var first = Math.Max(0, found.Hits[0] - Before);
        var last = Math.Min(found.Words.Count, first + Words) - 1;
        var parts = new List<(string, bool)>();
        if (first > 0)
        {
            parts.Add(("… ", false));
        }
        var at = found.Words[first].Index;
        for (var i = first; i <= last; i++)
        {
            var word = found.Words[i];
            parts.Add((found.Piece[at..word.Index], false));
            parts.Add((word.Value, found.Hits.Contains(i)));
            at = word.Index + word.Length;
        }
        parts.Add(last < found.Words.Count - 1 ? (" …", false) : (found.Piece[at..].TrimEnd(), false));
        return new Snippet([.. parts.Where(p => p.Item1.Length > 0)]);
    }

    private static bool Matches(string word, (HashSet<string> Typed, HashSet<string> Folded) terms) =>
        terms.Typed.Contains(word.ToLowerInvariant()) || terms.Folded.Contains(NameFolding.Fold(word));

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex Word();
}
