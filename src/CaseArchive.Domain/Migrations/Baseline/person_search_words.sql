-- Every spelling of a person, as one text.
CREATE FUNCTION person_search_words(pid integer) RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT concat_ws(' ', p.display_name, p.folded_name,
        (SELECT string_agg(n.name || ' ' || n.folded_name, ' ') FROM person_names n WHERE n.person_id = p.id))
    FROM persons p WHERE p.id = pid
$fn$;
