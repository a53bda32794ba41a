CREATE FUNCTION ruling_search_refresh_all() RETURNS void
LANGUAGE sql AS $fn$
    UPDATE ruling_search_facts s SET search_vector = ruling_search_document(r)
    FROM rulings r WHERE r.id = s.ruling_id
$fn$;
