CREATE FUNCTION cases_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE case_id = NEW.id));
    RETURN NULL;
END
$fn$;

CREATE TRIGGER cases_search AFTER UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_search_touch();
