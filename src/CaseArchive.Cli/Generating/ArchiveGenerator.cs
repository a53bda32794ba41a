using System.Diagnostics;
using System.Globalization;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Npgsql;
using NpgsqlTypes;

namespace CaseArchive.Cli.Generating;

/// <summary>What a generation wrote, and how long each part took.</summary>
internal sealed record GenerationReport(IReadOnlyDictionary<string, long> Rows, TimeSpan Copy, TimeSpan Documents, TimeSpan Indexes, TimeSpan Total)
{
    public long TotalRows => Rows.Values.Sum();
}

/// <summary>
/// Writes a <see cref="SyntheticArchive"/> into the database with Npgsql's binary COPY, in one
/// transaction: the loaded tables' secondary indexes, foreign keys and triggers are set aside
/// first and put back after (a bulk load builds an index once instead of updating it a million
/// times), and a failure part-way leaves the archive as it was.
/// The rulings' search facts and full-text documents are written by the database itself, once the rest is
/// loaded and indexed: the facts as the view ruling_search_facts_source gives them, the documents as
/// ruling_search_documents (the triggers' own function) makes them, set-based, a batch of rulings at a time.
/// </summary>
internal sealed class ArchiveGenerator(NpgsqlConnection connection, SyntheticArchive archive, TextWriter progress)
{
    private static readonly string[] Tables =
        ["courts", "persons", "person_names", "cases", "case_parties", "rulings", "detention_claims", "events", "sources", "citations", "person_ruling_counts", "ruling_search_facts"];

    /// <summary>The loaded tables with an id of their own (the facts are keyed by ruling, the counts by person).</summary>
    private static readonly string[] WithIds = [.. Tables.Where(t => t is not (FactsTable or "person_ruling_counts"))];

    /// <summary>The table the database writes itself at the end, from what was loaded.</summary>
    private const string FactsTable = "ruling_search_facts";

    /// <summary>Rulings whose facts and documents are written by one statement (bounds the memory one takes).</summary>
    private const int FactsBatch = 50_000;

    private static readonly string[] Outlets = ["RFE/RL", "Azattyq", "Eurasianet", "Vlast.kz", "The Diplomat", "Bitter Winter", "Kazinform", "Reuters"];
    private static readonly string[] Domains = ["www.rferl.org", "www.azattyq.org", "eurasianet.org", "vlast.kz", "thediplomat.com", "bitterwinter.org", "www.inform.kz", "www.reuters.com"];

    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private readonly Dictionary<string, long> _rows = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private int[] _personIds = [];
    private int[] _courtIds = [];
    private string[] _personSlugs = [];
    private string?[] _pseudonyms = [];
    private int _firstRuling, _firstCase, _firstSource, _firstClaim, _firstEvent, _firstParty, _firstName, _firstCitation;

