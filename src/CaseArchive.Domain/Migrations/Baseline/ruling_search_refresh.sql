-- The rows are locked in key order first, as ruling_search_facts_refresh locks them, so that the
-- two refreshes, which now write the same rows, never wait on each other in a circle.
CREATE FUNCTION ruling_search_refresh(ids integer[]) RETURNS void
LANGUAGE sql AS $fn$
    SELECT 1 FROM ruling_search_facts WHERE ruling_id = ANY(ids) ORDER BY ruling_id FOR UPDATE;
    UPDATE ruling_search_facts s SET search_vector = ruling_search_document(r)
    FROM rulings r WHERE r.id = s.ruling_id AND r.id = ANY(ids)
$fn$;
