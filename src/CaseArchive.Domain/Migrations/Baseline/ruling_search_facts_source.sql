-- The baseline's view (Baseline/ruling_search_facts_source.sql), changed only by the sourced rule
-- (PublicQueries.CitationIsPublished): a ruling is public only once a published source cites it (not
-- deleted, with a title and an outlet), and a claim's kind is counted only when such a source cites the claim.
CREATE OR REPLACE VIEW ruling_search_facts_source AS
    SELECT r.id AS ruling_id,
        (r.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.visibility <> 'withheld'
            AND EXISTS (SELECT 1 FROM citations ci JOIN sources s ON s.id = ci.source_id
                        WHERE ci.ruling_id = r.id AND citation_source_is_published(s))) AS is_public,
        r.date_key, r.date_year, r.outcome, r.verdict, r.court_id,
        p.public_origin_country AS origin_country,
        p.public_ethnicity AS ethnicity,
        r.charges,
        ARRAY(SELECT DISTINCT k.kind::text FROM detention_claims k
              WHERE k.person_id = r.person_id AND k.deleted_at IS NULL
                AND EXISTS (SELECT 1 FROM citations ci JOIN sources s ON s.id = ci.source_id
                            WHERE ci.detention_claim_id = k.id AND citation_source_is_published(s))
              ORDER BY 1) AS claim_kinds,
        r.judge_id
    FROM rulings r
    JOIN persons p ON p.id = r.person_id
    JOIN courts c ON c.id = r.court_id;
