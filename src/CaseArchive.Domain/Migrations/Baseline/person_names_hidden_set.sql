CREATE FUNCTION person_names_hidden_set() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    hidden boolean;
BEGIN
    SELECT p.visibility <> 'public' INTO hidden FROM persons p WHERE p.id = NEW.person_id FOR SHARE;
    NEW.person_hidden := coalesce(hidden, false);
    RETURN NEW;
END
$fn$;

CREATE TRIGGER person_names_hidden BEFORE INSERT OR UPDATE ON person_names
    FOR EACH ROW EXECUTE FUNCTION person_names_hidden_set();
