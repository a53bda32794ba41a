-- The public queries of the search page (S), the list (L), the API (A), the person page (P), the
-- statistics (T), a court's page (C), the feed (F) and the list of persons (N), as the app sends them
-- (EF Core's SQL, written out without its nested soft-delete subselects), for EXPLAIN at scale:
--   PGPASSWORD=casearchive psql -h 127.0.0.1 -p 55432 -U casearchive casearchive_bench_1000000 \
--     -v q='Amanzhol Askhatev' -v folded='amanjol ashatev' -v slug='amanzhol-askhatev-2' \
--     -v court='zharkent-district-court' -f docs/explain.sql
\pset pager off
\echo '== S1: the search: the facts of the first 10,001 public rulings whose document (in the same row of ruling_search_facts) holds the words, in one read'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT f.ruling_id, f.date_key, f.date_year, ts_rank(f.search_vector, websearch_to_tsquery('simple', :'q') || websearch_to_tsquery('simple', :'folded')),
       f.outcome, f.verdict, c.slug, c.name, c.country, f.origin_country, f.ethnicity, f.charges, f.claim_kinds
FROM ruling_search_facts f JOIN courts c ON c.id = f.court_id
WHERE f.is_public AND f.search_vector @@ (websearch_to_tsquery('simple', :'q') || websearch_to_tsquery('simple', :'folded'))
LIMIT 10001;

SELECT array_agg(d.ruling_id ORDER BY d.ruling_id DESC) FILTER (WHERE true) AS matched FROM (
    SELECT ruling_id FROM ruling_search_facts
    WHERE search_vector @@ (websearch_to_tsquery('simple', :'q') || websearch_to_tsquery('simple', :'folded')) LIMIT 50) d \gset

\echo '== S2: the page''s rows, each with its person''s spellings, a row per spelling (the count, the facets and the order came from S1, in memory; S3, the spellings'' own statement, is part of S2 since the night of 4 December)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT r.id, r.date_year, r.date_month, r.date_day, r.date_inferred, CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END,
       p.slug, c.name, c.country, r.outcome, r.sentence_kind, r.sentence_months, r.fine_amount, r.person_id, c.slug,
       CASE WHEN p.visibility = 'public' THEN n.name END
FROM rulings r JOIN persons p ON p.id = r.person_id JOIN courts c ON c.id = r.court_id
LEFT JOIN person_names n ON n.person_id = r.person_id
WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.visibility <> 'withheld' AND r.id = ANY(:'matched'::int[])
ORDER BY n.id;

\echo '== S4: a misspelt name (the words match nothing): trigrams of folded names, spellings and pseudonyms'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id WHERE r0.deleted_at IS NULL AND p0.visibility = 'public' AND :'folded' <% p0.folded_name
UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id JOIN person_names n ON n.person_id = p0.id
WHERE r0.deleted_at IS NULL AND p0.visibility = 'public' AND :'folded' <% n.folded_name
UNION SELECT r0.id FROM rulings r0 JOIN persons p0 ON p0.id = r0.person_id
WHERE r0.deleted_at IS NULL AND p0.visibility = 'pseudonymised' AND :'folded' <% lower(p0.pseudonym);

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

\echo '== P4: redaction: the hidden persons a text''s words can name (folded last word), with their spellings, in one statement'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT p.id, p.display_name, p.pseudonym, p.visibility = 'pseudonymised' AS pseudonymised, n.name
FROM persons p LEFT JOIN person_names n ON n.person_id = p.id
WHERE p.id = ANY (ARRAY(
    SELECT p.id FROM persons p WHERE p.visibility <> 'public' AND substring(p.folded_name from '[^ ]*$') = ANY('{amanjol,ashatev,court,kazakhstan}')
    UNION
    SELECT n.person_id FROM person_names n
    WHERE n.person_hidden AND substring(n.folded_name from '[^ ]*$') = ANY('{amanjol,ashatev,court,kazakhstan}')))
  AND p.visibility <> 'public' AND p.id <> ALL('{}'::int[])
ORDER BY p.id, n.id;

\echo '== P5: persons reported in the same articles: the articles of the person''s facts (a union of four index lookups) and who they cite, in one statement'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT DISTINCT p.slug FROM citations c JOIN persons p ON p.id = c.person_id
WHERE p.deleted_at IS NULL AND p.visibility <> 'withheld' AND c.person_id <> :person AND c.source_id IN (
    SELECT ci.source_id FROM citations ci WHERE ci.person_id = :person
    UNION SELECT ci.source_id FROM citations ci JOIN events e ON e.id = ci.timeline_event_id WHERE e.person_id = :person
    UNION SELECT ci.source_id FROM citations ci JOIN detention_claims d ON d.id = ci.detention_claim_id WHERE d.person_id = :person
    UNION SELECT ci.source_id FROM citations ci JOIN rulings r ON r.id = ci.ruling_id WHERE r.person_id = :person);

\echo '== T1: /statistics: outcomes by year and by country, both from one read of the index of the public counts'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT f.date_year, c.country, f.outcome, count(*)::int FROM ruling_search_facts f JOIN courts c ON c.id = f.court_id
WHERE f.is_public GROUP BY f.date_year, c.country, f.outcome;

\echo '== C1: a court''s page: its rulings by year and outcome'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT f.date_year, f.outcome, count(*)::int FROM ruling_search_facts f
WHERE f.is_public AND f.court_id = (SELECT id FROM courts WHERE slug = :'court') GROUP BY f.date_year, f.outcome;

\echo '== C2: a court''s page: its judges, as the public may see them, with their counts'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END AS name, p.slug, j.n
FROM (SELECT f.judge_id, count(*)::int AS n FROM ruling_search_facts f
      WHERE f.is_public AND f.court_id = (SELECT id FROM courts WHERE slug = :'court') AND f.judge_id IS NOT NULL GROUP BY f.judge_id) j
JOIN persons p ON p.id = j.judge_id
WHERE p.deleted_at IS NULL AND p.visibility <> 'withheld' ORDER BY j.n DESC, name;

\echo '== F1: the Atom feed: the latest changed public rulings, walking ix_rulings_updated_at_id backwards'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT r.summary FROM rulings r JOIN persons p ON p.id = r.person_id
WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL AND p.visibility <> 'withheld'
ORDER BY r.updated_at DESC, r.id DESC LIMIT 50;

\echo '== N1: /persons: most rulings first, walking ix_person_ruling_counts_rulings_person_id'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END AS name, p.slug, c.rulings
FROM persons p JOIN person_ruling_counts c ON c.person_id = p.id
WHERE p.deleted_at IS NULL AND p.visibility <> 'withheld'
ORDER BY c.rulings DESC, name LIMIT 500;

\echo '== N2: /persons?q=: a name by trigrams, a union of the name, the spellings and the pseudonym, each on its index'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
SELECT CASE WHEN p.visibility = 'pseudonymised' THEN p.pseudonym ELSE p.display_name END AS name, p.slug, c.rulings
FROM persons p JOIN person_ruling_counts c ON c.person_id = p.id
WHERE p.deleted_at IS NULL AND p.visibility <> 'withheld' AND p.id IN (
    SELECT p1.id FROM persons p1 WHERE p1.deleted_at IS NULL AND p1.visibility = 'public' AND :'folded' <% p1.folded_name
    UNION SELECT n.person_id FROM persons p2 JOIN person_names n ON n.person_id = p2.id
    WHERE p2.deleted_at IS NULL AND p2.visibility = 'public' AND :'folded' <% n.folded_name
    UNION SELECT p3.id FROM persons p3 WHERE p3.deleted_at IS NULL AND p3.visibility = 'pseudonymised'
      AND (:'folded' <% lower(p3.pseudonym) OR lower(p3.pseudonym) LIKE :'folded' || '%'))
ORDER BY c.rulings DESC, name LIMIT 500;
