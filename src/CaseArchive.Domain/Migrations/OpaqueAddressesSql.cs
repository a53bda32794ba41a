namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the OpaqueAddresses migration: every ruling gets a random key for its address (the form
/// of <see cref="Model.OpaqueKeys"/>), every pseudonymised person a random slug, and a ruling's search
/// facts take the person's origin and ethnicity only as the public may see them (persons.public_*).
/// </summary>
internal static class OpaqueAddressesSql
{
    /// <summary>
    /// 12 lower-case base32 characters from gen_random_uuid()'s random bytes (the version and variant
    /// bytes 6 and 8 left out; 256 is a multiple of 32, so each character is uniform): for this migration
    /// only, the app makes its keys in C#.
    /// </summary>
    public const string KeyFunction = """
        CREATE FUNCTION pg_temp.opaque_key() RETURNS text
        LANGUAGE sql VOLATILE AS $fn$
            SELECT string_agg(substr('abcdefghijklmnopqrstuvwxyz234567', get_byte(b, i) % 32 + 1, 1), '' ORDER BY i)
            FROM (SELECT uuid_send(gen_random_uuid()) AS b) AS u, unnest(ARRAY[0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15]) AS i
        $fn$;
        """;

    /// <summary>Run after the key column is added (nullable) and before it is made NOT NULL and unique.</summary>
    public const string Backfill = """
        -- The key is nothing a search reads: the rulings' triggers (facts, document, counts) are not run a
        -- million times for it.
        ALTER TABLE rulings DISABLE TRIGGER USER;
        UPDATE rulings SET key = pg_temp.opaque_key();
        ALTER TABLE rulings ENABLE TRIGGER USER;
        -- A pseudonymised person's slug was made from the pseudonym: one a reader could guess, and that may
        -- have stood for another person since.
        UPDATE persons SET slug = pg_temp.opaque_key() WHERE visibility = 'pseudonymised';
        """;

    public const string Up = """
        DROP VIEW ruling_search_facts_source;
        -- As in PublicCounts, with the person's origin and ethnicity as the public may see them: a
        -- pseudonymised person's only when an editor marked them safe to show.
        CREATE VIEW ruling_search_facts_source AS
            SELECT r.id AS ruling_id,
                (r.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.visibility <> 'withheld') AS is_public,
                r.date_key, r.date_year, r.outcome, r.verdict, r.court_id,
                p.public_origin_country AS origin_country,
                p.public_ethnicity AS ethnicity,
                r.charges,
                ARRAY(SELECT DISTINCT k.kind::text FROM detention_claims k
                      WHERE k.person_id = r.person_id AND k.deleted_at IS NULL ORDER BY 1) AS claim_kinds,
                r.judge_id
            FROM rulings r
            JOIN persons p ON p.id = r.person_id
            JOIN courts c ON c.id = r.court_id;

        DROP TRIGGER persons_search_facts ON persons;
        CREATE TRIGGER persons_search_facts AFTER UPDATE ON persons
            FOR EACH ROW WHEN ((OLD.visibility, OLD.deleted_at, OLD.public_origin_country, OLD.public_ethnicity)
                IS DISTINCT FROM (NEW.visibility, NEW.deleted_at, NEW.public_origin_country, NEW.public_ethnicity))
            EXECUTE FUNCTION persons_search_facts_touch();

        SELECT ruling_search_facts_refresh(ARRAY(
            SELECT r.id FROM rulings r JOIN persons p ON p.id = r.person_id WHERE p.visibility <> 'public'));
        """;

    public const string Down = """
        DROP VIEW ruling_search_facts_source;
        CREATE VIEW ruling_search_facts_source AS
            SELECT r.id AS ruling_id,
                (r.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.visibility <> 'withheld') AS is_public,
                r.date_key, r.date_year, r.outcome, r.verdict, r.court_id, p.origin_country,
                CASE WHEN p.visibility = 'public' THEN p.ethnicity END AS ethnicity,
                r.charges,
                ARRAY(SELECT DISTINCT k.kind::text FROM detention_claims k
                      WHERE k.person_id = r.person_id AND k.deleted_at IS NULL ORDER BY 1) AS claim_kinds,
                r.judge_id
            FROM rulings r
            JOIN persons p ON p.id = r.person_id
            JOIN courts c ON c.id = r.court_id;

        DROP TRIGGER persons_search_facts ON persons;
        CREATE TRIGGER persons_search_facts AFTER UPDATE ON persons
            FOR EACH ROW WHEN ((OLD.visibility, OLD.deleted_at, OLD.origin_country, OLD.ethnicity)
                IS DISTINCT FROM (NEW.visibility, NEW.deleted_at, NEW.origin_country, NEW.ethnicity))
            EXECUTE FUNCTION persons_search_facts_touch();

        SELECT ruling_search_facts_refresh(ARRAY(
            SELECT r.id FROM rulings r JOIN persons p ON p.id = r.person_id WHERE p.visibility <> 'public'));
        """;
}
