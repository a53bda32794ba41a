using System.Globalization;
using System.Text;
using System.Xml;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Rulings;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Feeds;

/// <summary>/feeds/rulings.atom: the newest and latest-changed rulings (by when they changed), for any filter set.</summary>
public static class RulingsFeed
{
    public const int Entries = 50;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static void MapRulingsFeed(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/feeds/rulings.atom", WriteAsync).ExcludeFromDescription().RequireRateLimiting(RateLimits.PublicApi);

    private static async Task WriteAsync(HttpContext context, ReadOnlyArchiveDbContext db, CancellationToken cancellationToken)
    {
        var parsed = RulingFilter.Parse(context.Request.Query);
        if (parsed.Filter is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The filters could not be read:\n" + string.Join("\n", parsed.Errors.Select(e => "- " + e)) + "\n", Encoding.UTF8, cancellationToken);
            return;
        }
        var filter = await parsed.Filter.ResolveAsync(db, cancellationToken);
        var baseUrl = RulingExports.BaseUrl(context);
        var rulings = filter.Rulings(db)
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Take(Entries);
        var records = await RulingRecord.ReadAsync(db, rulings, baseUrl, cancellationToken);

        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("feed", Atom);
        var description = filter.Describe();
        xml.WriteElementString("title", Atom, "CaseArchive: rulings" + (description.Length > 0 ? $" ({description})" : ""));
        xml.WriteElementString("id", Atom, $"{baseUrl}/feeds/rulings.atom{filter.ToQueryString()}");
        xml.WriteElementString("updated", Atom, Timestamp(records.Count > 0 ? records.Max(r => r.UpdatedAt) : DateTimeOffset.UnixEpoch));
        Link(xml, "self", $"{baseUrl}/feeds/rulings.atom{filter.ToQueryString()}");
        Link(xml, "alternate", $"{baseUrl}/rulings{filter.ToQueryString()}");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, "CaseArchive");
        xml.WriteEndElement();
        foreach (var r in records)
        {
            xml.WriteStartElement("entry", Atom);
            xml.WriteElementString("title", Atom, $"{r.Person}: {Display.Outcome(VocabularyText.Parse<Outcome>(r.Outcome)).ToLowerInvariant()} ({r.Court}, {(r.Date is null ? "date not reported" : PartialDate.Parse(r.Date).ToDisplayString())})");
            xml.WriteElementString("id", Atom, r.Url);
            xml.WriteElementString("updated", Atom, Timestamp(r.UpdatedAt));
            Link(xml, "alternate", r.Url);
            var summary = new StringBuilder();
            summary.Append(CultureInfo.InvariantCulture, $"{r.Court}, {r.Country}.");
            if (r.Sentence is not null) { summary.Append(CultureInfo.InvariantCulture, $" {r.Sentence}."); }
            if (r.Summary is not null) { summary.Append(' ').Append(r.Summary); }
            xml.WriteElementString("summary", Atom, summary.ToString());
            foreach (var charge in r.Charges)
            {
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", charge);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
