CREATE FUNCTION courts_search_facts_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings WHERE court_id = NEW.id));
    RETURN NULL;
END
$fn$;

CREATE TRIGGER courts_search_facts AFTER UPDATE ON courts
    FOR EACH ROW WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION courts_search_facts_touch();