    public async Task<GenerationReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, LoadSettings, cancellationToken);
        await ExecuteAsync(connection, $"LOCK TABLE {string.Join(", ", Tables)} IN ACCESS EXCLUSIVE MODE", cancellationToken);
        await ReadExistingAsync(cancellationToken);
        var (restore, restoreFacts) = await SetAsideAsync(cancellationToken);

        var copy = Stopwatch.StartNew();
        CopyCourts();
        CopyPersons();
        CopyPersonNames();
        CopyCases();
        CopyCaseParties();
        CopyRulings();
        CopyClaims();
        CopyEvents();
        CopySources();
        CopyCitations();
        await AddPersonRulingCountsAsync(cancellationToken);
        copy.Stop();
        await progress.WriteLineAsync($"generate: copied {_rows.Values.Sum():N0} rows in {copy.Elapsed.TotalSeconds:F1} s");

        var indexes = Stopwatch.StartNew();
        foreach (var statement in restore)
        {
            await ExecuteAsync(connection, statement, cancellationToken);
        }
        foreach (var table in WithIds)
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), greatest(1, (SELECT max(id) FROM {table})))", cancellationToken);
        }
        await ExecuteAsync(connection, $"ANALYZE {string.Join(", ", Tables.Where(t => t != FactsTable))}", cancellationToken);
        indexes.Stop();
        await progress.WriteLineAsync($"generate: rebuilt indexes, foreign keys and statistics in {indexes.Elapsed.TotalSeconds:F1} s");

        var documents = Stopwatch.StartNew();
        _rows[FactsTable] = await WriteFactsAsync(cancellationToken);
        foreach (var statement in restoreFacts)
        {
            await ExecuteAsync(connection, statement, cancellationToken);
        }
        await ExecuteAsync(connection, $"ANALYZE {FactsTable}", cancellationToken);
        documents.Stop();
        await progress.WriteLineAsync($"generate: wrote {archive.Rulings.Length:N0} rulings' search facts and documents and their indexes in {documents.Elapsed.TotalSeconds:F1} s");

        // The triggers were off for the load, the change notifications' among them: every app server is told here.
        await ChangeNotifications.NotifyAsync(connection, "generate", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new GenerationReport(_rows, copy.Elapsed, documents.Elapsed, indexes.Elapsed, total.Elapsed);
    }

    /// <summary>
    /// The generated rulings' search facts (the view ruling_search_facts_source) and documents
    /// (ruling_search_documents), a batch at a time; and the documents of the rulings that were there
    /// before computed again, since a generated hidden person's names leave them too. GenerateTests checks
    /// every row against the view and ruling_search_document.
    /// </summary>
    private async Task<long> WriteFactsAsync(CancellationToken cancellationToken)
    {
        long written = 0;
        for (var from = _firstRuling; from < _firstRuling + archive.Rulings.Length; from += FactsBatch)
        {
            await using var command = new NpgsqlCommand($"""
                INSERT INTO {FactsTable} (ruling_id, is_public, date_key, date_year, outcome, verdict, court_id, origin_country, ethnicity, charges, claim_kinds, judge_id, search_vector)
                SELECT s.ruling_id, s.is_public, s.date_key, s.date_year, s.outcome, s.verdict, s.court_id, s.origin_country, s.ethnicity, s.charges, s.claim_kinds, s.judge_id, d.search_vector
                FROM ruling_search_documents(ARRAY(SELECT generate_series($1, $2 - 1))) d
                JOIN ruling_search_facts_source s ON s.ruling_id = d.ruling_id
                """, connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter { Value = from });
            command.Parameters.Add(new NpgsqlParameter { Value = Math.Min(from + FactsBatch, _firstRuling + archive.Rulings.Length) });
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        if (_firstRuling > 1)
        {
            await using var command = new NpgsqlCommand("SELECT ruling_search_refresh(ARRAY(SELECT ruling_id FROM ruling_search_facts WHERE ruling_id < $1))", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter { Value = _firstRuling });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
    }

    /// <summary>
    /// The new persons' counts of rulings, and the new rulings added to any older person's count, set-based
    /// (what the triggers of person_ruling_counts would have done row by row). GenerateTests checks them.
    /// </summary>
    private async Task AddPersonRulingCountsAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO person_ruling_counts (person_id, rulings)
            SELECT p.id, count(r.id)
            FROM persons p
            LEFT JOIN rulings r ON r.person_id = p.id AND r.deleted_at IS NULL AND r.id >= $2
            WHERE p.id >= $1 OR p.id IN (SELECT person_id FROM rulings WHERE id >= $2)
            GROUP BY p.id
            ON CONFLICT (person_id) DO UPDATE SET rulings = person_ruling_counts.rulings + EXCLUDED.rulings
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _personIds[0] });
        command.Parameters.Add(new NpgsqlParameter { Value = _firstRuling });
        _rows["person_ruling_counts"] = await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ReadExistingAsync(CancellationToken cancellationToken)
    {
        async Task<int> Next(string table) => 1 + Convert.ToInt32(await ScalarAsync($"SELECT coalesce(max(id), 0) FROM {table}", cancellationToken), CultureInfo.InvariantCulture);
        var firstCourt = await Next("courts");
        var firstPerson = await Next("persons");
        _firstName = await Next("person_names");
        _firstCase = await Next("cases");
        _firstParty = await Next("case_parties");
        _firstRuling = await Next("rulings");
        _firstClaim = await Next("detention_claims");
        _firstEvent = await Next("events");
        _firstSource = await Next("sources");
        _firstCitation = await Next("citations");
        _courtIds = [.. Enumerable.Range(firstCourt, archive.Courts.Count)];
        _personIds = [.. Enumerable.Range(firstPerson, archive.Persons.Length)];
        await using var command = new NpgsqlCommand("SELECT slug FROM persons UNION ALL SELECT slug FROM courts", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _slugs.Add(reader.GetString(0));
        }
    }

    /// <summary>
    /// Drops the loaded tables' secondary indexes and foreign keys and disables their triggers; returns the
    /// statements that put them back, those of ruling_search_facts apart (they run once its rows are written,
    /// which needs the others' indexes).
    /// </summary>
    private async Task<(List<string> Restore, List<string> RestoreFacts)> SetAsideAsync(CancellationToken cancellationToken)
    {
        var tables = string.Join(", ", Tables.Select(t => $"'{t}'"));
        var restore = new List<string>();
        var restoreFacts = new List<string>();
        var drop = new List<string>();
        await using (var command = new NpgsqlCommand($"""
            SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.conrelid::regclass::text, c.conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c
            WHERE c.contype = 'f' AND (c.conrelid::regclass::text IN ({tables}) OR c.confrelid::regclass::text IN ({tables}))
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                drop.Add(reader.GetString(0));
                (reader.GetString(0).StartsWith($"ALTER TABLE {FactsTable} ", StringComparison.Ordinal) ? restoreFacts : restore).Add(reader.GetString(1));
            }
        }
        // Indexes that no constraint owns (primary keys stay: COPY checks them cheaply and the facts' queries join on them).
        await using (var command = new NpgsqlCommand($"""
            SELECT format('DROP INDEX %I', i.indexrelid::regclass::text), pg_get_indexdef(i.indexrelid), i.indrelid::regclass::text
            FROM pg_index i
            WHERE i.indrelid::regclass::text IN ({tables}) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                drop.Add(reader.GetString(0));
                (reader.GetString(2) == FactsTable ? restoreFacts : restore).Insert(0, reader.GetString(1));
            }
        }
        foreach (var table in Tables)
        {
            drop.Add($"ALTER TABLE {table} DISABLE TRIGGER USER");
            restore.Add($"ALTER TABLE {table} ENABLE TRIGGER USER");
        }
        foreach (var statement in drop)
        {
            await ExecuteAsync(connection, statement, cancellationToken);
        }
        return (restore, restoreFacts);
    }

    /// <summary>A random slug (a pseudonymised person's) that no record has.</summary>
    private string RandomSlug()
    {
        string slug;
        do
        {
            slug = OpaqueKeys.New();
        }
        while (!_slugs.Add(slug));
        return slug;
    }

    private string Slug(string text)
    {
        var stem = Slugs.From(text);
        var slug = stem;
        for (var n = 2; !_slugs.Add(slug); n++)
        {
            slug = $"{stem}-{n}";
        }
        return slug;
    }

    private static string GivenName(in SyntheticArchive.PersonSpec p) => p.Female ? SyntheticNames.FemaleGiven[p.Given] : SyntheticNames.MaleGiven[p.Given];

    private static string DisplayName(in SyntheticArchive.PersonSpec p) => $"{GivenName(p)} {SyntheticNames.Surname(p.Root, p.Form, p.Female)}";

    /// <summary>What the public sees: the pseudonym when pseudonymised (withheld persons are seen nowhere).</summary>
    private string PublicName(int person) => _pseudonyms[person] ?? DisplayName(archive.Persons[person]);

    private NpgsqlBinaryImporter Begin(string table, string columns) => Begin(connection, table, columns);

    private static NpgsqlBinaryImporter Begin(NpgsqlConnection on, string table, string columns) =>
        on.BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");

    private static void WriteOrNull<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            writer.Write(v, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteOrNull(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private void WriteStamps(NpgsqlBinaryImporter writer)
    {
        writer.Write(_now, NpgsqlDbType.TimestampTz);
        writer.Write(_now, NpgsqlDbType.TimestampTz);
        writer.WriteNull();
    }

    private void CopyCourts()
    {
        using var writer = Begin("courts", "id, name, folded_name, slug, town, region, country, level, created_at, updated_at, deleted_at");
        for (var i = 0; i < archive.Courts.Count; i++)
        {
            var court = archive.Courts[i];
            writer.StartRow();
            writer.Write(_courtIds[i], NpgsqlDbType.Integer);
            writer.Write(court.Name, NpgsqlDbType.Varchar);
            writer.Write(NameFolding.Fold(court.Name), NpgsqlDbType.Varchar);
            writer.Write(Slug(court.Name), NpgsqlDbType.Varchar);
            writer.Write(court.Town, NpgsqlDbType.Varchar);
            WriteOrNull(writer, court.Region);
            writer.Write(court.Country, NpgsqlDbType.Varchar);
            writer.Write(VocabularyText.ToText(court.Level), NpgsqlDbType.Varchar);
            WriteStamps(writer);
        }
        _rows["courts"] = (long)writer.Complete();
    }

    private void CopyPersons()
    {
        _personSlugs = new string[archive.Persons.Length];
        _pseudonyms = new string?[archive.Persons.Length];
        using var writer = Begin("persons", "id, display_name, folded_name, slug, visibility, pseudonym, ethnicity, citizenship, gender, birth_year, place_of_origin, origin_country, summary, created_at, updated_at, deleted_at");
        for (var i = 0; i < archive.Persons.Length; i++)
        {
            ref readonly var p = ref archive.Persons[i];
            var name = DisplayName(p);
            string? pseudonym = null;
            if (p.Visibility == PersonVisibility.Pseudonymised)
            {
                // Initials, as courts anonymise parties; a random address (OpaqueKeys), as Person.Pseudonymise gives.
                pseudonym = $"{(char)('A' + (i * 7 % 26))}. {SyntheticNames.Surname(p.Root, p.Form, p.Female)[0]}.";
                if (NameFolding.Fold(pseudonym) == NameFolding.Fold(name))
                {
                    pseudonym = "Applicant " + pseudonym;
                }
                _pseudonyms[i] = pseudonym;
            }
            _personSlugs[i] = pseudonym is null ? Slug(name) : RandomSlug();
            var defendant = p.Kind == 0;
            writer.StartRow();
            writer.Write(_personIds[i], NpgsqlDbType.Integer);
            writer.Write(name, NpgsqlDbType.Varchar);
            writer.Write(NameFolding.Fold(name), NpgsqlDbType.Varchar);
            writer.Write(_personSlugs[i], NpgsqlDbType.Varchar);
            writer.Write(VocabularyText.ToText(p.Visibility), NpgsqlDbType.Varchar);
            WriteOrNull(writer, pseudonym);
            WriteOrNull(writer, defendant ? SyntheticArchive.Ethnicities[p.Ethnicity] : null);
            WriteOrNull(writer, defendant ? "China" : null);
            writer.Write(VocabularyText.ToText(p.Female ? Gender.Female : Gender.Male), NpgsqlDbType.Varchar);
            WriteOrNull<int>(writer, defendant ? p.BirthYear : null, NpgsqlDbType.Integer);
            WriteOrNull(writer, defendant ? "Xinjiang" : null);
            WriteOrNull(writer, defendant ? "China" : null);
            WriteOrNull(writer, defendant ? $"Ethnic {SyntheticArchive.Ethnicities[p.Ethnicity]} from Xinjiang who crossed the border and went before the courts." : p.Kind == 1 ? "Judge." : "Prosecutor.");
            WriteStamps(writer);
        }
        _rows["persons"] = (long)writer.Complete();
    }

    private void CopyPersonNames()
    {
        // person_hidden as the triggers set it (they are off during the load): the person is not public.
        using var writer = Begin("person_names", "id, person_id, name, folded_name, person_hidden");
        var id = _firstName;
        for (var i = 0; i < archive.Persons.Length; i++)
        {
            var (other, cyrillic) = Spellings(i);
            if (other is not null)
            {
                Row(i, other);
            }
            if (cyrillic is not null)
            {
                Row(i, cyrillic);
            }
        }
        _rows["person_names"] = (long)writer.Complete();

        void Row(int person, string name)
        {
            writer.StartRow();
            writer.Write(id++, NpgsqlDbType.Integer);
            writer.Write(_personIds[person], NpgsqlDbType.Integer);
            writer.Write(name, NpgsqlDbType.Varchar);
            writer.Write(NameFolding.Fold(name), NpgsqlDbType.Varchar);
            writer.Write(archive.Persons[person].Visibility != PersonVisibility.Public, NpgsqlDbType.Boolean);
        }
    }

    /// <summary>A person's other spellings, in the order their person_names rows are written (null: none).</summary>
    private (string? Other, string? Cyrillic) Spellings(int person)
    {
        ref readonly var p = ref archive.Persons[person];
        if (!p.HasOtherLatin && !p.HasCyrillic)
        {
            return (null, null);
        }
        var name = DisplayName(p);
        var other = SyntheticNames.OtherLatin(name);
        var cyrillic = p.HasCyrillic ? SyntheticNames.Cyrillic(name) : null;
        return (p.HasOtherLatin && other != name ? other : null, cyrillic != other ? cyrillic : null);
    }

    private static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => VocabularyText.ToWords(value);

    private string[] Charges(in SyntheticArchive.RulingSpec r)
    {
        var charges = new List<string>(2);
        for (var bit = 0; bit < SyntheticArchive.ChargeNames.Length; bit++)
        {
            if ((r.Charges & (1 << bit)) != 0)
            {
                charges.Add(SyntheticArchive.ChargeNames[bit]);
            }
        }
        return [.. charges];
    }

    private void CopyCases()
    {
        using var writer = Begin("cases", "id, title, kind, status, court_id, charges, summary, opened_on_day, opened_on_inferred, opened_on_month, opened_on_year, created_at, updated_at, deleted_at");
        for (var i = 0; i < archive.Rulings.Length; i++)
        {
            ref readonly var r = ref archive.Rulings[i];
            var court = archive.Courts[r.Court];
            writer.StartRow();
            writer.Write(_firstCase + i, NpgsqlDbType.Integer);
            // Docket-style titles: no names, so nothing hidden can leak through a title.
            writer.Write(CaseTitle(i), NpgsqlDbType.Varchar);
            writer.Write(VocabularyText.ToText(r.CaseKind), NpgsqlDbType.Varchar);
            writer.Write(VocabularyText.ToText(r.IsRepeat ? CaseStatus.Closed : CaseStatus.Decided), NpgsqlDbType.Varchar);
            writer.Write(_courtIds[r.Court], NpgsqlDbType.Integer);
            writer.Write(Charges(r), NpgsqlDbType.Array | NpgsqlDbType.Text);
            writer.WriteNull();
            writer.WriteNull();
            writer.WriteNull();
            writer.WriteNull();
            WriteOrNull<int>(writer, r.Year == 0 ? null : r.Year, NpgsqlDbType.Integer);
            WriteStamps(writer);
        }
        _rows["cases"] = (long)writer.Complete();
    }

    private string CaseTitle(int index)
    {
        ref readonly var r = ref archive.Rulings[index];
        return $"{Display(r.CaseKind)} No. {r.Court + 1}-{(r.Year == 0 ? 0 : r.Year % 100):D2}-{index + 1}, {archive.Courts[r.Court].Town}";
    }

    private static string Display(CaseKind kind) => kind switch
    {
        CaseKind.CriminalTrial => "Criminal case",
        CaseKind.Extradition => "Extradition case",
        CaseKind.Deportation => "Deportation case",
        CaseKind.Asylum => "Asylum case",
        _ => "Appeal",
    };

    private void CopyCaseParties()
    {
        using var writer = Begin("case_parties", "id, case_id, person_id, role");
        for (var i = 0; i < archive.Rulings.Length; i++)
        {
            ref readonly var r = ref archive.Rulings[i];
            writer.StartRow();
            writer.Write(_firstParty + i, NpgsqlDbType.Integer);
            writer.Write(_firstCase + i, NpgsqlDbType.Integer);
            writer.Write(_personIds[r.Person], NpgsqlDbType.Integer);
            writer.Write(VocabularyText.ToText(r.CaseKind is CaseKind.Asylum or CaseKind.Appeal ? PartyRole.Applicant : PartyRole.Defendant), NpgsqlDbType.Varchar);
        }
        _rows["case_parties"] = (long)writer.Complete();
    }

    private string Summary(int index)
    {
        ref readonly var r = ref archive.Rulings[index];
        var court = archive.Courts[r.Court];
        var who = archive.Persons[r.Person].Visibility == PersonVisibility.Withheld ? "The applicant" : PublicName(r.Person);
        var what = r.Outcome switch
        {
            Outcome.NotDeported => "may stay in " + court.Country,
            Outcome.Deported => "is to be deported to China",
            Outcome.ExtraditionRefused => "will not be extradited to China",
            Outcome.Extradited => "is to be extradited to China",
            Outcome.AsylumGranted => "was granted asylum",
            Outcome.AsylumDenied => "was refused asylum",
            _ => "awaits the outcome",
        };
        return $"{who} {what}, the {court.Name} ruled.";
    }

    private void CopyRulings()
    {
        using var writer = Begin("rulings", "id, key, case_id, court_id, person_id, outcome, verdict, judge_id, prosecutor_id, prosecutor_sought, sentence_kind, sentence_months, fine_amount, charges, summary, date_day, date_inferred, date_month, date_year, created_at, updated_at, deleted_at");
        for (var i = 0; i < archive.Rulings.Length; i++)
        {
            ref readonly var r = ref archive.Rulings[i];
            writer.StartRow();
            writer.Write(_firstRuling + i, NpgsqlDbType.Integer);
            // Random, as the app's (Ruling's constructor); the unique index, made after the load, refuses a repeat.
            writer.Write(OpaqueKeys.New(), NpgsqlDbType.Char);
            writer.Write(_firstCase + i, NpgsqlDbType.Integer);
            writer.Write(_courtIds[r.Court], NpgsqlDbType.Integer);
            writer.Write(_personIds[r.Person], NpgsqlDbType.Integer);
            writer.Write(VocabularyText.ToText(r.Outcome), NpgsqlDbType.Varchar);
            WriteOrNull(writer, r.Verdict is { } verdict ? VocabularyText.ToText(verdict) : null);
            WriteOrNull<int>(writer, r.Judge < 0 ? null : _personIds[r.Judge], NpgsqlDbType.Integer);
            WriteOrNull<int>(writer, r.Prosecutor < 0 ? null : _personIds[r.Prosecutor], NpgsqlDbType.Integer);
            WriteOrNull(writer, r.Prosecutor >= 0 && r.Sentence is not null ? "a prison sentence" : null);
            WriteOrNull(writer, r.Sentence is { } sentence ? VocabularyText.ToText(sentence) : null);
            WriteOrNull<int>(writer, r.Months > 0 && r.Sentence != SentenceKind.Fine ? r.Months : null, NpgsqlDbType.Integer);
            WriteOrNull(writer, r.Sentence == SentenceKind.Fine ? string.Create(CultureInfo.InvariantCulture, $"{(i % 9 + 1) * 50_000:N0} tenge") : null);
            writer.Write(Charges(r), NpgsqlDbType.Array | NpgsqlDbType.Text);
            writer.Write(Summary(i), NpgsqlDbType.Varchar);
            WriteOrNull<int>(writer, r.Day == 0 ? null : r.Day, NpgsqlDbType.Integer);
            WriteOrNull<bool>(writer, r.Year == 0 ? null : r.Inferred, NpgsqlDbType.Boolean);
            WriteOrNull<int>(writer, r.Month == 0 ? null : r.Month, NpgsqlDbType.Integer);
            WriteOrNull<int>(writer, r.Year == 0 ? null : r.Year, NpgsqlDbType.Integer);
            WriteStamps(writer);
        }
        _rows["rulings"] = (long)writer.Complete();
    }

    private void CopyClaims()
    {
        using var writer = Begin("detention_claims", "id, person_id, kind, facility, place, period, status, status_note, created_at, updated_at, deleted_at");
        for (var i = 0; i < archive.Claims.Count; i++)
        {
            var c = archive.Claims[i];
            writer.StartRow();
            writer.Write(_firstClaim + i, NpgsqlDbType.Integer);
            writer.Write(_personIds[c.Person], NpgsqlDbType.Integer);
            writer.Write(VocabularyText.ToText(c.Kind), NpgsqlDbType.Varchar);
            writer.Write(SyntheticArchive.Facilities[c.Facility], NpgsqlDbType.Varchar);
            writer.Write(SyntheticArchive.Places[c.Place], NpgsqlDbType.Varchar);
            writer.Write(SyntheticArchive.Periods[c.Period], NpgsqlDbType.Varchar);
            writer.Write(VocabularyText.ToText(c.Status), NpgsqlDbType.Varchar);
            WriteOrNull(writer, c.Status switch
            {
                VerificationStatus.Corroborated => "Matches satellite imagery and a second witness.",
                VerificationStatus.Disputed => "The Chinese authorities deny it.",
                _ => null,
            });
            WriteStamps(writer);
        }
        _rows["detention_claims"] = (long)writer.Complete();
    }

    private void CopyEvents()
    {
        using var writer = Begin("events", "id, person_id, kind, place, description, case_id, ruling_id, date_day, date_inferred, date_month, date_year, created_at, updated_at, deleted_at");
        var id = _firstEvent;
        var crossed = new bool[archive.Persons.Length];
        for (var i = 0; i < archive.Rulings.Length; i++)
        {
            ref readonly var r = ref archive.Rulings[i];
            var court = archive.Courts[r.Court];
            if (!crossed[r.Person] && r.Year > 0)
            {
                // Each person's border crossing, a year or so before their first ruling.
                crossed[r.Person] = true;
                writer.StartRow();
                writer.Write(id++, NpgsqlDbType.Integer);
                writer.Write(_personIds[r.Person], NpgsqlDbType.Integer);
                writer.Write(VocabularyText.ToText(EventKind.BorderCrossing), NpgsqlDbType.Varchar);
                writer.Write(court.Country == "Kazakhstan" ? "Khorgos" : court.Country, NpgsqlDbType.Varchar);
                writer.Write("Crossed the border from China.", NpgsqlDbType.Varchar);
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
                writer.Write(true, NpgsqlDbType.Boolean);
                WriteOrNull<int>(writer, r.Month == 0 ? null : r.Month, NpgsqlDbType.Integer);
                writer.Write(r.Year - 1, NpgsqlDbType.Integer);
                WriteStamps(writer);
            }
            writer.StartRow();
            writer.Write(id++, NpgsqlDbType.Integer);
            writer.Write(_personIds[r.Person], NpgsqlDbType.Integer);
            writer.Write(VocabularyText.ToText(EventKind.Ruling), NpgsqlDbType.Varchar);
            writer.Write(court.Town, NpgsqlDbType.Varchar);
            writer.Write($"{court.Name}: {Words(r.Outcome)}.", NpgsqlDbType.Varchar);
            writer.Write(_firstCase + i, NpgsqlDbType.Integer);
            writer.Write(_firstRuling + i, NpgsqlDbType.Integer);
            WriteOrNull<int>(writer, r.Day == 0 ? null : r.Day, NpgsqlDbType.Integer);
            WriteOrNull<bool>(writer, r.Year == 0 ? null : r.Inferred, NpgsqlDbType.Boolean);
            WriteOrNull<int>(writer, r.Month == 0 ? null : r.Month, NpgsqlDbType.Integer);
            WriteOrNull<int>(writer, r.Year == 0 ? null : r.Year, NpgsqlDbType.Integer);
            WriteStamps(writer);
        }
        _rows["events"] = (long)writer.Complete();
    }

    /// <summary>The sentence an article reports a ruling with; it names the person as the press does, so quotes may name hidden persons.</summary>
    private string RulingSentence(int index)
    {
        ref readonly var r = ref archive.Rulings[index];
        var court = archive.Courts[r.Court];
        var p = archive.Persons[r.Person];
        var name = DisplayName(p);
        var when = r.Year == 0 ? "recently" : r.Month == 0 ? $"in {r.Year}" : r.Day == 0
            ? $"in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(r.Month)} {r.Year}"
            : $"on {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(r.Month)} {r.Day}, {r.Year}";
        var what = r.Outcome switch
        {
            Outcome.NotDeported => $"ruled that {name} will not be deported to China",
            Outcome.Deported => $"ordered that {name} be deported to China",
            Outcome.ExtraditionRefused => $"refused to extradite {name} to China",
            Outcome.Extradited => $"approved the extradition of {name} to China",
            Outcome.AsylumGranted => $"granted asylum to {name}",
            Outcome.AsylumDenied => $"refused asylum to {name}",
            _ => $"heard the case of {name}",
        };
        return $"The {court.Name} {what} {when}, an ethnic {SyntheticArchive.Ethnicities[p.Ethnicity]} from Xinjiang.";
    }

    private static string ClaimSentence(string name, in SyntheticArchive.ClaimSpec c) => c.Kind switch
    {
        ClaimKind.Detained => $"{name} told the court of being held in a {SyntheticArchive.Facilities[c.Facility]} in {SyntheticArchive.Places[c.Place]} for {SyntheticArchive.Periods[c.Period]}.",
        ClaimKind.RelativeDetained => $"{name} said relatives were taken to a {SyntheticArchive.Facilities[c.Facility]} in {SyntheticArchive.Places[c.Place]}.",
        ClaimKind.Threatened => $"{name} said officials in {SyntheticArchive.Places[c.Place]} threatened to send them to a {SyntheticArchive.Facilities[c.Facility]}.",
        ClaimKind.WorkedInFacility => $"{name} testified to having worked in a {SyntheticArchive.Facilities[c.Facility]} in {SyntheticArchive.Places[c.Place]}.",
        _ => $"{name} described persecution in {SyntheticArchive.Places[c.Place]} over {SyntheticArchive.Periods[c.Period]}.",
    };

    private int SourceOf(int ruling) => ruling / SyntheticArchive.RulingsPerSource;

    private void CopySources()
    {
        var claimsByPerson = new Dictionary<int, int>();
        for (var i = 0; i < archive.Claims.Count; i++)
        {
            claimsByPerson.TryAdd(archive.Claims[i].Person, i);
        }
        using var writer = Begin("sources", "id, title, outlet, url, published_on, language, text, content_hash, created_at, updated_at, deleted_at");
        var count = (archive.Rulings.Length + SyntheticArchive.RulingsPerSource - 1) / SyntheticArchive.RulingsPerSource;
        var text = new System.Text.StringBuilder(1024);
        for (var s = 0; s < count; s++)
        {
            text.Clear();
            var first = s * SyntheticArchive.RulingsPerSource;
            var last = Math.Min(archive.Rulings.Length, first + SyntheticArchive.RulingsPerSource);
            var year = 2025;
            for (var i = first; i < last; i++)
            {
                ref readonly var r = ref archive.Rulings[i];
                year = r.Year == 0 ? year : Math.Min(year, r.Year);
                text.Append(RulingSentence(i)).Append("\n\n");
                if (claimsByPerson.TryGetValue(r.Person, out var claim))
                {
                    text.Append(ClaimSentence(DisplayName(archive.Persons[r.Person]), archive.Claims[claim])).Append("\n\n");
                }
            }
            var outlet = s % Outlets.Length;
            text.Append($"Reported by {Outlets[outlet]}, dispatch {s + 1}.");
            var body = text.ToString();
            var court = archive.Courts[archive.Rulings[first].Court];
            var title = $"Court in {court.Town} rules on {Words(archive.Rulings[first].CaseKind)} cases";
            writer.StartRow();
            writer.Write(_firstSource + s, NpgsqlDbType.Integer);
            writer.Write(title, NpgsqlDbType.Varchar);
            writer.Write(Outlets[outlet], NpgsqlDbType.Varchar);
            writer.Write($"https://{Domains[outlet]}/a/{Slugs.From(title)}/{_firstSource + s}.html", NpgsqlDbType.Varchar);
            writer.Write(new DateOnly(year, 1 + s % 12, 1 + s % 28), NpgsqlDbType.Date);
            writer.Write("en", NpgsqlDbType.Varchar);
            writer.Write(body, NpgsqlDbType.Text);
            writer.Write(Source.HashOf(body), NpgsqlDbType.Char);
            WriteStamps(writer);
        }
        _rows["sources"] = (long)writer.Complete();
    }

    private void CopyCitations()
    {
        var cited = new Dictionary<int, int>(); // person -> the claim cited in their first article
        for (var i = 0; i < archive.Claims.Count; i++)
        {
            cited.TryAdd(archive.Claims[i].Person, i);
        }
        var firstRuling = new Dictionary<int, int>();
        using var writer = Begin("citations", "id, source_id, quote, person_id, case_id, ruling_id, detention_claim_id, timeline_event_id");
        var id = _firstCitation;
        for (var i = 0; i < archive.Rulings.Length; i++)
        {
            ref readonly var r = ref archive.Rulings[i];
            writer.StartRow();
            writer.Write(id++, NpgsqlDbType.Integer);
            writer.Write(_firstSource + SourceOf(i), NpgsqlDbType.Integer);
            writer.Write(RulingSentence(i), NpgsqlDbType.Varchar);
            writer.WriteNull();
            writer.WriteNull();
            writer.Write(_firstRuling + i, NpgsqlDbType.Integer);
            writer.WriteNull();
            writer.WriteNull();
            // A person's claim is cited from the article that reports it, the one of their first ruling.
            if (firstRuling.TryAdd(r.Person, i) && cited.TryGetValue(r.Person, out var claim) && archive.Claims[claim].Cited)
            {
                writer.StartRow();
                writer.Write(id++, NpgsqlDbType.Integer);
                writer.Write(_firstSource + SourceOf(i), NpgsqlDbType.Integer);
                writer.Write(ClaimSentence(DisplayName(archive.Persons[r.Person]), archive.Claims[claim]), NpgsqlDbType.Varchar);
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
                writer.Write(_firstClaim + claim, NpgsqlDbType.Integer);
                writer.WriteNull();
            }
        }
        _rows["citations"] = (long)writer.Complete();
    }

    private const string LoadSettings = "SET LOCAL maintenance_work_mem = '1GB'; SET LOCAL work_mem = '256MB'; SET LOCAL synchronous_commit = off";

    private static async Task<int> ExecuteAsync(NpgsqlConnection on, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, on) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
