-- A hidden person's spelling added, changed or removed (person_hidden is kept by triggers).
CREATE FUNCTION hidden_names_version_names() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF (TG_OP <> 'INSERT' AND OLD.person_hidden) OR (TG_OP <> 'DELETE' AND NEW.person_hidden) THEN
        INSERT INTO hidden_names_version VALUES (1, (random() * 9e18)::bigint)
            ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
    END IF;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER person_names_hidden_names AFTER INSERT OR UPDATE OR DELETE ON person_names
    FOR EACH ROW EXECUTE FUNCTION hidden_names_version_names();
