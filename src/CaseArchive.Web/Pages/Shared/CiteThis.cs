using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaseArchive.Web.Pages.Shared;

/// <summary>
/// A ruling or person page as a researcher cites it: one line to paste, and the same in CSL-JSON,
/// BibTeX and RIS (no library for these formats is kept here: each is written to its specification).
/// Texts are public ones (pseudonyms, never hidden names); the answers pass the redaction as text.
/// </summary>
public sealed record CiteThis(string Id, bool IsRuling, string Title, string? Court, PartialDate? Date, string Url, DateOnly Accessed)
{
    public const string Archive = "CaseArchive";

    /// <summary>The formats offered for download, by the name in <c>?cite=</c>.</summary>
    public static readonly IReadOnlyList<(string Name, string Label)> Formats = [("bibtex", "BibTeX"), ("ris", "RIS"), ("csl-json", "CSL-JSON")];

    /// <summary>The line to paste: title, date, archive, address, when it was read.</summary>
    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Title}{(Date is null ? "" : $", {Display.Date(Date)}")}. {Archive}, {Url} ({Localization.Texts.Format("accessed {0}", Display.Date(Accessed))}).");

    /// <summary>The download for <c>?cite=</c>, or null for a format not offered.</summary>
    public IActionResult? Download(string format) => format switch
    {
        // Text types, so the redaction reads them (it passes application/vnd.* through as binary).
        "bibtex" => File("application/x-bibtex; charset=utf-8", BibTex(), "bib"),
        "ris" => File("application/x-research-info-systems; charset=utf-8", Ris(), "ris"),
        "csl-json" => File("application/json; charset=utf-8", CslJson(), "json"),
        _ => null,
    };

    private FileContentResult File(string contentType, string text, string extension) =>
        new(Encoding.UTF8.GetBytes(text), contentType) { FileDownloadName = $"casearchive-{Key}.{extension}" };

    /// <summary>A citation key of letters, digits and hyphens only.</summary>
    public string Key => new([.. Id.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);

    /// <summary>BibTeX: a @misc entry (a court record has no type of its own), every field braced and escaped.</summary>
    public string BibTex()
    {
        var fields = new List<(string Name, string Value)>
        {
            ("title", "{" + BibEscape(Title) + "}"),
            ("author", "{" + Archive + "}"),
        };
        if (Date is not null)
        {
            fields.Add(("year", Date.Year.ToString(CultureInfo.InvariantCulture)));
            if (Date.Month is int month)
            {
                fields.Add(("month", CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month).ToLowerInvariant()));
            }
        }
        if (Court is not null)
        {
            fields.Add(("organization", BibEscape(Court)));
        }
        fields.Add(("howpublished", @"\url{" + BibUrl(Url) + "}"));
        fields.Add(("url", BibUrl(Url)));
        fields.Add(("urldate", Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        fields.Add(("note", "Accessed " + Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var entry = new StringBuilder($"@misc{{casearchive-{Key},\n");
        entry.AppendJoin(",\n", fields.Select(f => $"  {f.Name} = {{{f.Value}}}"));
        return entry.Append("\n}\n").ToString();
    }

    /// <summary>TeX's special characters as commands, so braces stay balanced and nothing is read as markup.</summary>
    public static string BibEscape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' or '&' or '#' or '$' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    // An address is read verbatim by \url: only its braces and backslashes could break the entry.
    private static string BibUrl(string url) => new([.. url.Where(c => c is not ('{' or '}' or '\\') && !char.IsWhiteSpace(c))]);

    /// <summary>RIS: one "TY  - " line to "ER  - ", a tag of two capitals or digits per line, CRLF line ends.</summary>
    public string Ris()
    {
        var lines = new List<(string Tag, string Value)>
        {
            ("TY", IsRuling ? "CASE" : "ELEC"),
            ("TI", Title),
            ("AU", Archive),
        };
        if (Date is not null)
        {
            lines.Add(("PY", Date.Year.ToString(CultureInfo.InvariantCulture)));
            lines.Add(("DA", string.Create(CultureInfo.InvariantCulture, $"{Date.Year:D4}/{(Date.Month is int m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(Date.Day is int d ? d.ToString("D2", CultureInfo.InvariantCulture) : "")}/")));
        }
        if (Court is not null)
        {
            lines.Add(("PB", Court));
        }
        lines.Add(("DB", Archive));
        lines.Add(("UR", Url));
        lines.Add(("Y2", Accessed.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)));
        var ris = new StringBuilder();
        foreach (var (tag, value) in lines)
        {
            // A value is one line: line breaks inside it would start a tag of their own.
            ris.Append(tag).Append("  - ").Append(string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))).Append("\r\n");
        }
        return ris.Append("ER  - \r\n").ToString();
    }

    /// <summary>CSL-JSON (Citation Style Language 1.0.2): an array of one item.</summary>
    public string CslJson()
    {
        var item = new Dictionary<string, object?>
        {
            ["id"] = $"casearchive-{Key}",
            ["type"] = IsRuling ? "legal_case" : "webpage",
            ["title"] = Title,
            ["authority"] = Court,
            ["container-title"] = Archive,
            ["publisher"] = Archive,
            ["URL"] = Url,
            ["issued"] = Date is null ? null : DateOf(DateParts(Date)),
            ["accessed"] = DateOf([Accessed.Year, Accessed.Month, Accessed.Day]),
        };
        var present = item.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
        return JsonSerializer.Serialize(new[] { present }, CslOptions);
    }

    private static Dictionary<string, int[][]> DateOf(int[] parts) => new() { ["date-parts"] = [parts] };

    private static int[] DateParts(PartialDate date) =>
        [date.Year, .. date.Month is int m ? new[] { m } : [], .. date.Day is int d ? new[] { d } : []];

    private static readonly JsonSerializerOptions CslOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
