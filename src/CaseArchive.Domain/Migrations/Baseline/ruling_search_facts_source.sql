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
