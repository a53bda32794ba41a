namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the SourcedAndOnce migration: a ruling is public only once it is sourced (a citation of
/// it from a published source: <see cref="PublicQueries.CitationIsPublished"/>), and a claim's kind is
/// counted only when the claim is. The view, and triggers on citations and sources that refresh the
/// facts of the rulings a change of either touches.
/// </summary>
internal static class SourcedPublicSql
{
    // A published source: not deleted, with a title and an outlet (PublicQueries.CitationIsPublished).
    private const string Published = "s.deleted_at IS NULL AND btrim(s.title) <> '' AND btrim(coalesce(s.outlet, '')) <> ''";

    public const string Up = $$"""
        CREATE OR REPLACE VIEW ruling_search_facts_source AS
            SELECT r.id AS ruling_id,
                (r.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.visibility <> 'withheld'
                    AND EXISTS (SELECT 1 FROM citations ci JOIN sources s ON s.id = ci.source_id
                                WHERE ci.ruling_id = r.id AND {{Published}})) AS is_public,
                r.date_key, r.date_year, r.outcome, r.verdict, r.court_id,
                p.public_origin_country AS origin_country,
                p.public_ethnicity AS ethnicity,
                r.charges,
                ARRAY(SELECT DISTINCT k.kind::text FROM detention_claims k
                      WHERE k.person_id = r.person_id AND k.deleted_at IS NULL
                        AND EXISTS (SELECT 1 FROM citations ci JOIN sources s ON s.id = ci.source_id
                                    WHERE ci.detention_claim_id = k.id AND {{Published}})
                      ORDER BY 1) AS claim_kinds,
                r.judge_id
            FROM rulings r
            JOIN persons p ON p.id = r.person_id
            JOIN courts c ON c.id = r.court_id;

        -- The rulings a citation bears on: its ruling's, or every ruling of its claim's person.
        CREATE FUNCTION citations_search_facts_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM ruling_search_facts_refresh(ARRAY(
                SELECT r.id FROM rulings r
                WHERE r.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.ruling_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.ruling_id END)
                   OR r.person_id IN (SELECT d.person_id FROM detention_claims d
                        WHERE d.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.detention_claim_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.detention_claim_id END))));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER citations_search_facts AFTER INSERT OR UPDATE OR DELETE ON citations
            FOR EACH ROW EXECUTE FUNCTION citations_search_facts_touch();

        -- A source given (or losing) its title or outlet, or deleted, publishes (or withdraws) what it is cited for.
        CREATE FUNCTION sources_search_facts_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM ruling_search_facts_refresh(ARRAY(
                SELECT r.id FROM rulings r
                WHERE r.id IN (SELECT ci.ruling_id FROM citations ci WHERE ci.source_id = NEW.id)
                   OR r.person_id IN (SELECT d.person_id FROM citations ci JOIN detention_claims d ON d.id = ci.detention_claim_id WHERE ci.source_id = NEW.id)));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER sources_search_facts AFTER UPDATE ON sources
            FOR EACH ROW WHEN ((OLD.title, OLD.outlet, OLD.deleted_at) IS DISTINCT FROM (NEW.title, NEW.outlet, NEW.deleted_at))
            EXECUTE FUNCTION sources_search_facts_touch();

        SELECT ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings));
        """;

    public const string Down = """
        DROP TRIGGER sources_search_facts ON sources;
        DROP FUNCTION sources_search_facts_touch();
        DROP TRIGGER citations_search_facts ON citations;
        DROP FUNCTION citations_search_facts_touch();
        CREATE OR REPLACE VIEW ruling_search_facts_source AS
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
        SELECT ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings));
        """;
}
