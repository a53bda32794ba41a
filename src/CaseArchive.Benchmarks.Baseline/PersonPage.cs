using System.Globalization;
using System.Net;
using System.Text;
using CaseArchive.Core;
using Npgsql;

internal static partial class Baseline
{
    // A source the public may be shown (PublicQueries.SourceIsPublished): a title and an outlet, not deleted.
    private const string Published = @"s.deleted_at IS NULL AND btrim(s.title, E' \t\n\r') <> '' AND btrim(s.outlet, E' \t\n\r') <> ''";

    /// <summary>
    /// The person page (Persons/Details): the person and spellings, parts in cases, the sourced timeline
    /// (events, claims, rulings) with its published quotes, the persons of the same cases and articles;
    /// the page written as the app's templates write it, and the whole page redacted as the app's is on its
    /// way out (PublicRedaction: addresses and the citation carry names too).
    /// </summary>
    public static async Task PersonAsync(NpgsqlDataSource db, string slug, HttpContext context)
    {
        var token = context.RequestAborted;
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 200)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using var connection = await db.OpenConnectionAsync(token);
        NpgsqlCommand Command(string sql, params (string Name, object Value)[] parameters)
        {
            var command = new NpgsqlCommand(sql, connection);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter(name, value));
            }
            return command;
        }

        int id;
        string?[] facts;
        string[] shownUnderPseudonym;
        string displayName, visibility;
        string? pseudonym, summary;
        var names = new List<string>();
        await using (var command = Command("""
            SELECT p.id, p.display_name, p.visibility, p.pseudonym, p.summary, n.name, p.ethnicity, p.citizenship, p.gender, p.origin_country, p.place_of_origin,
                   p.facts_shown_under_pseudonym
            FROM persons p LEFT JOIN person_names n ON n.person_id = p.id
            WHERE p.deleted_at IS NULL AND p.visibility <> 'withheld' AND p.slug = @slug ORDER BY n.id
            """, ("slug", slug)))
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            if (!await reader.ReadAsync(token))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            (id, displayName, visibility) = (reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
            pseudonym = reader.IsDBNull(3) ? null : reader.GetString(3);
            summary = reader.IsDBNull(4) ? null : reader.GetString(4);
            // A pseudonymised person's facts only as marked safe to show (Person.Shows); the columns are named as the facts.
            shownUnderPseudonym = reader.GetFieldValue<string[]>(11);
            facts = [.. Enumerable.Range(6, 5).Select(i => reader.IsDBNull(i) || !(reader.GetString(2) == "public" || shownUnderPseudonym.Contains(reader.GetName(i))) ? null : reader.GetString(i))];
            do
            {
                if (!reader.IsDBNull(5))
                {
                    names.Add(reader.GetString(5));
                }
            }
            while (await reader.ReadAsync(token));
        }
        var isPublic = visibility == "public";
        var publicName = visibility == "pseudonymised" ? pseudonym! : displayName;

        // Every part in the person's cases, in the cases' order: the person's own (a row per part: one case may
        // give the person two roles), and the other persons' that are not withheld (the related persons).
        var cases = new List<(int CaseId, string Title, string Kind, string Status, string? Court, string? CourtSlug, string Role)>();
        var sameCase = new List<(string Slug, string Name, string Role)>();
        await using (var command = Command("""
            SELECT cp.person_id, k.id, k.title, k.kind, k.status, c.name, c.slug, cp.role, p.slug, CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END
            FROM case_parties cp JOIN persons p ON p.id = cp.person_id JOIN cases k ON k.id = cp.case_id LEFT JOIN courts c ON c.id = k.court_id AND c.deleted_at IS NULL
            WHERE p.deleted_at IS NULL AND k.deleted_at IS NULL AND (cp.person_id = @id OR p.visibility <> 'withheld')
              AND cp.case_id IN (SELECT cp0.case_id FROM case_parties cp0 JOIN cases k0 ON k0.id = cp0.case_id WHERE k0.deleted_at IS NULL AND cp0.person_id = @id)
            ORDER BY cp.case_id, cp.id
            """, ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                if (reader.GetInt32(0) == id)
                {
                    cases.Add((reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                        reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7)));
                }
                else
                {
                    sameCase.Add((reader.GetString(8), reader.GetString(9), reader.GetString(7)));
                }
            }
        }

        // The timeline as PersonTimeline builds it: only what a published source supports (an event, a claim or
        // a ruling with a published citation); events (one that records a ruling reads as that ruling and links
        // to it), then the rulings no event records, then the claims; in date order, the undated last.
        var events = new List<(int Id, PartialDate? Date, string Kind, string? Place, string? Description, int? RulingId)>();
        await using (var command = Command($"""
            SELECT e.id, e.date_year, e.date_month, e.date_day, e.date_inferred, e.kind, e.place, e.description, e.ruling_id FROM events e
            WHERE e.deleted_at IS NULL AND e.person_id = @id
              AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.timeline_event_id = e.id AND {Published})
            ORDER BY e.id
            """, ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                events.Add((reader.GetInt32(0), DateOf(reader, 1), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7), Int(reader, 8)));
            }
        }
        var claims = new List<(int Id, string Text)>();
        await using (var command = Command($"""
            SELECT d.id, d.kind, d.facility, d.place, d.period FROM detention_claims d
            WHERE d.deleted_at IS NULL AND d.person_id = @id
              AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.detention_claim_id = d.id AND {Published})
            ORDER BY d.id
            """, ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                claims.Add((reader.GetInt32(0), Words(reader.GetString(1)) + (reader.IsDBNull(2) ? "" : ": " + reader.GetString(2))
                    + (reader.IsDBNull(3) ? "" : ", " + reader.GetString(3)) + (reader.IsDBNull(4) ? "" : ", " + reader.GetString(4))));
            }
        }
        var rows = new List<Row>();
        var rulingDates = new Dictionary<int, PartialDate?>();
        await using (var command = Command($"""
            SELECT r.id, r.date_year, r.date_month, r.date_day, @name, @slug, c.name, c.slug, c.country, r.outcome, r.sentence_kind, r.sentence_months, r.fine_amount, r.person_id, r.key, r.date_inferred
            FROM rulings r JOIN courts c ON c.id = r.court_id
            WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND r.person_id = @id
              AND EXISTS (SELECT 1 FROM citations ci JOIN sources s ON s.id = ci.source_id WHERE ci.ruling_id = r.id AND {Published})
            ORDER BY r.id
            """, ("id", id), ("name", publicName), ("slug", slug)))
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                var row = ReadRow(reader);
                rows.Add(row);
                rulingDates[row.Id] = row.Year is int year ? PartialDate.Create(year, row.Month, row.Day, !reader.IsDBNull(15) && reader.GetBoolean(15)) : null;
            }
        }
        var quotes = new List<(int? EventId, int? ClaimId, int? RulingId, string Quote, string Title, string? Outlet, string? Url, DateOnly? Published)>();
        await using (var command = new NpgsqlCommand($"""
            SELECT c.timeline_event_id, c.detention_claim_id, c.ruling_id, c.quote, s.title, s.outlet, s.url, s.published_on
            FROM citations c JOIN sources s ON s.id = c.source_id
            WHERE {Published} AND (c.timeline_event_id = ANY(@events) OR c.detention_claim_id = ANY(@claims) OR c.ruling_id = ANY(@rulings))
            ORDER BY c.id
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter("events", PlanKeys(events.Select(e => e.Id))));
            command.Parameters.Add(new NpgsqlParameter("claims", PlanKeys(claims.Select(c => c.Id))));
            command.Parameters.Add(new NpgsqlParameter("rulings", PlanKeys(rows.Select(r => r.Id))));
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                quotes.Add((Int(reader, 0), Int(reader, 1), Int(reader, 2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7)));
            }
        }
        // Each item's quotes in the citations' order, each quote of a source once.
        List<int> Cited(Func<(int? EventId, int? ClaimId, int? RulingId), bool> match) =>
            [.. Enumerable.Range(0, quotes.Count).Where(i => match((quotes[i].EventId, quotes[i].ClaimId, quotes[i].RulingId))).DistinctBy(i => (quotes[i].Quote, quotes[i].Title))];
        var items = new List<(PartialDate? Date, string Kind, string Text, string? Link, bool IsClaim, List<int> Quotes)>();
        foreach (var e in events)
        {
            var ruling = rows.FirstOrDefault(r => r.Id == e.RulingId);
            var description = e.Description ?? Words(e.Kind);
            items.Add(ruling is not null
                ? (e.Date, e.Kind.Replace('_', ' '), $"{OutcomeWords(ruling.Outcome)}: {ruling.Court}" + (Sentence(ruling) is string sentence ? ", " + sentence.ToLowerInvariant() : ""),
                    ruling.Key, false, Cited(q => q.EventId == e.Id || q.RulingId == ruling.Id))
                : (e.Date, e.Kind.Replace('_', ' '), e.Place is null || description.Contains(e.Place, StringComparison.OrdinalIgnoreCase) ? description : $"{description} ({e.Place})",
                    null, false, Cited(q => q.EventId == e.Id)));
        }
        var rulingsOnTimeline = events.Where(e => e.RulingId is not null).Select(e => e.RulingId!.Value).ToHashSet();
        foreach (var row in rows.Where(r => !rulingsOnTimeline.Contains(r.Id)))
        {
            items.Add((rulingDates[row.Id], "ruling", $"{OutcomeWords(row.Outcome)}: {row.Court}", row.Key, false, Cited(q => q.RulingId == row.Id)));
        }
        foreach (var (claimId, text) in claims)
        {
            items.Add((null, "claim", text, null, true, Cited(q => q.ClaimId == claimId)));
        }

        // A person in the same cases once, with every role they had there; then those in the same published articles.
        var related = sameCase.GroupBy(p => (p.Slug, p.Name))
            .Select(g => (g.Key.Name, g.Key.Slug, How: Words(string.Join(", ", g.Select(p => p.Role.Replace('_', ' ')).Distinct().Order())) + " in the same case"))
            .ToList();
        var sameCaseCount = related.Count;
        await using (var command = Command($"""
            SELECT DISTINCT p.slug, CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END
            FROM citations c JOIN persons p ON p.id = c.person_id JOIN sources s ON s.id = c.source_id
            WHERE {Published} AND p.deleted_at IS NULL AND p.visibility <> 'withheld' AND c.person_id <> @id AND c.source_id IN (
                SELECT ci.source_id FROM citations ci JOIN sources s ON s.id = ci.source_id WHERE {Published} AND ci.person_id = @id
                UNION SELECT ci.source_id FROM citations ci JOIN sources s ON s.id = ci.source_id JOIN events e ON e.id = ci.timeline_event_id WHERE s.deleted_at IS NULL AND e.deleted_at IS NULL AND e.person_id = @id
                UNION SELECT ci.source_id FROM citations ci JOIN sources s ON s.id = ci.source_id JOIN detention_claims d ON d.id = ci.detention_claim_id WHERE s.deleted_at IS NULL AND d.deleted_at IS NULL AND d.person_id = @id
                UNION SELECT ci.source_id FROM citations ci JOIN sources s ON s.id = ci.source_id JOIN rulings r ON r.id = ci.ruling_id WHERE s.deleted_at IS NULL AND r.deleted_at IS NULL AND r.person_id = @id)
            """, ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                if (related.All(r => r.Slug != reader.GetString(0)))
                {
                    related.Add((reader.GetString(1), reader.GetString(0), "Reported in the same article"));
                }
            }
        }

        // A public person's name in the page's script (English: Latin) where the archive has that spelling.
        var name = isPublic ? InLatin(displayName, names) : publicName;
        var otherNames = isPublic ? names.Prepend(displayName).Where(n => n != name).Distinct().ToList() : [];
        var address = $"{context.Request.Scheme}://{context.Request.Host}/persons/{slug}";
        var timelineJson = address + "/timeline.json";
        var embed = "https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=" + Uri.EscapeDataString(timelineJson) + "&font=Default&lang=en&initial_zoom=2&height=650";

        var html = new StringBuilder(24 * 1024);
        Header(html, name, context.Request, noIndex: true);
        html.Append("        <p class=\"source\"><a href=\"/persons\">Persons</a></p>\n<h1").Append(LangAttribute(name)).Append('>').Append(Enc(name)).Append("</h1>\n");
        if (visibility == "pseudonymised")
        {
            html.Append("    <p class=\"lede\">This is a pseudonym: the archive does not publish this person&#x27;s name.</p>\n");
        }
        else if (otherNames.Count > 0)
        {
            html.Append("    <p class=\"lede\">Also spelled: ").AppendJoin(", ", otherNames.Select(Mark)).Append("</p>\n");
        }
        if (summary is not null && (isPublic || shownUnderPseudonym.Contains("summary")))
        {
            html.Append("    <p").Append(LangAttribute(summary)).Append('>').Append(Enc(summary)).Append("</p>\n");
        }
        html.Append("\n<dl class=\"facts\">\n");
        string[] factLabels = ["Ethnicity", "Citizenship", "Gender", "Fled from"];
        for (var i = 0; i < 4; i++)
        {
            if (facts[i] is { } fact)
            {
                html.Append(" <dt>").Append(factLabels[i]).Append("</dt><dd>").Append(Enc(i == 2 ? Words(fact) : fact)).Append(i == 3 && facts[4] is { } place ? Enc($" ({place})") : "").Append("</dd> ");
            }
        }
        var roles = cases.Select(c => c.Role.Replace('_', ' ')).Distinct().Order().ToList();
        if (roles.Count > 0)
        {
            html.Append(" <dt>In the courts as</dt><dd>").Append(Enc(string.Join(", ", roles))).Append("</dd> ");
        }
        html.Append("</dl>\n\n<h2 id=\"timeline\">Timeline</h2>\n<section class=\"embed\" aria-labelledby=\"embed-heading\">\n    <h3 id=\"embed-heading\">Embed this timeline</h3>\n")
            .Append("    <p class=\"source\">Paste this into a web page to show the timeline with Knight Lab&#x27;s TimelineJS, from <a href=\"/persons/").Append(Enc(slug))
            .Append("/timeline.json\">timeline.json</a> (any site may read it; undated steps are listed on its first slide).</p>\n    <pre class=\"copyable\" id=\"embed-snippet\">")
            .Append(Enc($"<iframe src=\"{WebUtility.HtmlEncode(embed)}\" width=\"100%\" height=\"650\" webkitallowfullscreen mozallowfullscreen allowfullscreen frameborder=\"0\"></iframe>"))
            .Append("</pre>\n    <button type=\"button\" class=\"copy\" data-copy=\"embed-snippet\" hidden>Copy the embed code</button>\n    <figure class=\"embed-preview\" data-timeline=\"/persons/")
            .Append(Enc(slug)).Append("/timeline.json\" tabindex=\"0\" hidden>\n        <figcaption>Preview: the slides the embedded timeline shows</figcaption>\n        <ol class=\"plain\"></ol>\n    </figure>\n")
            .Append("    <p><a href=\"").Append(Enc(embed)).Append("\" target=\"_blank\" rel=\"noopener\">Preview the embedded timeline</a> (opens Knight Lab&#x27;s viewer).</p>\n</section>\n");
        if (items.Count == 0)
        {
            html.Append("    <p class=\"empty\">No dated steps are recorded for this person yet.</p>\n");
        }
        else
        {
            html.Append("    <ol class=\"timeline\">\n");
            foreach (var item in items.OrderBy(i => i.Date is null ? 1 : 0).ThenBy(i => i.Date))
            {
                html.Append("            <li>\n                <span class=\"when\">").Append(item.Date is { } date ? Date(date.Year, date.Month, date.Day) : "Date not reported").Append("</span>");
                if (item.Date?.Inferred == true)
                {
                    html.Append(" <span class=\"inferred\"> (year resolved from the article&#x27;s date)</span> ");
                }
                html.Append("                <span class=\"kind\">").Append(Enc(item.Kind)).Append("</span>\n                <div>\n");
                if (item.Link is not null)
                {
                    html.Append(" <a href=\"/rulings/").Append(item.Link).Append('"').Append(LangAttribute(item.Text)).Append('>').Append(Enc(item.Text)).Append("</a> ");
                }
                else
                {
                    html.Append(Mark(item.Text));
                }
                if (item.IsClaim)
                {
                    html.Append(" <span class=\"claim\">— as reported by the person, not a court finding</span> ");
                }
                html.Append("                </div>\n");
                foreach (var quote in item.Quotes.Select(i => quotes[i]))
                {
                    html.Append("    <blockquote").Append(LangAttribute(quote.Quote)).Append(">“").Append(Enc(quote.Quote)).Append("”</blockquote>\n    <p class=\"source\">\n");
                    if (PublicAddress.IsSafe(quote.Url))
                    {
                        html.Append("            <a href=\"").Append(Enc(quote.Url!)).Append("\" rel=\"noopener\"").Append(LangAttribute(quote.Title)).Append('>').Append(Enc(quote.Title)).Append("</a>\n");
                    }
                    else
                    {
                        html.Append(Mark(quote.Title));
                    }
                    if (quote.Outlet is not null)
                    {
                        html.Append(" · ").Append(Enc(quote.Outlet));
                    }
                    if (quote.Published is DateOnly published)
                    {
                        html.Append(" · ").Append(published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
                    }
                    html.Append("    </p>\n");
                }
                html.Append("            </li>\n");
            }
            html.Append("    </ol>\n");
        }
        html.Append('\n');
        if (rows.Count > 0)
        {
            html.Append("    <h2>Rulings</h2>\n");
            // The table: the same rulings, newest first.
            Table(html, [.. rows.OrderBy(r => r.Year is null ? 1 : 0).ThenByDescending(r => r.Year).ThenByDescending(r => r.Month).ThenByDescending(r => r.Day).ThenByDescending(r => r.Id)], []);
        }
        // The sections are separated as the page's template separates them, whether or not each is shown.
        html.Append('\n');
        if (cases.Count > 0)
        {
            html.Append("    <h2>Cases</h2>\n    <ul class=\"plain\">\n");
            // A line per case, with every role the person had in it.
            foreach (var parts in cases.GroupBy(c => c.CaseId))
            {
                var c = parts.First();
                html.Append("            <li>").Append(Mark(c.Title)).Append(" <span class=\"source\">(").Append(Enc(c.Kind.Replace('_', ' '))).Append(", ").Append(Enc(c.Status.Replace('_', ' ')));
                if (c.Court is not null)
                {
                    html.Append(", <a href=\"/courts/").Append(Enc(c.CourtSlug ?? "")).Append('"').Append(LangAttribute(c.Court)).Append('>').Append(Enc(c.Court)).Append("</a>");
                }
                html.Append("; as ").Append(Enc(string.Join(", ", parts.Select(p => p.Role.Replace('_', ' ')).Order()))).Append(")</span></li>\n");
            }
            html.Append("    </ul>\n");
        }
        html.Append('\n');
        if (related.Count > 0)
        {
            html.Append("    <h2>Related persons</h2>\n    <ul class=\"plain\">\n");
            // Persons in the same cases first, then those in the same articles; each by name.
            foreach (var r in related.Select((r, i) => (r, SameCase: i < sameCaseCount)).OrderBy(x => x.SameCase ? 0 : 1).ThenBy(x => x.r.Name).Select(x => x.r).Take(30))
            {
                html.Append("            <li><a href=\"/persons/").Append(Enc(r.Slug)).Append('"').Append(LangAttribute(r.Name)).Append('>').Append(Enc(r.Name))
                    .Append("</a> <span class=\"source\">— ").Append(Enc(r.How)).Append("</span></li>\n");
            }
            html.Append("    </ul>\n");
        }
        html.Append('\n');
        Cite(html, slug, $"{publicName}: a person's record of court cases", address);
        html.Append("<script src=\"/js/copy.js?v=").Append(AssetVersion).Append("\" defer></script>\n<script src=\"/js/embed-preview.js?v=").Append(AssetVersion).Append("\" defer></script>\n\n");
        Footer(html);
        var page = await new HiddenNamesRedaction(connection).RedactAsync(html.ToString(), token);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page, token);
    }

    private static PartialDate? DateOf(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : PartialDate.Create(reader.GetInt32(ordinal), Int(reader, ordinal + 1), Int(reader, ordinal + 2), !reader.IsDBNull(ordinal + 3) && reader.GetBoolean(ordinal + 3));

    /// <summary>The name, or its first Latin spelling when it is not in Latin letters (Scripts.InReadersScript on an English page).</summary>
    private static string InLatin(string name, List<string> spellings)
    {
        if (LanguageOf(name) is "en" or null)
        {
            return name;
        }
        var candidates = spellings.Where(s => LanguageOf(s) is "en" or null).ToList();
        return candidates.FirstOrDefault(s => LanguageOf(s) == "en") ?? candidates.FirstOrDefault() ?? name;
    }

    /// <summary>The "Cite this" block (_CiteThis with CiteThis): the line, BibTeX, the downloads and the permanent address.</summary>
    private static void Cite(StringBuilder html, string id, string title, string url)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var accessed = today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var key = new string([.. id.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        var bibUrl = new string([.. url.Where(c => c is not ('{' or '}' or '\\') && !char.IsWhiteSpace(c))]);
        var bibTex = $"@misc{{casearchive-{key},\n  title = {{{{{BibEscape(title)}}}}},\n  author = {{{{CaseArchive}}}},\n  howpublished = {{\\url{{{bibUrl}}}}},\n  url = {{{bibUrl}}},\n  urldate = {{{day}}},\n  note = {{Accessed {day}}}\n}}\n";
        html.Append("<section class=\"cite\" aria-labelledby=\"cite-heading\">\n    <h2 id=\"cite-heading\">Cite this</h2>\n    <p id=\"cite-line\" class=\"copyable\">")
            .Append(Enc($"{title}. CaseArchive, {url} (accessed {accessed}).")).Append("</p>\n")
            .Append("    <button type=\"button\" class=\"copy\" data-copy=\"cite-line\" hidden>Copy the citation</button>\n    <h3>BibTeX</h3>\n    <pre id=\"cite-bibtex\" class=\"copyable\">")
            .Append(Enc(bibTex)).Append("</pre>\n    <button type=\"button\" class=\"copy\" data-copy=\"cite-bibtex\" hidden>Copy the BibTeX</button>\n    <p>Download:\n")
            .Append("            <a href=\"?cite=bibtex\" download>BibTeX</a> ·             <a href=\"?cite=ris\" download>RIS</a> ·             <a href=\"?cite=csl-json\" download>CSL-JSON</a>    </p>\n")
            .Append("    <p class=\"source\">Permanent address: <a href=\"").Append(Enc(url)).Append("\">").Append(Enc(url)).Append("</a></p>\n")
            .Append("    <p class=\"copy-status\" role=\"status\" aria-live=\"polite\" data-copied=\"Copied.\" data-failed=\"Could not copy: select the text and copy it.\"></p>\n</section>\n\n");
    }

    /// <summary>TeX's special characters as commands (CiteThis.BibEscape).</summary>
    private static string BibEscape(string text)
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
}
