using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CaseArchive.Core;
using CaseArchive.Domain.Privacy;
using Npgsql;
using NpgsqlTypes;

// The baseline scripts/bench compares the archive with: /rulings?q=&outcome=&country= and
// /persons/{slug} (PersonPage.cs) doing the archive's work for those pages (the same statements, in the
// same order, against the same database) with NpgsqlDataSource, hand-written SQL and HTML written by hand;
// /plaintext is the web server's ceiling.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Archive")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Archive.");
// The archive's settings for public reads (ArchiveSetup.PublicReadConnectionString): no reset on
// close, statements prepared on the server after their fifth use, no parallel workers, at most
// twice the cores' connections (at least 4).
var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
{
    NoResetOnClose = true,
    MaxAutoPrepare = 64,
    Options = "-c max_parallel_workers_per_gather=0",
    MaxPoolSize = Math.Max(4, 2 * Environment.ProcessorCount),
}.ConnectionString);
var app = builder.Build();

app.MapGet("/plaintext", () => Results.Text("Hello, World!"));
app.MapGet("/rulings", (HttpContext context) => Baseline.SearchAsync(dataSource, context));
app.MapGet("/persons/{slug}", (string slug, HttpContext context) => Baseline.PersonAsync(dataSource, slug, context));
app.Run();

internal static partial class Baseline
{
    private const int PageSize = 50;
    private const int Limit = 10_000;

    /// <summary>
    /// A key list padded with zeros to 16 keys, as the archive pads it (PlanKeys): more than the 10 a
    /// generic plan assumes, so that PostgreSQL keeps the statement's generic plan instead of planning
    /// it anew for every short list.
    /// </summary>
    private static int[] PlanKeys(IEnumerable<int> keys)
    {
        var list = keys.ToList();
        var padded = new int[Math.Max(list.Count, 16)];
        list.CopyTo(padded);
        return padded;
    }

    private static readonly string[] Outcomes = ["not_deported", "deported", "extradition_refused", "extradited", "asylum_granted", "asylum_denied", "unknown"];
    private static readonly string[] Verdicts = ["convicted", "acquitted", "dismissed"];
    private static readonly string[] ClaimKinds = ["detained", "threatened", "relative_detained", "worked_in_facility", "persecution"];

    private sealed record Row(int Id, int? Year, int? Month, int? Day, string Person, string Slug, string Court, string CourtSlug, string Country, string Outcome, string? SentenceKind, int? Months, string? Fine, int PersonId, string Key);

    /// <summary>The search page's statements: the count, a page of rows, which spelling matched, and the facets.</summary>
    public static async Task SearchAsync(NpgsqlDataSource db, HttpContext context)
    {
        var query = context.Request.Query;
        var q = query["q"].ToString().Trim();
        var folded = NameFolding.Fold(q);
        var outcomes = query["outcome"].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();
        var countries = query["country"].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!.ToLowerInvariant()).ToArray();
        await using var connection = await db.OpenConnectionAsync(context.RequestAborted);

