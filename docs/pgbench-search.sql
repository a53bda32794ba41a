-- S1, the search's statement of matches (docs/explain.sql), as a pgbench script over the searches
-- scripts/bench drew (.data/bench/search.txt), each one's words as typed and folded (lower case:
-- the drawn names are Latin). Prepared, as the app sends it. Once, on the bench's database:
--   PGPASSWORD=casearchive psql -h 127.0.0.1 -p 55432 -U casearchive casearchive_bench_1000000 \
--     -c "CREATE TABLE pgbench_searches (i serial PRIMARY KEY, path text)" \
--     -c "\copy pgbench_searches (path) FROM .data/bench/search.txt"
-- then, one client for 8 s (the mean is pgbench's "latency average"):
--   PGPASSWORD=casearchive pgbench -h 127.0.0.1 -p 55432 -U casearchive -n -M prepared -c 1 -T 8 \
--     -f docs/pgbench-search.sql casearchive_bench_1000000
-- and DROP TABLE pgbench_searches afterwards.
\set i random(1, 500)
SELECT replace(substring(path FROM 'q=([^&]*)'), '%20', ' ') AS qq, lower(replace(substring(path FROM 'q=([^&]*)'), '%20', ' ')) AS ff
FROM pgbench_searches WHERE i = :i \gset
SELECT f.ruling_id, f.date_key, f.date_year, ts_rank(f.search_vector, websearch_to_tsquery('simple', :qq) || websearch_to_tsquery('simple', :ff)),
       f.outcome, f.verdict, c.slug, c.name, c.country, f.origin_country, f.ethnicity, f.charges, f.claim_kinds
FROM ruling_search_facts f JOIN courts c ON c.id = f.court_id
WHERE f.is_public AND f.search_vector @@ (websearch_to_tsquery('simple', :qq) || websearch_to_tsquery('simple', :ff))
LIMIT 10001;
