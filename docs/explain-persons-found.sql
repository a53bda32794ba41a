-- The persons above a search's rulings (PersonSearch.FindAsync), for EXPLAIN at scale:
--   psql -v folded='<folded name>' -v lower='<lower-case name>' -f docs/explain-persons-found.sql
-- The first statement is the trigram match it used to send (the fallback now), the second the words pass.
-- the persons above a search's rulings, before: trigram word similarity over names and spellings
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.slug, p.display_name, (SELECT count(*) FROM rulings r WHERE r.person_id = p.id) AS rulings
FROM persons p
WHERE p.visibility <> 'withheld' AND p.id IN (
  SELECT id FROM persons WHERE visibility <> 'withheld' AND visibility = 'public' AND :'folded' <% folded_name
  UNION SELECT n.person_id FROM persons p1 JOIN person_names n ON n.person_id = p1.id WHERE p1.visibility <> 'withheld' AND p1.visibility = 'public' AND :'folded' <% n.folded_name
  UNION SELECT id FROM persons WHERE visibility <> 'withheld' AND visibility = 'pseudonymised' AND (:'lower' <% lower(pseudonym) OR lower(pseudonym) LIKE :'lower' || '%'))
ORDER BY rulings DESC, p.display_name LIMIT 10;
-- the persons above a search's rulings, after: every folded word as a whole word (words indexes)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.slug, p.display_name, (p.folded_name = :'folded' OR EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id AND n.folded_name = :'folded')) AS whole,
  (SELECT count(*) FROM rulings r WHERE r.person_id = p.id) AS rulings
FROM persons p
WHERE p.visibility <> 'withheld' AND p.id IN (
  SELECT id FROM persons WHERE visibility <> 'withheld' AND visibility = 'public' AND to_tsvector('simple', folded_name) @@ plainto_tsquery('simple', :'folded')
  UNION SELECT n.person_id FROM persons p1 JOIN person_names n ON n.person_id = p1.id WHERE p1.visibility <> 'withheld' AND p1.visibility = 'public' AND to_tsvector('simple', n.folded_name) @@ plainto_tsquery('simple', :'folded')
  UNION SELECT id FROM persons WHERE visibility <> 'withheld' AND visibility = 'pseudonymised' AND (to_tsvector('simple', lower(pseudonym)) @@ plainto_tsquery('simple', :'lower') OR lower(pseudonym) LIKE :'lower' || '%'))
ORDER BY whole DESC, rulings DESC, p.display_name LIMIT 10;
