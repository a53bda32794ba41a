-- A ruling given to another person moves two rows: they are taken in the persons' id order, so
-- two rulings moved between the same two persons in opposite directions at once cannot deadlock.
CREATE FUNCTION rulings_person_ruling_counts_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    losing integer := CASE WHEN TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN OLD.person_id END;
    gaining integer := CASE WHEN TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN NEW.person_id END;
BEGIN
    IF gaining < losing THEN
        PERFORM person_ruling_counts_add(gaining, 1);
        PERFORM person_ruling_counts_add(losing, -1);
    ELSE
        IF losing IS NOT NULL THEN
            PERFORM person_ruling_counts_add(losing, -1);
        END IF;
        IF gaining IS NOT NULL THEN
            PERFORM person_ruling_counts_add(gaining, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER rulings_person_ruling_counts AFTER INSERT OR DELETE ON rulings
    FOR EACH ROW EXECUTE FUNCTION rulings_person_ruling_counts_touch();

CREATE TRIGGER rulings_person_ruling_counts_update AFTER UPDATE ON rulings
    FOR EACH ROW WHEN ((OLD.person_id, OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.person_id, NEW.deleted_at IS NULL))
    EXECUTE FUNCTION rulings_person_ruling_counts_touch();
