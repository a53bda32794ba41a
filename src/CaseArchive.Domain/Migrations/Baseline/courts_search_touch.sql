CREATE FUNCTION courts_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE court_id = NEW.id));
    RETURN NULL;
END
$fn$;

CREATE TRIGGER courts_search AFTER UPDATE ON courts
    FOR EACH ROW EXECUTE FUNCTION courts_search_touch();
