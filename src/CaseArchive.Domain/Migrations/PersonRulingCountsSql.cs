namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the PersonRulingCounts migration: a row per person with the number of their rulings that
/// are not deleted, made when the person is and moved by one whenever a ruling is added, deleted or
/// undeleted, removed, or given to another person. Increments, not recounts: two rulings added to one
/// person at the same time each add one (the second waits for the first's row lock), where two recounts
/// would each miss the other's uncommitted ruling.
/// </summary>
internal static class PersonRulingCountsSql
{
    public const string Up = """
        CREATE FUNCTION person_ruling_counts_add(person integer, delta integer) RETURNS void
        LANGUAGE sql AS $fn$
            INSERT INTO person_ruling_counts (person_id, rulings) VALUES (person, greatest(delta, 0))
            ON CONFLICT (person_id) DO UPDATE SET rulings = person_ruling_counts.rulings + delta
        $fn$;

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

        CREATE FUNCTION persons_person_ruling_counts_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            INSERT INTO person_ruling_counts (person_id, rulings) VALUES (NEW.id, 0) ON CONFLICT (person_id) DO NOTHING;
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER persons_person_ruling_counts AFTER INSERT ON persons
            FOR EACH ROW EXECUTE FUNCTION persons_person_ruling_counts_touch();

        INSERT INTO person_ruling_counts (person_id, rulings)
        SELECT p.id, count(r.id) FROM persons p LEFT JOIN rulings r ON r.person_id = p.id AND r.deleted_at IS NULL GROUP BY p.id;
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS persons_person_ruling_counts ON persons;
        DROP TRIGGER IF EXISTS rulings_person_ruling_counts_update ON rulings;
        DROP TRIGGER IF EXISTS rulings_person_ruling_counts ON rulings;
        DROP FUNCTION IF EXISTS persons_person_ruling_counts_touch();
        DROP FUNCTION IF EXISTS rulings_person_ruling_counts_touch();
        DROP FUNCTION IF EXISTS person_ruling_counts_add(integer, integer);
        """;
}
