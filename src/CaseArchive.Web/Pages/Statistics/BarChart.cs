using System.Globalization;
using System.Net;
using System.Text;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace CaseArchive.Web.Pages.Statistics;

/// <summary>A horizontal stacked bar chart of outcomes, drawn on the server as SVG: no script needed.</summary>
public static class BarChart
{
    private const int Width = 720;
    private const int LabelWidth = 170;
    private const int RowHeight = 30;
    private const int BarHeight = 20;
    private const int LegendHeight = 28;

    /// <summary>Colours told apart without relying on red and green alone; the table beneath carries the same figures.</summary>
    public static string Colour(Outcome outcome) => outcome switch
    {
        Outcome.NotDeported => "#1d7a46",
        Outcome.ExtraditionRefused => "#4c9a6a",
        Outcome.AsylumGranted => "#1f5fa8",
        Outcome.Deported => "#a8321f",
        Outcome.Extradited => "#d0692e",
        Outcome.AsylumDenied => "#7a3e9d",
        _ => "#7d8593",
    };

    public static HtmlString Draw(string title, IReadOnlyList<(string Label, IReadOnlyDictionary<Outcome, int> Counts)> rows, string key)
    {
        var outcomes = rows.SelectMany(r => r.Counts.Where(c => c.Value > 0).Select(c => c.Key)).Distinct().Order().ToList();
        var max = Math.Max(1, rows.Select(r => r.Counts.Values.Sum()).DefaultIfEmpty(0).Max());
        var height = LegendHeight + (rows.Count * RowHeight) + 8;
        // The id from a key of the caller's, not the title: a title in Cyrillic has no slug.
        var id = "chart-" + key;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}\">{E(Texts.Format("{0}: the table below gives the same figures.", title))}</title>");

        // Legend.
        var x = 0;
        foreach (var outcome in outcomes)
        {
            var label = Display.Outcome(outcome);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"4\" width=\"14\" height=\"14\" fill=\"{Colour(outcome)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 19}\" y=\"16\" class=\"legend\">{E(label)}</text>");
            x += 30 + (label.Length * 7);
        }

        var y = LegendHeight;
        foreach (var (rowLabel, counts) in rows)
        {
            var total = counts.Values.Sum();
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" class=\"axis\">{E(Texts.Data(rowLabel))}</text>");
            double offset = LabelWidth;
            foreach (var outcome in outcomes)
            {
                if (!counts.TryGetValue(outcome, out var n) || n == 0)
                {
                    continue;
                }
                var w = (Width - LabelWidth - 50) * (double)n / max;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{offset:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{BarHeight}\" fill=\"{Colour(outcome)}\"><title>{E(Texts.Data(rowLabel))}: {E(Display.Outcome(outcome))}, {n}</title></rect>");
                if (w >= 18)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{offset + (w / 2):0.#}\" y=\"{y + 15}\" text-anchor=\"middle\" class=\"count\">{n}</text>");
                }
                offset += w;
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{offset + 6:0.#}\" y=\"{y + 15}\" class=\"total\">{total}</text>");
            y += RowHeight;
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
