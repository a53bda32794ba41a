CREATE FUNCTION rulings_search_touch_words(words text) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    q tsquery;
BEGIN
    SELECT to_tsquery('simple', string_agg(quote_literal(w), ' | ')) INTO q
    FROM unnest(tsvector_to_array(to_tsvector('simple', coalesce(words, '')))) AS w;
    IF q IS NOT NULL THEN
        PERFORM ruling_search_refresh(ARRAY(SELECT ruling_id FROM ruling_search_facts WHERE search_vector @@ q));
    END IF;
END
$fn$;