        NpgsqlCommand Command(string sql)
        {
            var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter("outcomes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = outcomes });
            command.Parameters.Add(new NpgsqlParameter("countries", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = countries });
            return command;
        }
        string Filtered(string? except = null)
        {
            var where = new StringBuilder("r.deleted_at IS NULL AND p.visibility <> 'withheld'");
            if (outcomes.Length > 0 && except != "outcome")
            {
                where.Append(" AND r.outcome = ANY(@outcomes)");
            }
            if (countries.Length > 0 && except != "country")
            {
                where.Append(" AND lower(c.country) = ANY(@countries)");
            }
            return $"FROM rulings r JOIN persons p ON p.id = r.person_id JOIN courts c ON c.id = r.court_id WHERE {where}";
        }

        // A text search: the facts of its first 10,001 matches in one statement, the rest in memory;
        // beyond 10,000 matches, the first 10,000 found stand for them (the page says so). Below: the
        // list without a text query, each statement filtering in SQL.
        if (q.Length > 0)
        {
            var persons = await PersonsFoundAsync(connection, q, context.RequestAborted);
            var facts = await FactsAsync(connection, q, folded, context.RequestAborted);
            var sampled = facts.Count > Limit;
            await SearchInMemoryAsync(connection, context, q, outcomes, countries, sampled ? facts[..Limit] : facts, sampled, persons);
            return;
        }

        // The count: exact up to the limit, else the planner's estimate.
        long count;
        bool estimate = false;
        await using (var command = Command($"SELECT count(*) FROM (SELECT 1 {Filtered()} LIMIT {Limit + 1}) s"))
        {
            count = (long)(await command.ExecuteScalarAsync(context.RequestAborted))!;
        }
        if (count > Limit)
        {
            await using var command = Command($"EXPLAIN (FORMAT JSON) SELECT r.id {Filtered()}");
            using var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync(context.RequestAborted))!);
            count = Math.Max(count, (long)plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble());
            estimate = true;
        }

        // The page: keys in order, then the rows.
        var ids = new List<int>();
        await using (var command = Command($"SELECT r.id, r.date_key {Filtered()} ORDER BY r.date_key IS NULL, r.date_key DESC, r.id DESC LIMIT {PageSize + 1}"))
        await using (var reader = await command.ExecuteReaderAsync(context.RequestAborted))
        {
            while (await reader.ReadAsync(context.RequestAborted))
            {
                ids.Add(reader.GetInt32(0));
            }
        }
        var hasNext = ids.Count > PageSize;
        ids = [.. ids.Take(PageSize)];
        var (ordered, matched) = await RowsAsync(connection, q, ids, context.RequestAborted);

        // The facets, each over at most 10,000 rulings, leaving its own filter out.
        var facets = new List<(string Name, List<(string Value, long Count)> Values)>();
        async Task Facet(string name, string select, string? except, string? where = null, string groupBy = "1", string order = "")
        {
            var values = new List<(string, long)>();
            await using var command = Command($"SELECT {select}, count(*) FROM (SELECT r.*, c.name AS court_name, c.slug AS court_slug, c.country, p.public_origin_country AS origin_country, p.public_ethnicity AS ethnicity {Filtered(except)} LIMIT {Limit}) s {(where is null ? "" : "WHERE " + where)} GROUP BY {groupBy} {order}");
            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            while (await reader.ReadAsync(context.RequestAborted))
            {
                values.Add((reader.GetString(0), reader.GetInt64(reader.FieldCount - 1)));
            }
            facets.Add((name, values));
        }
        await Facet("outcome", "outcome", "outcome");
        await Facet("verdict", "verdict", null, "verdict IS NOT NULL");
        await Facet("court", "court_name, court_slug", null, null, "1, 2", "ORDER BY 3 DESC, 1 LIMIT 100");
        await Facet("country", "country", "country", null, "1", "ORDER BY 2 DESC, 1 LIMIT 100");
        await Facet("origin", "origin_country", null, "origin_country IS NOT NULL", "1", "ORDER BY 2 DESC, 1 LIMIT 100");
        await Facet("charge", "unnest(charges)", null, null, "1", "ORDER BY 2 DESC, 1 LIMIT 100");
        await Facet("ethnicity", "ethnicity", null, "ethnicity IS NOT NULL", "1", "ORDER BY 2 DESC, 1 LIMIT 100");
        var claims = new List<(string, long)>();
        foreach (var kind in ClaimKinds)
        {
            await using var command = Command($"SELECT count(*) FROM (SELECT r.person_id {Filtered()} LIMIT {Limit}) s WHERE EXISTS (SELECT 1 FROM detention_claims d WHERE d.person_id = s.person_id AND d.deleted_at IS NULL AND d.kind = '{kind}')");
            claims.Add((kind, (long)(await command.ExecuteScalarAsync(context.RequestAborted))!));
        }
        facets.Add(("claim", claims));

        var html = new StringBuilder(32 * 1024);
        Header(html, "Rulings", context.Request);
        Filters(html, q, facets);
        html.Append("</form><h2 id=\"result-count\">").Append(estimate ? "About " : "").Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(" rulings</h2>");
        Table(html, ordered, matched);
        if (hasNext)
        {
            html.Append("<a rel=\"next\" href=\"/rulings?after=").Append(ordered[^1].Id).Append("\">Older rulings</a>");
        }
        Footer(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        // The whole page redacted once, as the archive's middleware redacts every public answer.
        await context.Response.WriteAsync(await new HiddenNamesRedaction(connection).RedactAsync(html.ToString(), context.RequestAborted), context.RequestAborted);
    }

    /// <summary>
    /// The page's rows in order, and which spelling the query met for public persons: for a text search, one
    /// statement, the rows joined to their persons' spellings (a row per spelling, a pseudonymised person's
    /// left null), as the app reads them.
    /// </summary>
    private static async Task<(List<Row> Rows, Dictionary<int, string> Matched)> RowsAsync(NpgsqlConnection connection, string q, IReadOnlyList<int> pageIds, CancellationToken token)
    {
        var ids = pageIds.ToArray();
        var spelled = q.Length > 0;
        var rows = new Dictionary<int, (Row Row, List<string> Spellings)>();
        await using (var command = new NpgsqlCommand($"""
            SELECT r.id, r.date_year, r.date_month, r.date_day,
                   CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END, p.slug,
                   c.name, c.slug, c.country, r.outcome, r.sentence_kind, r.sentence_months, r.fine_amount, r.person_id, r.key
                   {(spelled ? ", CASE WHEN p.visibility = 'public' THEN n.name END" : "")}
            FROM rulings r JOIN persons p ON p.id = r.person_id JOIN courts c ON c.id = r.court_id
                 {(spelled ? "LEFT JOIN person_names n ON n.person_id = r.person_id" : "")}
            WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.visibility <> 'withheld' AND r.id = ANY(@ids)
                AND EXISTS (SELECT 1 FROM citations ci JOIN sources s ON s.id = ci.source_id
                            WHERE ci.ruling_id = r.id AND s.deleted_at IS NULL AND btrim(s.title, E' \t\n\r') <> '' AND s.outlet IS NOT NULL AND btrim(s.outlet, E' \t\n\r') <> '')
            {(spelled ? "ORDER BY n.id" : "")}
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = PlanKeys(ids) });
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                var row = ReadRow(reader);
                if (!rows.TryGetValue(row.Id, out var found))
                {
                    rows[row.Id] = found = (row, []);
                }
                if (spelled && !reader.IsDBNull(15))
                {
                    found.Spellings.Add(reader.GetString(15));
                }
            }
        }
        var ordered = ids.Where(rows.ContainsKey).Select(id => rows[id].Row).ToList();

        var matched = new Dictionary<int, string>();
        var seen = new HashSet<int>();
        foreach (var (row, spellings) in rows.Values)
        {
            if (spellings.Count > 0 && seen.Add(row.PersonId) && MatchedSpelling(q, row.Person, spellings) is { } spelling)
            {
                matched[row.PersonId] = spelling;
            }
        }

        return (ordered, matched);
    }

    /// <summary>The search box and the facets as selects.</summary>
    private static void Filters(StringBuilder html, string q, List<(string Name, List<(string Value, long Count)> Values)> facets)
    {
        html.Append("<form class=\"filters\" method=\"get\" action=\"/rulings\"><input name=\"q\" type=\"search\" value=\"").Append(Enc(q)).Append("\" />");
        foreach (var (name, values) in facets)
        {
            html.Append("<label>").Append(name).Append("</label><select name=\"").Append(name).Append("\"><option value=\"\">Any</option>");
            var all = name switch { "outcome" => Outcomes, "verdict" => Verdicts, _ => null };
            foreach (var (value, n) in all is null ? values : all.Select(v => (v, values.FirstOrDefault(x => x.Value == v).Count)))
            {
                html.Append("<option value=\"").Append(Enc(value)).Append("\">").Append(Enc(Words(value))).Append(" (").Append(n.ToString("N0", CultureInfo.InvariantCulture)).Append(")</option>");
            }
            html.Append("</select>");
        }
    }

    private sealed record Facts(int Id, DateOnly? DateKey, float Rank, string Outcome, string? Verdict, string CourtSlug, string CourtName, string Country,
        string? Origin, string? Ethnicity, string[] Charges, string[] Claims);

    /// <summary>The matches' facts (ruling_search_facts) by full text, or by trigrams when the words match nothing: at most 10,001.</summary>
    private static async Task<List<Facts>> FactsAsync(NpgsqlConnection connection, string q, string folded, CancellationToken token)
    {
        const string Query = "(websearch_to_tsquery('simple', @q) || websearch_to_tsquery('simple', @folded))";
        async Task<List<Facts>> Read(string rank, string from, string where)
        {
            var facts = new List<Facts>();
            await using var command = new NpgsqlCommand($"""
                SELECT f.ruling_id, f.date_key, {rank}, f.outcome, f.verdict, c.slug, c.name, c.country, f.origin_country, f.ethnicity, f.charges, f.claim_kinds
                FROM ruling_search_facts f {from} JOIN courts c ON c.id = f.court_id
                WHERE f.is_public AND {where}
                LIMIT {Limit + 1}
                """, connection);
            command.Parameters.Add(new NpgsqlParameter("q", q));
            command.Parameters.Add(new NpgsqlParameter("folded", folded));
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                facts.Add(new Facts(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1), reader.GetFloat(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetFieldValue<string[]>(10),
                    reader.GetFieldValue<string[]>(11)));
            }
            return facts;
        }
        var found = await Read($"ts_rank(f.search_vector, {Query})", "", $"f.search_vector @@ {Query}");
        if (found.Count == 0 && folded.Length >= 4)
        {
            found = await Read("0::real", "", """
                f.ruling_id IN (SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id WHERE p0.visibility = 'public' AND @folded <% p0.folded_name
                    UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id JOIN person_names n ON n.person_id = p0.id WHERE p0.visibility = 'public' AND @folded <% n.folded_name
                    UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id WHERE p0.visibility = 'pseudonymised' AND @folded <% lower(p0.pseudonym))
                """);
        }
        return found;
    }

    /// <summary>The count, the facets (each leaving its own filter out) and the page, best match first, from the facts; then the page's rows and spellings.</summary>
    private static async Task SearchInMemoryAsync(NpgsqlConnection connection, HttpContext context, string q, string[] outcomes, string[] countries, List<Facts> facts, bool sampled,
        List<PersonFound> persons)
    {
        var token = context.RequestAborted;
        IEnumerable<Facts> Filtered(string? except = null) => facts.Where(f =>
            (outcomes.Length == 0 || except == "outcome" || outcomes.Contains(f.Outcome))
            && (countries.Length == 0 || except == "country" || countries.Contains(f.Country.ToLowerInvariant())));
        var kept = Filtered().ToList();
        var page = kept.OrderByDescending(f => f.Rank).ThenByDescending(f => f.Id).Take(PageSize + 1).ToList();
        var hasNext = page.Count > PageSize;
        int[] ids = [.. page.Take(PageSize).Select(f => f.Id)];
        static List<(string, long)> Top(IEnumerable<string> values) =>
            [.. values.GroupBy(v => v).Select(g => (g.Key, (long)g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).Take(100)];
        var courts = Filtered("court").GroupBy(f => f.CourtSlug).Select(g => (Slug: g.Key, Name: g.First().CourtName, Count: (long)g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(100).ToList();
        var facets = new List<(string Name, List<(string Value, long Count)> Values)>
        {
            ("outcome", Top(Filtered("outcome").Select(f => f.Outcome))),
            ("verdict", Top(Filtered("verdict").Where(f => f.Verdict is not null).Select(f => f.Verdict!))),
            // A court by its slug, labelled with its name, most counted first and then by name, as the archive's facet.
            ("court", [.. courts.Select(c => (c.Slug, c.Count))]),
            ("country", Top(Filtered("country").Select(f => f.Country))),
            ("origin", Top(Filtered("origin").Where(f => f.Origin is not null).Select(f => f.Origin!))),
            ("charge", Top(Filtered("charge").SelectMany(f => f.Charges))),
            ("ethnicity", Top(Filtered("ethnicity").Where(f => f.Ethnicity is not null).Select(f => f.Ethnicity!))),
            ("claim", [.. ClaimKinds.Select(kind => (kind, (long)Filtered("claim").Count(f => f.Claims.Contains(kind))))]),
        };
        var (rows, matched) = await RowsAsync(connection, q, ids, token);
        // One redaction for the passages and the page: the hidden names read once a request, as the app does.
        var redaction = new HiddenNamesRedaction(connection);
        var snippets = await SnippetsAsync(redaction, connection, [.. rows.Select(r => r.Id)], q, token);
        var html = new StringBuilder(32 * 1024);
        Header(html, "Rulings", context.Request);
        SearchForm(html, q, facets, courts.ToDictionary(c => c.Slug, c => c.Name), outcomes, countries);
        var described = "matching “" + q + "”" + (outcomes.Length > 0 ? ", outcome " + string.Join(" or ", outcomes.Select(o => o.Replace('_', ' '))) : "")
            + (countries.Length > 0 ? ", in " + string.Join(" or ", context.Request.Query["country"].Select(c => "“" + c + "”")) : "");
        html.Append("\n        <section class=\"results\" aria-labelledby=\"result-count\">\n");
        if (persons.Count > 0)
        {
            html.Append("                <h2 id=\"persons-found\">Persons</h2>\n                <ul class=\"plain persons-found\" aria-labelledby=\"persons-found\">\n");
            foreach (var person in persons)
            {
                html.Append("                        <li><a href=\"/persons/").Append(Enc(person.Slug)).Append('"').Append(LangAttribute(person.Name)).Append('>').Append(Enc(person.Name)).Append("</a>");
                if (person.Matched is not null)
                {
                    html.Append(" <span class=\"matched\"> matched as “").Append(Mark(person.Matched)).Append("”</span> ");
                }
                html.Append(" <span class=\"source\">— ").Append(person.Rulings.ToString("N0", CultureInfo.InvariantCulture)).Append(person.Rulings == 1 ? " ruling" : " rulings").Append("</span></li>\n");
            }
            html.Append("                </ul>\n");
        }
        html.Append("            <h2 id=\"result-count\" class=\"result-count\">\n                ")
            .Append(kept.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(kept.Count == 1 ? " ruling" : " rulings").Append(sampled ? " among the first 10,000 matches" : "").Append(" <span class=\"source\"> ").Append(Enc(described)).Append("</span>             </h2>\n");
        if (sampled)
        {
            html.Append("                <p class=\"source\">These words match more than 10,000 rulings: the number, the list and the counts beside the filters cover the first 10,000 of them found, not all, and the filters choose among those. Add words (a second name, a court, a place) to search every match.</p>\n");
        }
        Table(html, rows, matched, snippets);
        if (hasNext)
        {
            html.Append("                    <p class=\"pager\"><a href=\"/rulings").Append(Enc(context.Request.QueryString.Value ?? "")).Append("&amp;after=r").Append(page[PageSize - 1].Rank.ToString("R", CultureInfo.InvariantCulture)).Append('.').Append(page[PageSize - 1].Id).Append("\" rel=\"next\">Older rulings</a></p>\n");
        }
        Exports(html, context.Request.QueryString.Value ?? "");
        Footer(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        // The whole page redacted once, as the archive's middleware redacts every public answer.
        await context.Response.WriteAsync(await redaction.RedactAsync(html.ToString(), token), token);
    }

    private sealed record PersonFound(string Slug, string Name, string? Matched, int Rulings);

    /// <summary>
    /// The persons above a text search's rulings, as the archive's PersonSearch finds them: those bearing every
    /// folded word of the query as a whole word of a public name, a spelling or a pseudonym (the words indexes)
    /// when there are any, else those like it by trigrams; the whole name first, then most rulings; ten.
    /// </summary>
    private static async Task<List<PersonFound>> PersonsFoundAsync(NpgsqlConnection connection, string q, CancellationToken token)
    {
        var folded = NameFolding.Fold(q);
        var lower = q.Trim().ToLowerInvariant();
        const string Visible = "p0.deleted_at IS NULL AND p0.visibility <> 'withheld'";
        string Matching(bool words) => folded.Length < 4
            ? $"""
                SELECT p0.id FROM persons p0 WHERE {Visible} AND p0.visibility = 'public' AND (p0.folded_name LIKE @start OR p0.folded_name LIKE @inWord
                    OR EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p0.id AND (n.folded_name LIKE @start OR n.folded_name LIKE @inWord)))
                UNION SELECT p0.id FROM persons p0 WHERE {Visible} AND p0.visibility = 'pseudonymised' AND lower(p0.pseudonym) LIKE @lowerStart
                """
            : words
            ? $"""
                SELECT p0.id FROM persons p0 WHERE {Visible} AND p0.visibility = 'public' AND to_tsvector('simple', p0.folded_name) @@ plainto_tsquery('simple', @folded)
                UNION SELECT n.person_id FROM person_names n JOIN persons p0 ON p0.id = n.person_id WHERE {Visible} AND p0.visibility = 'public' AND to_tsvector('simple', n.folded_name) @@ plainto_tsquery('simple', @folded)
                UNION SELECT p0.id FROM persons p0 WHERE {Visible} AND p0.visibility = 'pseudonymised' AND (to_tsvector('simple', lower(p0.pseudonym)) @@ plainto_tsquery('simple', @lower) OR lower(p0.pseudonym) LIKE @lowerStart)
                """
            : $"""
                SELECT p0.id FROM persons p0 WHERE {Visible} AND p0.visibility = 'public' AND @folded <% p0.folded_name
                UNION SELECT n.person_id FROM person_names n JOIN persons p0 ON p0.id = n.person_id WHERE {Visible} AND p0.visibility = 'public' AND @folded <% n.folded_name
                UNION SELECT p0.id FROM persons p0 WHERE {Visible} AND p0.visibility = 'pseudonymised' AND (@lower <% lower(p0.pseudonym) OR lower(p0.pseudonym) LIKE @lowerStart)
                """;
        NpgsqlCommand Command(string sql)
        {
            var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter("folded", folded));
            command.Parameters.Add(new NpgsqlParameter("lower", lower));
            command.Parameters.Add(new NpgsqlParameter("lowerStart", lower + "%"));
            command.Parameters.Add(new NpgsqlParameter("start", folded + "%"));
            command.Parameters.Add(new NpgsqlParameter("inWord", "% " + folded + "%"));
            return command;
        }
        if (folded.Length == 0)
        {
            return [];
        }
        // The words first; trigrams only when the words' answer is empty (as the archive's PersonSearch.FindAsync).
        var found = await Read(words: true);
        if (found.Count == 0 && folded.Length >= 4)
        {
            found = await Read(words: false);
        }
        return [.. found.Select(p => new PersonFound(p.Slug, p.Name, MatchedSpelling(q, p.Name, p.Names), p.Rulings))];

        async Task<List<(string Slug, string Name, bool Public, int Rulings, List<string> Names)>> Read(bool words)
        {
            var rows = new List<(string Slug, string Name, bool Public, int Rulings, List<string> Names)>();
            await using (var command = Command($"""
                SELECT t.slug, t.name, t.public, t.rulings, n.name
                FROM (SELECT p.id, p.slug, CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END AS name, p.visibility = 'public' AS public,
                             CASE WHEN p.visibility = 'public' THEN p.folded_name = @folded OR EXISTS (SELECT 1 FROM person_names w WHERE w.person_id = p.id AND w.folded_name = @folded)
                                  ELSE lower(p.pseudonym) = @lower END AS whole,
                             c.rulings
                      FROM persons p JOIN person_ruling_counts c ON c.person_id = p.id
                      WHERE p.deleted_at IS NULL AND p.visibility <> 'withheld' AND p.id IN ({Matching(words)})
                      ORDER BY whole DESC, rulings DESC, name LIMIT 10) t
                LEFT JOIN person_names n ON n.person_id = t.id AND t.public
                ORDER BY t.whole DESC, t.rulings DESC, t.name, t.id, n.id
                """))
            await using (var reader = await command.ExecuteReaderAsync(token))
            {
                while (await reader.ReadAsync(token))
                {
                    var slug = reader.GetString(0);
                    if (rows.Count == 0 || rows[^1].Slug != slug)
                    {
                        rows.Add((slug, reader.GetString(1), reader.GetBoolean(2), reader.GetInt32(3), []));
                    }
                    if (!reader.IsDBNull(4))
                    {
                        rows[^1].Names.Add(reader.GetString(4));
                    }
                }
            }
            return rows;
        }
    }

    /// <summary>A passage of a ruling's text with the searched words marked, a run of them (a full name) in one mark, as the archive's Snippet.</summary>
    private sealed record Snippet(List<(string Text, bool Matched)> Parts)
    {
        public string Text => string.Concat(Parts.Select(p => p.Text));

        public string Html()
        {
            var html = new StringBuilder();
            for (var i = 0; i < Parts.Count; i++)
            {
                if (!Parts[i].Matched)
                {
                    html.Append(Enc(Parts[i].Text));
                    continue;
                }
                var run = new StringBuilder(Parts[i].Text);
                while (i + 2 < Parts.Count && Parts[i + 2].Matched && !Parts[i + 1].Matched && Parts[i + 1].Text.Length is 1 or 2 && Parts[i + 1].Text.All(c => c is ' ' or '-'))
                {
                    run.Append(Parts[i + 1].Text).Append(Parts[i + 2].Text);
                    i += 2;
                }
                html.Append("<mark>").Append(Enc(run.ToString())).Append("</mark>");
            }
            return html.ToString();
        }
    }

    /// <summary>
    /// The passages under a text search's rows, as the archive's RulingSnippets finds them: the pieces of each
    /// ruling's document text in one statement, each text redacted (hidden names out, a public full name
    /// spared), then the piece with most searched words, 24 words from 8 before the first.
    /// </summary>
    private static async Task<Dictionary<int, (string Text, string Html)>> SnippetsAsync(HiddenNamesRedaction redaction, NpgsqlConnection connection, int[] ids, string q, CancellationToken token)
    {
        var snippets = new Dictionary<int, (string Text, string Html)>();
        var (typed, foldedTerms) = Terms(q);
        if (ids.Length == 0 || typed.Count == 0)
        {
            return snippets;
        }
        var texts = new Dictionary<int, string>();
        await using (var command = new NpgsqlCommand("""
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
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter("ids", ids));
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                texts[reader.GetInt32(0)] = reader.GetString(1);
            }
        }
        foreach (var id in ids)
        {
            if (texts.TryGetValue(id, out var text) && Find(await redaction.RedactAsync(text, token), typed, foldedTerms) is { } snippet)
            {
                snippets[id] = (snippet.Text, snippet.Html());
            }
        }
        return snippets;
    }

    private static (HashSet<string> Typed, HashSet<string> Folded) Terms(string q)
    {
        var typed = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match word in SnippetWord().Matches(q))
        {
            if (!(word.Index > 0 && q[word.Index - 1] == '-') && !word.Value.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                typed.Add(word.Value.ToLowerInvariant());
            }
        }
        return (typed, [.. typed.Select(t => NameFolding.Fold(t)).Where(f => f.Length > 0)]);
    }

    private static Snippet? Find(string text, HashSet<string> typed, HashSet<string> folded)
    {
        (string Piece, List<Match> Words, List<int> Hits)? best = null;
        foreach (var piece in text.Split('\n'))
        {
            var words = SnippetWord().Matches(piece).ToList();
            var hits = Enumerable.Range(0, words.Count).Where(i => typed.Contains(words[i].Value.ToLowerInvariant()) || folded.Contains(NameFolding.Fold(words[i].Value))).ToList();
            if (hits.Count > 0 && (best is null || hits.Count > best.Value.Hits.Count))
            {
                best = (piece, words, hits);
            }
        }
        if (best is not { } found)
        {
            return null;
        }
        var first = Math.Max(0, found.Hits[0] - 8);
        var last = Math.Min(found.Words.Count, first + 24) - 1;
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

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex SnippetWord();

    /// <summary>
    /// The archive's redaction of a text (PublicRedaction with HiddenNames): the hidden persons loaded once per
    /// hidden_names_version, every hidden name in the text found, and those that are a public person's full
    /// name with up to two words either side spared (one lookup per name not seen before).
    /// </summary>
    private sealed class HiddenNamesRedaction(NpgsqlConnection connection)
    {
        private static readonly SemaphoreSlim Loading = new(1, 1);
        private static (long Version, HiddenNames Names)? _current;
        private static System.Collections.Concurrent.ConcurrentDictionary<string, bool> _publicNames = new(StringComparer.Ordinal);
        private HiddenNames? _names;

        public async Task<string> RedactAsync(string text, CancellationToken token)
        {
            _names ??= await CurrentAsync(token);
            if (text.Length == 0 || _names.Count == 0)
            {
                return text;
            }
            var units = NameText.Decode(text);
            var spans = _names.Spans(units);
            if (spans.Count == 0)
            {
                return text;
            }
            var known = _publicNames;
            var folded = spans.SelectMany(s => HiddenNames.Candidates(units, s)).Select(NameFolding.Fold).Where(f => f.Contains(' ', StringComparison.Ordinal)).Distinct().ToList();
            var unknown = folded.Where(f => !known.ContainsKey(f)).ToArray();
            if (unknown.Length > 0)
            {
                var found = new HashSet<string>(StringComparer.Ordinal);
                await using (var command = new NpgsqlCommand("""
                    SELECT f FROM unnest(@names) AS f
                    WHERE EXISTS (SELECT 1 FROM persons p WHERE p.folded_name = f AND p.visibility = 'public' AND p.deleted_at IS NULL)
                       OR EXISTS (SELECT 1 FROM person_names n JOIN persons p ON p.id = n.person_id
                                  WHERE n.folded_name = f AND p.visibility = 'public' AND p.deleted_at IS NULL)
                    """, connection))
                {
                    command.Parameters.Add(new NpgsqlParameter("names", unknown));
                    await using var reader = await command.ExecuteReaderAsync(token);
                    while (await reader.ReadAsync(token))
                    {
                        found.Add(reader.GetString(0));
                    }
                }
                foreach (var name in unknown)
                {
                    known[name] = found.Contains(name);
                }
            }
            spans.RemoveAll(s => HiddenNames.Candidates(units, s).Any(c => known.TryGetValue(NameFolding.Fold(c), out var isPublic) && isPublic));
            return HiddenNames.Replace(text, spans);
        }

        private async Task<HiddenNames> CurrentAsync(CancellationToken token)
        {
            long version;
            await using (var command = new NpgsqlCommand("SELECT coalesce((SELECT version FROM hidden_names_version), 0)", connection))
            {
                version = (long)(await command.ExecuteScalarAsync(token))!;
            }
            if (_current is { } current && current.Version == version)
            {
                return current.Names;
            }
            await Loading.WaitAsync(token);
            try
            {
                if (_current is { } loaded && loaded.Version == version)
                {
                    return loaded.Names;
                }
                var persons = new Dictionary<int, List<string>>();
                await using (var command = new NpgsqlCommand("""
                    SELECT p.id, p.display_name, n.name FROM persons p LEFT JOIN person_names n ON n.person_id = p.id
                    WHERE p.visibility <> 'public' ORDER BY p.id, n.id
                    """, connection))
                {
                    await using var reader = await command.ExecuteReaderAsync(token);
                    while (await reader.ReadAsync(token))
                    {
                        if (!persons.TryGetValue(reader.GetInt32(0), out var spellings))
                        {
                            persons[reader.GetInt32(0)] = spellings = [reader.GetString(1)];
                        }
                        if (!reader.IsDBNull(2))
                        {
                            spellings.Add(reader.GetString(2));
                        }
                    }
                }
                var names = new HiddenNames(persons.Select(p => new HiddenPerson(p.Key, p.Value)));
                _publicNames = new(StringComparer.Ordinal);
                _current = (version, names);
                return names;
            }
            finally
            {
                Loading.Release();
            }
        }
    }

    /// <summary>The language of a text as its letters tell (Kazakh letters, other Cyrillic, Latin), as the archive's Scripts.</summary>
    private static string? LanguageOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var (cyrillic, latin) = (false, false);
        foreach (var c in text)
        {
            if ("ӘәҒғҚқҢңӨөҰұҮүҺһІі".Contains(c, StringComparison.Ordinal))
            {
                return "kk";
            }
            cyrillic |= c is >= '\u0400' and <= '\u04FF';
            latin |= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
        }
        return cyrillic ? "ru" : latin ? "en" : null;
    }

    /// <summary>A lang attribute for text that is not in the page's language (English), or nothing.</summary>
    private static string LangAttribute(string? text) => LanguageOf(text) is string language && language != "en" ? $" lang=\"{language}\"" : "";

    /// <summary>The text encoded, in a span with its language when it is not the page's.</summary>
    private static string Mark(string text) => LanguageOf(text) is string language && language != "en" ? $"<span lang=\"{language}\">{Enc(text)}</span>" : Enc(text);

    private static Row ReadRow(NpgsqlDataReader reader) => new(
        reader.GetInt32(0), Int(reader, 1), Int(reader, 2), Int(reader, 3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
        reader.GetString(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10), Int(reader, 11), reader.IsDBNull(12) ? null : reader.GetString(12), reader.GetInt32(13), reader.GetString(14));

    private static int? Int(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>The archive's layout (_Layout.cshtml) up to the page's own markup.</summary>
    private static void Header(StringBuilder html, string title, HttpRequest request, bool noIndex = false)
    {
        // The page's address in each language (the English one has no prefix), as the layout's alternates and switcher give it.
        var address = Enc(request.Path + request.QueryString);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n    <meta charset=\"utf-8\" />\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append(noIndex ? "        <meta name=\"robots\" content=\"noindex, noarchive\" />\n" : "").Append("    <title>").Append(Enc(title)).Append(" · CaseArchive</title>\n");
        foreach (var language in Languages)
        {
            html.Append("        <link rel=\"alternate\" hreflang=\"").Append(language.Code).Append("\" href=\"").Append(language.Prefix).Append(address).Append("\" />\n");
        }
        html.Append("    <link rel=\"stylesheet\" href=\"/css/site.css?v=").Append(AssetVersion).Append("\" />\n    <link rel=\"alternate\" type=\"application/atom+xml\" title=\"CaseArchive: new and changed rulings\" href=\"/feeds/rulings.atom\" />\n</head>\n<body>\n")
            .Append("    <a class=\"skip\" href=\"#main\">Skip to content</a>\n    <header class=\"site-header\">\n        <div class=\"wrap\">\n            <a class=\"brand\" href=\"/\">CaseArchive</a>\n            <nav aria-label=\"Main\">\n")
            .Append("                <a href=\"/\">Home</a>\n                <a href=\"/rulings\">Rulings</a>\n                <a href=\"/persons\">Persons</a>\n                <a href=\"/statistics\">Statistics</a>\n                <a href=\"/api\">API</a>\n                <a href=\"/about\">About</a>\n")
            .Append("            </nav>\n                <nav class=\"languages\" aria-label=\"Language\">\n");
        foreach (var language in Languages)
        {
            html.Append("                        <a href=\"").Append(language.Prefix).Append(address).Append("\" hreflang=\"").Append(language.Code).Append("\" lang=\"").Append(language.Code)
                .Append(language.Code == "en" ? "\" aria-current=\"true\">" : "\">").Append(language.Endonym).Append("</a>\n");
        }
        html.Append("                </nav>\n        </div>\n    </header>\n    <main id=\"main\" class=\"wrap\">\n");
    }

    private static readonly (string Code, string Prefix, string Endonym)[] Languages = [("en", "", "English"), ("ru", "/ru", "Русский"), ("kk", "/kk", "Қазақша")];

    /// <summary>The layout's end: the footer.</summary>
    private static void Footer(StringBuilder html) =>
        html.Append("    </main>\n    <footer class=\"site-footer\">\n        <div class=\"wrap\">\n            <p>CaseArchive records court cases of people who fled across a border, each fact with the article it comes from.")
            .Append(" Claims of detention are what people reported, kept apart from what courts found.</p>\n                <p class=\"editors-link\"><a href=\"/account/sign-in\">Editors: sign in</a></p>\n        </div>\n    </footer>\n</body>\n</html>\n");

    /// <summary>The search page's form (Rulings/Index.cshtml): the search box, the facets as selects, years, order.</summary>
    private static void SearchForm(StringBuilder html, string q, List<(string Name, List<(string Value, long Count)> Values)> facets, Dictionary<string, string> courtNames, string[] outcomes, string[] countries)
    {
        html.Append("        <h1>Rulings</h1>\n<p class=\"lede\">Rulings on people who fled across a border: filter by outcome, court, country, charge, year, or search names in any spelling or alphabet.</p>\n\n")
            .Append("    <a class=\"skip-results\" href=\"#result-count\">Skip to the results</a>\n    <div class=\"search-layout\">\n        <form class=\"filters\" method=\"get\" action=\"/rulings\" role=\"search\" aria-label=\"Filter rulings\">\n")
            .Append("            <div class=\"field field-q\">\n                <label for=\"q\">Search names, courts, charges and quotes</label>\n                <input id=\"q\" name=\"q\" type=\"search\" value=\"").Append(Enc(q))
            .Append("\" maxlength=\"200\" autocomplete=\"off\" list=\"suggestions\" data-suggest=\"/api/v1/suggest\" />\n                <datalist id=\"suggestions\"></datalist>\n            </div>\n");
        foreach (var (name, values) in facets)
        {
            var label = FacetLabels[name];
            html.Append("                <div class=\"field\">\n                    <label for=\"f-").Append(name).Append("\">").Append(label).Append("</label>\n                    <select id=\"f-").Append(name).Append("\" name=\"").Append(name).Append("\">\n                        <option value=\"\">Any</option>\n");
            var all = name switch { "outcome" => Outcomes, "verdict" => Verdicts, "claim" => ClaimKinds, _ => null };
            foreach (var (value, n) in all is null ? values : all.Select(v => (v, values.FirstOrDefault(x => x.Value == v).Count)))
            {
                var selected = (name == "outcome" && outcomes.Contains(value)) || (name == "country" && countries.Contains(value.ToLowerInvariant()));
                html.Append("                            <option value=\"").Append(Enc(value)).Append(selected ? "\" selected=\"selected\">" : "\">").Append(Enc(name switch
                {
                    "court" => courtNames.GetValueOrDefault(value, value),
                    "outcome" => OutcomeWords(value),
                    _ => Words(value),
                })).Append(" (").Append(n.ToString("N0", CultureInfo.InvariantCulture)).Append(")</option>\n");
            }
            html.Append("                    </select>\n                </div>\n");
        }
        html.Append("            <div class=\"field field-years\">\n                <label for=\"year_from\">From year</label>\n                <input id=\"year_from\" name=\"year_from\" type=\"number\" inputmode=\"numeric\" min=\"1900\" max=\"2200\" />\n")
            .Append("                <label for=\"year_to\">To year</label>\n                <input id=\"year_to\" name=\"year_to\" type=\"number\" inputmode=\"numeric\" min=\"1900\" max=\"2200\" />\n            </div>\n")
            .Append("            <div class=\"field\">\n                <label for=\"sort\">Order</label>\n                <select id=\"sort\" name=\"sort\">\n                    <option value=\"\" selected=\"selected\">Best match first</option>\n")
            .Append("                    <option value=\"date\">Newest first</option>\n                    <option value=\"relevance\">Best match first</option>\n                </select>\n            </div>\n")
            .Append("            <div class=\"actions\">\n                <button type=\"submit\">Show rulings</button>\n                    <a href=\"/rulings\">Clear all filters</a>\n            </div>\n        </form>\n");
    }

    /// <summary>The links under the results, with the search's query string.</summary>
    private static void Exports(StringBuilder html, string query)
    {
        var qs = Enc(query);
        html.Append("            <p class=\"exports\">\n                Take these rulings with you:\n                <a href=\"/rulings/export.csv").Append(qs).Append("\">CSV</a> ·\n                <a href=\"/rulings/export.xlsx").Append(qs).Append("\">Excel (.xlsx)</a> ·\n                <a href=\"/rulings/export.json").Append(qs)
            .Append("\">JSON</a> ·\n                <a href=\"/api/v1/rulings").Append(qs).Append("\">API</a> ·\n                <a href=\"/feeds/rulings.atom").Append(qs).Append("\">Atom feed</a> ·\n                <a href=\"/statistics").Append(qs)
            .Append("\">Statistics</a>\n            </p>\n        </section>\n    </div>\n<script src=\"/js/suggest.js?v=").Append(AssetVersion).Append("\" defer></script>\n\n");
    }

    private static readonly Dictionary<string, string> FacetLabels = new()
    {
        ["outcome"] = "Outcome",
        ["verdict"] = "Verdict",
        ["court"] = "Court",
        ["country"] = "Country of the court",
        ["origin"] = "Fled from",
        ["charge"] = "Charge",
        ["ethnicity"] = "Ethnicity",
        ["claim"] = "Detention claim",
    };

    /// <summary>The same table as the archive's _RulingTable partial.</summary>
    private static void Table(StringBuilder html, IReadOnlyList<Row> rows, Dictionary<int, string> matched, Dictionary<int, (string Text, string Html)>? snippets = null)
    {
        // Written as the partial renders, with its indentation.
        html.Append("    <div class=\"table-scroll\">\n    <table class=\"rulings\">\n        <thead>\n            <tr><th scope=\"col\">Date</th><th scope=\"col\">Person</th><th scope=\"col\">Court</th><th scope=\"col\">Outcome</th><th scope=\"col\">Sentence</th></tr>\n        </thead>\n        <tbody>\n");
        foreach (var row in rows)
        {
            html.Append("                <tr>\n                    <td data-label=\"Date\"><a href=\"/rulings/").Append(row.Key).Append("\">").Append(Date(row.Year, row.Month, row.Day)).Append("</a></td>\n")
                .Append("                    <td data-label=\"Person\"><a href=\"/persons/").Append(Enc(row.Slug)).Append('"').Append(LangAttribute(row.Person)).Append('>').Append(Enc(row.Person)).Append("</a>");
            if (matched.TryGetValue(row.PersonId, out var spelling))
            {
                html.Append(" <br /><span class=\"matched\">matched as “").Append(Mark(spelling)).Append("”</span> ");
            }
            html.Append("</td>\n                    <td data-label=\"Court\"> <a href=\"/courts/").Append(Enc(row.CourtSlug)).Append('"').Append(LangAttribute(row.Court)).Append('>').Append(Enc(row.Court)).Append("</a> <br /><span class=\"source\">").Append(Enc(row.Country)).Append("</span></td>\n")
                .Append("                    <td data-label=\"Outcome\"><span class=\"outcome outcome-").Append(row.Outcome).Append("\">").Append(Enc(OutcomeWords(row.Outcome))).Append("</span></td>\n")
                .Append("                    <td data-label=\"Sentence\">").Append(Enc(Sentence(row) ?? "—")).Append("</td>\n                </tr>\n");
            if (snippets is not null && snippets.TryGetValue(row.Id, out var snippet))
            {
                html.Append("                    <tr class=\"snippet\"><td colspan=\"5\"").Append(LangAttribute(snippet.Text)).Append('>').Append(snippet.Html).Append("</td></tr>\n");
            }
        }
        html.Append("        </tbody>\n    </table>\n    </div>\n");
    }

    private static string? Sentence(Row row) => row.SentenceKind switch
    {
        null => null,
        "fine" => row.Fine is null ? "Fine" : "Fine of " + row.Fine,
        var kind => row.Months is int m ? $"{m}-month {kind.Replace('_', ' ')} sentence" : Words(kind) + " sentence",
    };

    private static string Date(int? year, int? month, int? day) => year is null ? "Date not reported"
        : month is null ? year.Value.ToString(CultureInfo.InvariantCulture)
        : day is null ? new DateOnly(year.Value, month.Value, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : new DateOnly(year.Value, month.Value, day.Value).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Stands for the version the archive's pages append to their stylesheet and script (a hash of the
    /// file, 43 characters): the same bytes on the wire, without reading the app's files.
    /// </summary>
    private const string AssetVersion = "0000000000000000000000000000000000000000000";

    /// <summary>An outcome as the archive's pages write it.</summary>
    private static string OutcomeWords(string outcome) => outcome == "unknown" ? "Outcome not reported" : Words(outcome);

    private static string Words(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' ');

    /// <summary>Text as Razor writes it: the app's encoder (WebEncoderOptions: every Unicode range left as it is).</summary>
    private static string Enc(string text) => Encoder.Encode(text);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string? MatchedSpelling(string q, string displayName, List<string> names)
    {
        var words = q.Split([' ', ',', '"', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        var foldedWords = words.Select(w => NameFolding.Fold(w)).Where(w => w.Length >= 3).ToList();
        var all = names.Prepend(displayName).ToList();
        string? Best(Func<string, int> score) => all.Select(s => (s, score: score(s))).Where(x => x.score > 0).OrderByDescending(x => x.score).Select(x => x.s).FirstOrDefault();
        var best = Best(s => words.Count(w => s.Split(' ').Any(part => part.StartsWith(w, StringComparison.OrdinalIgnoreCase))))
            ?? Best(s => foldedWords.Count(w => NameFolding.Fold(s).Split(' ').Any(part => part.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(part, StringComparison.Ordinal))));
        return best is null || best == displayName ? null : best;
    }
}
