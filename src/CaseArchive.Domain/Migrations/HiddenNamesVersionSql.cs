namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the HiddenNamesVersion migration. A row, not a sequence: a reader sees the new value
/// only once the change that moved it is committed, so it can never load the names before the change
/// and keep them under the new value. Each change draws a new random value rather than adding one, so
/// that a value stands for one state of the hidden names even across a restore of an older backup.
/// </summary>
internal static class HiddenNamesVersionSql
{
    public const string Up = """
        CREATE TABLE hidden_names_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
        INSERT INTO hidden_names_version VALUES (1, (random() * 9e18)::bigint);

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
        """;

    public const string Down = """
        DROP TRIGGER person_names_hidden_names ON person_names;
        DROP TRIGGER person_names_hidden_names_truncate ON person_names;
        DROP TRIGGER persons_hidden_names_truncate ON persons;
        DROP FUNCTION hidden_names_version_names();
        DROP TRIGGER persons_hidden_names_insert ON persons;
        DROP TRIGGER persons_hidden_names_update ON persons;
        DROP TRIGGER persons_hidden_names_delete ON persons;
        DROP FUNCTION hidden_names_version_move();
        DROP TABLE hidden_names_version;
        """;
}
