-- The rows are locked in key order first, as ruling_search_facts_refresh locks them, so that the
-- two refreshes, which write the same rows, never wait on each other in a circle.
CREATE OR REPLACE FUNCTION ruling_search_refresh(ids integer[]) RETURNS void
LANGUAGE sql AS $fn$
    SELECT 1 FROM ruling_search_facts WHERE ruling_id = ANY(ids) ORDER BY ruling_id FOR UPDATE;
    UPDATE ruling_search_facts s SET search_vector = d.search_vector
    FROM ruling_search_documents(ids) d WHERE d.ruling_id = s.ruling_id
$fn$;
