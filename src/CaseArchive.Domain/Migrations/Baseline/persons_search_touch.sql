CREATE FUNCTION persons_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.visibility <> 'public' THEN
            -- Hidden from now on: documents that hold the name lose it.
            PERFORM rulings_search_touch_words(concat_ws(' ', NEW.display_name, NEW.folded_name));
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD.visibility <> 'public' THEN
            -- Its words are no longer hidden: documents that had them deleted cannot be found by them.
            PERFORM ruling_search_refresh_all();
        END IF;
    ELSIF OLD.visibility = 'public' AND NEW.visibility <> 'public' THEN
        PERFORM rulings_search_touch_words(concat_ws(' ', OLD.display_name, person_search_words(NEW.id)));
        PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = NEW.id OR judge_id = NEW.id OR prosecutor_id = NEW.id));
    ELSIF OLD.visibility <> 'public' AND (NEW.visibility = 'public' OR OLD.display_name IS DISTINCT FROM NEW.display_name) THEN
        -- A hidden name becomes shown (rare): every document may have had it deleted.
        PERFORM ruling_search_refresh_all();
    ELSIF (OLD.visibility, OLD.display_name, OLD.folded_name, OLD.pseudonym) IS DISTINCT FROM (NEW.visibility, NEW.display_name, NEW.folded_name, NEW.pseudonym) THEN
        IF NEW.visibility <> 'public' THEN
            PERFORM rulings_search_touch_words(concat_ws(' ', NEW.display_name, NEW.folded_name));
        END IF;
        PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = NEW.id OR judge_id = NEW.id OR prosecutor_id = NEW.id));
    END IF;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER persons_search AFTER INSERT OR UPDATE OR DELETE ON persons
    FOR EACH ROW EXECUTE FUNCTION persons_search_touch();
