-- The part of a ruling's document that names people as the public sees them: the person's public
-- names (every spelling and its folded form when public, the pseudonym when pseudonymised, nothing
-- when withheld), weight A; the judge's and prosecutor's, weight C.
CREATE FUNCTION ruling_search_shown(r rulings) RETURNS tsvector
LANGUAGE sql STABLE AS $fn$
    SELECT
        setweight(to_tsvector('simple', coalesce((
            SELECT CASE p.visibility
                WHEN 'public' THEN concat_ws(' ', p.display_name, p.folded_name,
                    (SELECT string_agg(n.name || ' ' || n.folded_name, ' ' ORDER BY n.id) FROM person_names n WHERE n.person_id = p.id))
                WHEN 'pseudonymised' THEN p.pseudonym
                ELSE '' END
            FROM persons p WHERE p.id = r.person_id), '')), 'A')
        || setweight(to_tsvector('simple', coalesce((
            SELECT string_agg(CASE j.visibility WHEN 'public' THEN j.display_name WHEN 'pseudonymised' THEN j.pseudonym END, ' ' ORDER BY j.id)
            FROM persons j WHERE j.id = r.judge_id OR j.id = r.prosecutor_id), '')), 'C')
$fn$;
