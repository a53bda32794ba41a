-- Written as an upsert, so that emptying the table (a test's reset) cannot stop it moving.
CREATE FUNCTION hidden_names_version_move() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    INSERT INTO hidden_names_version VALUES (1, (random() * 9e18)::bigint)
        ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END
$fn$;

-- A person hidden, shown again, renamed while hidden, or removed while hidden.
CREATE TRIGGER persons_hidden_names_insert AFTER INSERT ON persons
    FOR EACH ROW WHEN (NEW.visibility <> 'public') EXECUTE FUNCTION hidden_names_version_move();

CREATE TRIGGER persons_hidden_names_update AFTER UPDATE ON persons
    FOR EACH ROW WHEN ((OLD.visibility <> 'public' OR NEW.visibility <> 'public')
        AND (OLD.visibility, OLD.display_name, OLD.pseudonym, OLD.deleted_at)
            IS DISTINCT FROM (NEW.visibility, NEW.display_name, NEW.pseudonym, NEW.deleted_at))
    EXECUTE FUNCTION hidden_names_version_move();

CREATE TRIGGER persons_hidden_names_delete AFTER DELETE ON persons
    FOR EACH ROW WHEN (OLD.visibility <> 'public') EXECUTE FUNCTION hidden_names_version_move();

-- Emptied (no row triggers fire).
CREATE TRIGGER persons_hidden_names_truncate AFTER TRUNCATE ON persons
    FOR EACH STATEMENT EXECUTE FUNCTION hidden_names_version_move();

CREATE TRIGGER person_names_hidden_names_truncate AFTER TRUNCATE ON person_names
    FOR EACH STATEMENT EXECUTE FUNCTION hidden_names_version_move();
