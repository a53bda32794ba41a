-- The public queries of the search page (S), the person page (P) and the API (A), as the app sends
-- them (EF Core's SQL, written out without its nested soft-delete subselects), for EXPLAIN at scale:
--   PGPASSWORD=casearchive psql -h 127.0.0.1 -p 55442 -U casearchive casearchive_bench_1000000 \
--     -v q='Amanzhol Askhatev' -v folded='amanjol ashatev' -v slug='amanzhol-askhatev-2' -f docs/explain.sql
\pset pager off
\echo '== S1: the text query''s matches (looked up once per request, at most 10,001)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT m.id FROM (
    SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id LEFT JOIN ruling_search_documents d ON d.ruling_id = r0.id
    WHERE r0.deleted_at IS NULL AND p0.visibility <> 'withheld'
      AND d.search_vector @@ (websearch_to_tsquery('simple', :'q') || websearch_to_tsquery('simple', :'folded'))
    UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id
    WHERE r0.deleted_at IS NULL AND p0.visibility = 'public' AND :'folded' <% p0.folded_name
    UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id JOIN person_names n ON n.person_id = p0.id
    WHERE r0.deleted_at IS NULL AND p0.visibility = 'public' AND :'folded' <% n.folded_name
    UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id
    WHERE r0.deleted_at IS NULL AND p0.visibility = 'pseudonymised' AND :'folded' <% lower(p0.pseudonym)
) m LIMIT 10001;

SELECT array_agg(m.id) AS matched FROM (
    SELECT d.ruling_id AS id FROM ruling_search_documents d
    WHERE d.search_vector @@ (websearch_to_tsquery('simple', :'q') || websearch_to_tsquery('simple', :'folded'))
    UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id WHERE p0.visibility = 'public' AND :'folded' <% p0.folded_name
) m \gset

\echo '== S2: the count (exact up to 10,000) over the matches and two filters'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT count(*) FROM (SELECT 1 FROM rulings r JOIN persons p ON p.id = r.person_id JOIN courts c ON c.id = r.court_id
    WHERE r.deleted_at IS NULL AND p.visibility <> 'withheld' AND r.id = ANY(:'matched'::int[])
      AND r.outcome = ANY('{extradition_refused}') AND lower(c.country) = ANY('{kazakhstan}') LIMIT 10001) s;

\echo '== S3: the page (keys in the list order)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT r.id, r.date_key FROM rulings r JOIN persons p ON p.id = r.person_id JOIN courts c ON c.id = r.court_id
WHERE r.deleted_at IS NULL AND p.visibility <> 'withheld' AND r.id = ANY(:'matched'::int[])
  AND r.outcome = ANY('{extradition_refused}') AND lower(c.country) = ANY('{kazakhstan}')
ORDER BY r.date_key IS NULL, r.date_key DESC, r.id DESC LIMIT 51;

\echo '== S4: a facet (outcome: every filter but its own, over at most 10,000 rulings)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT s.outcome, count(*) FROM (SELECT r.outcome FROM rulings r JOIN persons p ON p.id = r.person_id JOIN courts c ON c.id = r.court_id
    WHERE r.deleted_at IS NULL AND p.visibility <> 'withheld' AND r.id = ANY(:'matched'::int[]) AND lower(c.country) = ANY('{kazakhstan}') LIMIT 10000) s
GROUP BY s.outcome;

\echo '== L1: /rulings with no filter: the first page, walking ix_rulings_newest'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT r.id, r.date_key FROM rulings r JOIN persons p ON p.id = r.person_id
WHERE r.deleted_at IS NULL AND p.visibility <> 'withheld'
ORDER BY r.date_key IS NULL, r.date_key DESC, r.id DESC LIMIT 51;

\echo '== L2: /rulings with no filter: a facet over 10,000 rulings, not a million'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT c.country, count(*) FROM (SELECT r.court_id FROM rulings r JOIN persons p ON p.id = r.person_id
    WHERE r.deleted_at IS NULL AND p.visibility <> 'withheld' LIMIT 10000) s JOIN courts c ON c.id = s.court_id
GROUP BY c.country;

\echo '== A1: /api/v1/rulings?outcome=not_deported&year_from=2018: the page'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT r.id, r.date_key FROM rulings r JOIN persons p ON p.id = r.person_id
WHERE r.deleted_at IS NULL AND p.visibility <> 'withheld' AND r.outcome = ANY('{not_deported}') AND r.date_year >= 2018
ORDER BY r.date_key IS NULL, r.date_key DESC, r.id DESC LIMIT 51;

\echo '== P1: the person by address, with spellings'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT p.*, n.name FROM persons p LEFT JOIN person_names n ON n.person_id = p.id
WHERE p.deleted_at IS NULL AND p.visibility <> 'withheld' AND p.slug = :'slug';

SELECT id AS person FROM persons WHERE slug = :'slug' \gset

\echo '== P2: the timeline: events, claims, rulings of the person'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT e.* FROM events e WHERE e.deleted_at IS NULL AND e.person_id = :person;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT r.*, c.name FROM rulings r JOIN courts c ON c.id = r.court_id WHERE r.deleted_at IS NULL AND r.person_id = :person;

\echo '== P3: the quotes of the timeline'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT ci.quote, s.title FROM citations ci JOIN sources s ON s.id = ci.source_id
WHERE s.deleted_at IS NULL AND (ci.ruling_id = ANY(ARRAY(SELECT id FROM rulings WHERE person_id = :person))
   OR ci.timeline_event_id = ANY(ARRAY(SELECT id FROM events WHERE person_id = :person)));

\echo '== P4: redaction: hidden persons a text''s words can name (folded last word)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT p.id FROM persons p WHERE p.visibility <> 'public' AND substring(p.folded_name from '[^ ]*$') = ANY('{amanjol,ashatev,court,kazakhstan}')
UNION
SELECT n.person_id FROM person_names n JOIN persons p ON p.id = n.person_id
WHERE p.visibility <> 'public' AND substring(n.folded_name from '[^ ]*$') = ANY('{amanjol,ashatev,court,kazakhstan}');

\echo '== P5: the articles of the facts of the person (looked up once), then persons cited from them'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT ci.source_id FROM citations ci WHERE ci.person_id = :person
UNION SELECT ci.source_id FROM citations ci JOIN events e ON e.id = ci.timeline_event_id WHERE e.person_id = :person
UNION SELECT ci.source_id FROM citations ci JOIN detention_claims d ON d.id = ci.detention_claim_id WHERE d.person_id = :person
UNION SELECT ci.source_id FROM citations ci JOIN rulings r ON r.id = ci.ruling_id WHERE r.person_id = :person;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT DISTINCT p.slug FROM citations c JOIN persons p ON p.id = c.person_id
WHERE p.visibility <> 'withheld' AND c.person_id <> :person
  AND c.source_id = ANY(ARRAY(SELECT ci.source_id FROM citations ci JOIN rulings r ON r.id = ci.ruling_id WHERE r.person_id = :person));
