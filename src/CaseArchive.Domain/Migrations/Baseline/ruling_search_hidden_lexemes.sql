-- Of the given lexemes, those no document may hold: a word of any spelling of a person who is not
-- public, or such a word with a case ending (on the word, or on the word less its last vowel), so that
-- no search finds a record by a hidden name however a quote declines it. The endings are the
-- redaction's own (Privacy/Data/name-endings.txt), written in by the migration. Each lexeme is looked
-- up in the hidden words, hashed once per call.
CREATE FUNCTION ruling_search_hidden_lexemes(lexemes text[]) RETURNS text[]
LANGUAGE sql STABLE AS $fn$
    WITH hidden AS MATERIALIZED (
        SELECT DISTINCT w
        FROM persons hp
        LEFT JOIN person_names hn ON hn.person_id = hp.id
        CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('simple',
            concat_ws(' ', hp.display_name, hp.folded_name, hn.name, hn.folded_name)))) AS w
        WHERE hp.visibility <> 'public'),
    stems AS MATERIALIZED (
        SELECT w FROM hidden
        UNION
        SELECT regexp_replace(w, '[аяеёиоуыэюьйaeiouy]$', '') FROM hidden)
    SELECT coalesce(array_agg(l), '{}')
    FROM unnest(lexemes) AS l
    WHERE l IN (SELECT w FROM hidden)
       OR EXISTS (
           SELECT 1 FROM unnest('{ENDINGS}'::text[]) AS e(ending)
           WHERE length(l) >= length(e.ending) + 3 AND right(l, length(e.ending)) = e.ending
             AND left(l, -length(e.ending)) IN (SELECT w FROM stems))
$fn$;
