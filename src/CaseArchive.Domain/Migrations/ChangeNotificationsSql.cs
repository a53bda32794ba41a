namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the ChangeNotifications migration: after every statement that writes one of the tables of
/// records the public sees, a notification on <see cref="ChangeNotifications.Channel"/> naming the table.
/// A statement-level trigger fires once per statement, however many rows it wrote (a COPY included), and
/// PostgreSQL delivers a notification once per transaction and payload, at commit: a save of many rows
/// costs a few, and a transaction rolled back sends none. The tables derived from these (search facts,
/// counts) change only with them; imports, history, accounts and keys are not public.
/// </summary>
internal static class ChangeNotificationsSql
{
    public const string Up = """
        CREATE FUNCTION archive_changed_notify() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM pg_notify('archive_changed', TG_TABLE_NAME);
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER persons_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON persons FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER person_names_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person_names FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER courts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON courts FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER cases_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER case_parties_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_parties FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER rulings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rulings FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER detention_claims_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON detention_claims FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER events_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER sources_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sources FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        CREATE TRIGGER citations_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON citations FOR EACH STATEMENT EXECUTE FUNCTION archive_changed_notify();
        """;

    public const string Down = """
        DROP TRIGGER persons_changed ON persons;
        DROP TRIGGER person_names_changed ON person_names;
        DROP TRIGGER courts_changed ON courts;
        DROP TRIGGER cases_changed ON cases;
        DROP TRIGGER case_parties_changed ON case_parties;
        DROP TRIGGER rulings_changed ON rulings;
        DROP TRIGGER detention_claims_changed ON detention_claims;
        DROP TRIGGER events_changed ON events;
        DROP TRIGGER sources_changed ON sources;
        DROP TRIGGER citations_changed ON citations;
        DROP FUNCTION archive_changed_notify();
        """;
}
