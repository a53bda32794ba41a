CREATE FUNCTION persons_search_facts_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = NEW.id));
    RETURN NULL;
END
$fn$;

CREATE TRIGGER persons_search_facts AFTER UPDATE ON persons
    FOR EACH ROW WHEN ((OLD.visibility, OLD.deleted_at, OLD.public_origin_country, OLD.public_ethnicity)
        IS DISTINCT FROM (NEW.visibility, NEW.deleted_at, NEW.public_origin_country, NEW.public_ethnicity))
    EXECUTE FUNCTION persons_search_facts_touch();
