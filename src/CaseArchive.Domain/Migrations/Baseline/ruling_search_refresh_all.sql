CREATE OR REPLACE FUNCTION ruling_search_refresh_all() RETURNS void
LANGUAGE sql AS $fn$
    SELECT ruling_search_refresh(ARRAY(SELECT ruling_id FROM ruling_search_facts))
$fn$;
