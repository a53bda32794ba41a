-- As before (the rows locked first, then written from the view), with the judge.
CREATE FUNCTION ruling_search_facts_refresh(ids integer[]) RETURNS void
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
