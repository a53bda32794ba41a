CREATE FUNCTION ruling_search_document(r rulings) RETURNS tsvector
LANGUAGE sql STABLE AS $fn$
    SELECT
        setweight(to_tsvector('simple', coalesce((
            SELECT CASE p.visibility
                WHEN 'public' THEN concat_ws(' ', p.display_name, p.folded_name,
                    (SELECT string_agg(n.name || ' ' || n.folded_name, ' ') FROM person_names n WHERE n.person_id = p.id))
                WHEN 'pseudonymised' THEN p.pseudonym
                ELSE '' END
            FROM persons p WHERE p.id = r.person_id), '')), 'A')
        || setweight(to_tsvector('simple', coalesce((
            SELECT string_agg(CASE j.visibility WHEN 'public' THEN j.display_name WHEN 'pseudonymised' THEN j.pseudonym END, ' ')
            FROM persons j WHERE j.id = r.judge_id OR j.id = r.prosecutor_id), '')), 'C')
        -- Of the facts and words, the lexemes that are a hidden name's word, or one with a case
        -- ending (on the word, or on the word less its last vowel): each lexeme of the document is
        -- looked up in the hidden words, hashed once.
        || (SELECT ts_delete(d.v, coalesce((
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
                SELECT array_agg(l)
                FROM unnest(tsvector_to_array(d.v)) AS l
                WHERE l IN (SELECT w FROM hidden)
                   OR EXISTS (
                       SELECT 1 FROM unnest('{ENDINGS}'::text[]) AS e(ending)
                       WHERE length(l) >= length(e.ending) + 3 AND right(l, length(e.ending)) = e.ending
                         AND left(l, -length(e.ending)) IN (SELECT w FROM stems))), '{}'))
            FROM (SELECT
                setweight(to_tsvector('simple', coalesce((
                    SELECT concat_ws(' ', c.name, c.town, c.region, c.country,
                        replace(array_to_string(r.charges, ' '), '_', ' '),
                        replace(r.outcome, '_', ' '), r.verdict)
                    FROM courts c WHERE c.id = r.court_id), '')), 'B')
                || to_tsvector('simple', concat_ws(' ',
                    r.summary,
                    (SELECT k.title FROM cases k WHERE k.id = r.case_id),
                    (SELECT string_agg(concat_ws(' ', replace(d.kind, '_', ' '), d.facility, d.place, d.period), ' ')
                        FROM detention_claims d WHERE d.person_id = r.person_id),
                    (SELECT string_agg(ci.quote, ' ') FROM citations ci
                        WHERE ci.ruling_id = r.id
                           OR ci.detention_claim_id IN (SELECT d.id FROM detention_claims d WHERE d.person_id = r.person_id)))) AS v) AS d)
$fn$;
