namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the HiddenNames migration: each spelling (person_names) says whether its person is
/// hidden from the public (withheld or pseudonymised), and only the hidden persons' spellings are
/// indexed by their last word, for the redaction's lookup (Redaction.PrepareAsync). That lookup used to
/// join every spelling whose last word a text holds to the persons to ask whether each was hidden,
/// which its one plan did by reading the ids of all hidden persons (55,931 at 1M) every time.
/// </summary>
/// <remarks>
/// Triggers keep the column. A spelling takes its person's visibility when it is written or moved to
/// another person (a merge), after locking the person's row (FOR SHARE): an edit of that person's
/// visibility made at the same moment is either waited for and then read, or waits for the spelling to
/// be committed, and then its own trigger rewrites every spelling of the person, that one included.
/// </remarks>
internal static class HiddenNamesSql
{
    public const string Up = """
        ALTER TABLE person_names ADD COLUMN person_hidden boolean NOT NULL DEFAULT false;

        -- The search documents' trigger on spellings fired on every update, and for a hidden person's
        -- spelling recomputes every document; it now fires only when a spelling's text or person changes,
        -- not when person_hidden is written (below, and by the triggers that keep it).
        DROP TRIGGER person_names_search ON person_names;
        CREATE TRIGGER person_names_search AFTER INSERT OR DELETE OR UPDATE OF person_id, name, folded_name ON person_names
            FOR EACH ROW EXECUTE FUNCTION person_names_search_touch();

        UPDATE person_names n SET person_hidden = true FROM persons p WHERE p.id = n.person_id AND p.visibility <> 'public';

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

        DROP INDEX IF EXISTS ix_person_names_last_word;
        CREATE INDEX ix_person_names_hidden_last_word ON person_names ((substring(folded_name from '[^ ]*$'))) INCLUDE (person_id) WHERE person_hidden;
        """;

    public const string Down = """
        DROP INDEX IF EXISTS ix_person_names_hidden_last_word;
        CREATE INDEX ix_person_names_last_word ON person_names ((substring(folded_name from '[^ ]*$')));
        DROP TRIGGER IF EXISTS persons_names_hidden ON persons;
        DROP FUNCTION IF EXISTS persons_names_hidden_touch();
        DROP TRIGGER IF EXISTS person_names_hidden ON person_names;
        DROP FUNCTION IF EXISTS person_names_hidden_set();
        ALTER TABLE person_names DROP COLUMN IF EXISTS person_hidden;
        DROP TRIGGER person_names_search ON person_names;
        CREATE TRIGGER person_names_search AFTER INSERT OR UPDATE OR DELETE ON person_names
            FOR EACH ROW EXECUTE FUNCTION person_names_search_touch();
        """;
}
