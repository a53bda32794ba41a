namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the SearchFacts migration: what a search reads of a ruling (RulingSearchFacts), defined
/// once as a view, and the triggers that keep ruling_search_facts equal to it whenever a ruling, its
/// person, its court or the person's claims change. Kept in the database, like the documents, so every
/// writer (the web app, the command line, an editor's SQL) leaves correct facts behind.
/// </summary>
internal static class SearchFactsSql
{
    public const string Up = View + Refresh + """
        -- A ruling's person and court are locked (shared) before its facts are computed: an edit of the
        -- person (withheld, say) or the court (deleted) made at the same time either waits for this one,
        -- and then refreshes the person's or court's rulings with this ruling among them, or is waited for,
        -- and this refresh reads what it wrote. Without it, a ruling moved to a person being withheld at
        -- that moment could keep facts that call it public.
        CREATE FUNCTION rulings_search_facts_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM 1 FROM persons WHERE id = NEW.person_id FOR SHARE;
            PERFORM 1 FROM courts WHERE id = NEW.court_id FOR SHARE;
            PERFORM ruling_search_facts_refresh(ARRAY[NEW.id]);
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER rulings_search_facts AFTER INSERT OR UPDATE ON rulings
            FOR EACH ROW EXECUTE FUNCTION rulings_search_facts_touch();

        CREATE FUNCTION persons_search_facts_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = NEW.id));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER persons_search_facts AFTER UPDATE ON persons
            FOR EACH ROW WHEN ((OLD.visibility, OLD.deleted_at, OLD.origin_country, OLD.ethnicity)
                IS DISTINCT FROM (NEW.visibility, NEW.deleted_at, NEW.origin_country, NEW.ethnicity))
            EXECUTE FUNCTION persons_search_facts_touch();

        CREATE FUNCTION courts_search_facts_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings WHERE court_id = NEW.id));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER courts_search_facts AFTER UPDATE ON courts
            FOR EACH ROW WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
            EXECUTE FUNCTION courts_search_facts_touch();

        CREATE FUNCTION detention_claims_search_facts_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM 1 FROM persons WHERE id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.person_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.person_id END)
                ORDER BY id FOR SHARE;
            PERFORM ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings
                WHERE person_id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.person_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.person_id END)));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER detention_claims_search_facts AFTER INSERT OR UPDATE OR DELETE ON detention_claims
            FOR EACH ROW EXECUTE FUNCTION detention_claims_search_facts_touch();

        SELECT ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings));
        """;

    /// <summary>The view as this migration made it (PublicCounts adds the judge).</summary>
    public const string View = """
        -- A ruling's facts: public (the rule of PublicQueries.RulingIsPublic with the soft deletes: the
        -- ruling, its person and its court not deleted, the person not withheld), date, outcome, verdict,
        -- court, the person's origin, ethnicity when the person is public, charges, and the kinds of the
        -- person's claims that are not deleted.
        CREATE VIEW ruling_search_facts_source AS
            SELECT r.id AS ruling_id,
                (r.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.visibility <> 'withheld') AS is_public,
                r.date_key, r.date_year, r.outcome, r.verdict, r.court_id, p.origin_country,
                CASE WHEN p.visibility = 'public' THEN p.ethnicity END AS ethnicity,
                r.charges,
                ARRAY(SELECT DISTINCT k.kind::text FROM detention_claims k
                      WHERE k.person_id = r.person_id AND k.deleted_at IS NULL ORDER BY 1) AS claim_kinds
            FROM rulings r
            JOIN persons p ON p.id = r.person_id
            JOIN courts c ON c.id = r.court_id;

        """;

    /// <summary>The refresh as this migration made it (PublicCounts adds the judge).</summary>
    public const string Refresh = """
        -- Recomputes the facts of the given rulings. Their rows are locked first: a transaction refreshing
        -- the same rows waits here for the other to commit, and the INSERT, a statement of its own in this
        -- VOLATILE function, then reads with a snapshot taken after it, so the later writer never puts back
        -- facts computed before the earlier one's change.
        CREATE FUNCTION ruling_search_facts_refresh(ids integer[]) RETURNS void
        LANGUAGE sql AS $fn$
            SELECT 1 FROM ruling_search_facts WHERE ruling_id = ANY(ids) ORDER BY ruling_id FOR UPDATE;
            INSERT INTO ruling_search_facts (ruling_id, is_public, date_key, date_year, outcome, verdict, court_id, origin_country, ethnicity, charges, claim_kinds)
            SELECT ruling_id, is_public, date_key, date_year, outcome, verdict, court_id, origin_country, ethnicity, charges, claim_kinds
            FROM ruling_search_facts_source WHERE ruling_id = ANY(ids)
            ON CONFLICT (ruling_id) DO UPDATE SET
                is_public = EXCLUDED.is_public, date_key = EXCLUDED.date_key, date_year = EXCLUDED.date_year,
                outcome = EXCLUDED.outcome, verdict = EXCLUDED.verdict, court_id = EXCLUDED.court_id,
                origin_country = EXCLUDED.origin_country, ethnicity = EXCLUDED.ethnicity,
                charges = EXCLUDED.charges, claim_kinds = EXCLUDED.claim_kinds
        $fn$;

        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS detention_claims_search_facts ON detention_claims;
        DROP TRIGGER IF EXISTS courts_search_facts ON courts;
        DROP TRIGGER IF EXISTS persons_search_facts ON persons;
        DROP TRIGGER IF EXISTS rulings_search_facts ON rulings;
        DROP FUNCTION IF EXISTS detention_claims_search_facts_touch();
        DROP FUNCTION IF EXISTS courts_search_facts_touch();
        DROP FUNCTION IF EXISTS persons_search_facts_touch();
        DROP FUNCTION IF EXISTS rulings_search_facts_touch();
        DROP FUNCTION IF EXISTS ruling_search_facts_refresh(integer[]);
        DROP VIEW IF EXISTS ruling_search_facts_source;
        """;
}
