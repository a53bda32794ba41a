-- The documents of many rulings at once, each as ruling_search_document gives it, with the hidden
-- lexemes looked up once for all their words rather than once per ruling: what the triggers' refreshes
-- and the bulk loader (generate) use.
CREATE FUNCTION ruling_search_documents(ids integer[]) RETURNS TABLE (ruling_id integer, search_vector tsvector)
LANGUAGE sql STABLE AS $fn$
    WITH parts AS MATERIALIZED (
        SELECT r.id, ruling_search_shown(r) AS shown, ruling_search_text(r) AS t
        FROM rulings r WHERE r.id = ANY(ids)),
    hidden AS MATERIALIZED (
        SELECT unnest(ruling_search_hidden_lexemes(ARRAY(
            SELECT DISTINCT l FROM parts CROSS JOIN LATERAL unnest(tsvector_to_array(parts.t)) AS l))) AS l)
    SELECT p.id, p.shown || ts_delete(p.t, ARRAY(SELECT l FROM unnest(tsvector_to_array(p.t)) AS l WHERE l IN (SELECT h.l FROM hidden h)))
    FROM parts p
$fn$;
