CREATE FUNCTION person_names_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    pid integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM persons WHERE id = pid AND visibility <> 'public') THEN
        IF TG_OP = 'INSERT' THEN
            PERFORM rulings_search_touch_words(NEW.name || ' ' || NEW.folded_name);
        ELSE
            -- A hidden spelling removed or changed: its words may be shown again anywhere.
            PERFORM ruling_search_refresh_all();
        END IF;
    END IF;
    PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = pid OR judge_id = pid OR prosecutor_id = pid));
    RETURN NULL;
END
$fn$;

CREATE TRIGGER person_names_search AFTER INSERT OR DELETE OR UPDATE OF person_id, name, folded_name ON person_names
    FOR EACH ROW EXECUTE FUNCTION person_names_search_touch();
