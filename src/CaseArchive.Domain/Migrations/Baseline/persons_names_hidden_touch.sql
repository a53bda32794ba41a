CREATE FUNCTION persons_names_hidden_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE person_names SET person_hidden = NEW.visibility <> 'public' WHERE person_id = NEW.id;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER persons_names_hidden AFTER UPDATE ON persons
    FOR EACH ROW WHEN ((OLD.visibility <> 'public') IS DISTINCT FROM (NEW.visibility <> 'public'))
    EXECUTE FUNCTION persons_names_hidden_touch();
