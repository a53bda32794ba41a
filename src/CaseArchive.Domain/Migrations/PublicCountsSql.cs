namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the PublicCounts migration: a ruling's facts now carry its judge, so the public counts
/// (statistics, a court's page with its judges) read ruling_search_facts alone. The view and the
/// refresh of <see cref="SearchFactsSql"/> are made again with the judge; the triggers stay.
/// </summary>
internal static class PublicCountsSql
{
    public const string Up = """
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

        -- As before (the rows locked first, then written from the view), with the judge.
        CREATE OR REPLACE FUNCTION ruling_search_facts_refresh(ids integer[]) RETURNS void
        LANGUAGE sql AS $fn$
            SELECT 1 FROM ruling_search_facts WHERE ruling_id = ANY(ids) ORDER BY ruling_id FOR UPDATE;
            INSERT INTO ruling_search_facts (ruling_id, is_public, date_key, date_year, outcome, verdict, court_id, origin_country, ethnicity, charges, claim_kinds, judge_id)
            SELECT ruling_id, is_public, date_key, date_year, outcome, verdict, court_id, origin_country, ethnicity, charges, claim_kinds, judge_id
            FROM ruling_search_facts_source WHERE ruling_id = ANY(ids)
            ON CONFLICT (ruling_id) DO UPDATE SET
                is_public = EXCLUDED.is_public, date_key = EXCLUDED.date_key, date_year = EXCLUDED.date_year,
                outcome = EXCLUDED.outcome, verdict = EXCLUDED.verdict, court_id = EXCLUDED.court_id,
                origin_country = EXCLUDED.origin_country, ethnicity = EXCLUDED.ethnicity,
                charges = EXCLUDED.charges, claim_kinds = EXCLUDED.claim_kinds, judge_id = EXCLUDED.judge_id
        $fn$;

        UPDATE ruling_search_facts f SET judge_id = r.judge_id
        FROM rulings r WHERE r.id = f.ruling_id AND r.judge_id IS NOT NULL;
        """;

    public const string Down = """
        DROP FUNCTION ruling_search_facts_refresh(integer[]);
        DROP VIEW ruling_search_facts_source;
        """ + SearchFactsSql.View + SearchFactsSql.Refresh;
}
