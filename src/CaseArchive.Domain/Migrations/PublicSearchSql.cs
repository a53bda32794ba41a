namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the PublicSearch migration: the function that builds a ruling's full-text
/// document and the triggers that keep it current. Kept in the database so every writer
/// (the web app, the command line, an editor's SQL) leaves a correct document behind.
/// </summary>
internal static class PublicSearchSql
{
    public const string Up = """
        -- A ruling's document. Names: the person's public names (every spelling and its folded
        -- form when public, the pseudonym when pseudonymised, nothing when withheld), weight A.
        -- Facts: court, charges, outcome, verdict, weight B. Words: summary, case title, the
        -- person's claims and the quotes cited for the ruling and the claims, weight D.
        -- Quotes are verbatim and may name hidden persons, so every word of every spelling of a
        -- non-public person is deleted from facts and words: no search finds a record by a hidden name.
        CREATE FUNCTION ruling_search_document(r rulings) RETURNS tsvector
        LANGUAGE sql STABLE AS $fn$
            SELECT
                setweight(to_tsvector('simple', coalesce((
                    SELECT CASE p.visibility
                        WHEN 'public' THEN concat_ws(' ', p.display_name, p.folded_name,
                            (SELECT string_agg(n.name || ' ' || n.folded_name, ' ') FROM person_names n WHERE n.person_id = p.id))
                        WHEN 'pseudonymised' THEN p.pseudonym
                        ELSE '' END
                    FROM persons p WHERE p.id = r.person_id), '')), 'A')
                || setweight(to_tsvector('simple', coalesce((
                    SELECT string_agg(CASE j.visibility WHEN 'public' THEN j.display_name WHEN 'pseudonymised' THEN j.pseudonym END, ' ')
                    FROM persons j WHERE j.id = r.judge_id OR j.id = r.prosecutor_id), '')), 'C')
                || ts_delete(
                    setweight(to_tsvector('simple', coalesce((
                        SELECT concat_ws(' ', c.name, c.town, c.region, c.country,
                            replace(array_to_string(r.charges, ' '), '_', ' '),
                            replace(r.outcome, '_', ' '), r.verdict)
                        FROM courts c WHERE c.id = r.court_id), '')), 'B')
                    || to_tsvector('simple', concat_ws(' ',
                        r.summary,
                        (SELECT k.title FROM cases k WHERE k.id = r.case_id),
                        (SELECT string_agg(concat_ws(' ', replace(d.kind, '_', ' '), d.facility, d.place, d.period), ' ')
                            FROM detention_claims d WHERE d.person_id = r.person_id),
                        (SELECT string_agg(ci.quote, ' ') FROM citations ci
                            WHERE ci.ruling_id = r.id
                               OR ci.detention_claim_id IN (SELECT d.id FROM detention_claims d WHERE d.person_id = r.person_id)))),
                    coalesce((
                        SELECT array_agg(DISTINCT w)
                        FROM persons hp
                        LEFT JOIN person_names hn ON hn.person_id = hp.id
                        CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('simple',
                            concat_ws(' ', hp.display_name, hp.folded_name, hn.name, hn.folded_name)))) AS w
                        WHERE hp.visibility <> 'public'), '{}'))
        $fn$;

        -- The documents live in ruling_search_documents, not on the ruling's row: refreshing one
        -- never rewrites a ruling (whose xmin an editor's save is checked against).
        CREATE FUNCTION rulings_search_vector_compute() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            INSERT INTO ruling_search_documents (ruling_id, search_vector) VALUES (NEW.id, ruling_search_document(NEW))
            ON CONFLICT (ruling_id) DO UPDATE SET search_vector = EXCLUDED.search_vector;
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER rulings_search_vector AFTER INSERT OR UPDATE ON rulings
            FOR EACH ROW EXECUTE FUNCTION rulings_search_vector_compute();

        -- Recomputes the documents of the given rulings.
        CREATE FUNCTION ruling_search_refresh(ids integer[]) RETURNS void
        LANGUAGE sql AS $fn$
            UPDATE ruling_search_documents s SET search_vector = ruling_search_document(r)
            FROM rulings r WHERE r.id = s.ruling_id AND r.id = ANY(ids)
        $fn$;

        -- Recomputes every document (a hidden name shown again: rare).
        CREATE FUNCTION ruling_search_refresh_all() RETURNS void
        LANGUAGE sql AS $fn$
            UPDATE ruling_search_documents s SET search_vector = ruling_search_document(r)
            FROM rulings r WHERE r.id = s.ruling_id
        $fn$;

        -- Rulings whose document holds any word of a text: found through the GIN index.
        CREATE FUNCTION rulings_search_touch_words(words text) RETURNS void
        LANGUAGE plpgsql AS $fn$
        DECLARE
            q tsquery;
        BEGIN
            SELECT to_tsquery('simple', string_agg(quote_literal(w), ' | ')) INTO q
            FROM unnest(tsvector_to_array(to_tsvector('simple', coalesce(words, '')))) AS w;
            IF q IS NOT NULL THEN
                PERFORM ruling_search_refresh(ARRAY(SELECT ruling_id FROM ruling_search_documents WHERE search_vector @@ q));
            END IF;
        END
        $fn$;

        -- Every spelling of a person, as one text.
        CREATE FUNCTION person_search_words(pid integer) RETURNS text
        LANGUAGE sql STABLE AS $fn$
            SELECT concat_ws(' ', p.display_name, p.folded_name,
                (SELECT string_agg(n.name || ' ' || n.folded_name, ' ') FROM person_names n WHERE n.person_id = p.id))
            FROM persons p WHERE p.id = pid
        $fn$;

        CREATE FUNCTION persons_search_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                IF NEW.visibility <> 'public' THEN
                    -- Hidden from now on: documents that hold the name lose it.
                    PERFORM rulings_search_touch_words(concat_ws(' ', NEW.display_name, NEW.folded_name));
                END IF;
            ELSIF TG_OP = 'DELETE' THEN
                IF OLD.visibility <> 'public' THEN
                    -- Its words are no longer hidden: documents that had them deleted cannot be found by them.
                    PERFORM ruling_search_refresh_all();
                END IF;
            ELSIF OLD.visibility = 'public' AND NEW.visibility <> 'public' THEN
                PERFORM rulings_search_touch_words(concat_ws(' ', OLD.display_name, person_search_words(NEW.id)));
                PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = NEW.id OR judge_id = NEW.id OR prosecutor_id = NEW.id));
            ELSIF OLD.visibility <> 'public' AND (NEW.visibility = 'public' OR OLD.display_name IS DISTINCT FROM NEW.display_name) THEN
                -- A hidden name becomes shown (rare): every document may have had it deleted.
                PERFORM ruling_search_refresh_all();
            ELSIF (OLD.visibility, OLD.display_name, OLD.folded_name, OLD.pseudonym) IS DISTINCT FROM (NEW.visibility, NEW.display_name, NEW.folded_name, NEW.pseudonym) THEN
                IF NEW.visibility <> 'public' THEN
                    PERFORM rulings_search_touch_words(concat_ws(' ', NEW.display_name, NEW.folded_name));
                END IF;
                PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = NEW.id OR judge_id = NEW.id OR prosecutor_id = NEW.id));
            END IF;
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER persons_search AFTER INSERT OR UPDATE OR DELETE ON persons
            FOR EACH ROW EXECUTE FUNCTION persons_search_touch();

        CREATE FUNCTION person_names_search_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        DECLARE
            pid integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
        BEGIN
            IF EXISTS (SELECT 1 FROM persons WHERE id = pid AND visibility <> 'public') THEN
                IF TG_OP = 'INSERT' THEN
                    PERFORM rulings_search_touch_words(NEW.name || ' ' || NEW.folded_name);
                ELSE
                    -- A hidden spelling removed or changed: its words may be shown again anywhere.
                    PERFORM ruling_search_refresh_all();
                END IF;
            END IF;
            PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = pid OR judge_id = pid OR prosecutor_id = pid));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER person_names_search AFTER INSERT OR UPDATE OR DELETE ON person_names
            FOR EACH ROW EXECUTE FUNCTION person_names_search_touch();

        CREATE FUNCTION courts_search_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE court_id = NEW.id));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER courts_search AFTER UPDATE ON courts
            FOR EACH ROW EXECUTE FUNCTION courts_search_touch();

        CREATE FUNCTION cases_search_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE case_id = NEW.id));
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER cases_search AFTER UPDATE ON cases
            FOR EACH ROW EXECUTE FUNCTION cases_search_touch();

        CREATE FUNCTION detention_claims_search_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END));
            IF TG_OP = 'UPDATE' AND OLD.person_id <> NEW.person_id THEN
                PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = OLD.person_id));
            END IF;
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER detention_claims_search AFTER INSERT OR UPDATE OR DELETE ON detention_claims
            FOR EACH ROW EXECUTE FUNCTION detention_claims_search_touch();

        CREATE FUNCTION citations_search_touch() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        DECLARE
            c citations := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        BEGIN
            IF c.ruling_id IS NOT NULL THEN
                PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE id = c.ruling_id));
            ELSIF c.detention_claim_id IS NOT NULL THEN
                PERFORM ruling_search_refresh(ARRAY(SELECT id FROM rulings WHERE person_id = (SELECT d.person_id FROM detention_claims d WHERE d.id = c.detention_claim_id)));
            END IF;
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER citations_search AFTER INSERT OR UPDATE OR DELETE ON citations
            FOR EACH ROW EXECUTE FUNCTION citations_search_touch();

        INSERT INTO ruling_search_documents (ruling_id, search_vector)
        SELECT r.id, ruling_search_document(r) FROM rulings r
        ON CONFLICT (ruling_id) DO NOTHING;
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS citations_search ON citations;
        DROP TRIGGER IF EXISTS detention_claims_search ON detention_claims;
        DROP TRIGGER IF EXISTS cases_search ON cases;
        DROP TRIGGER IF EXISTS courts_search ON courts;
        DROP TRIGGER IF EXISTS person_names_search ON person_names;
        DROP TRIGGER IF EXISTS persons_search ON persons;
        DROP TRIGGER IF EXISTS rulings_search_vector ON rulings;
        DROP FUNCTION IF EXISTS citations_search_touch();
        DROP FUNCTION IF EXISTS detention_claims_search_touch();
        DROP FUNCTION IF EXISTS cases_search_touch();
        DROP FUNCTION IF EXISTS courts_search_touch();
        DROP FUNCTION IF EXISTS person_names_search_touch();
        DROP FUNCTION IF EXISTS persons_search_touch();
        DROP FUNCTION IF EXISTS person_search_words(integer);
        DROP FUNCTION IF EXISTS rulings_search_touch_words(text);
        DROP FUNCTION IF EXISTS ruling_search_refresh(integer[]);
        DROP FUNCTION IF EXISTS ruling_search_refresh_all();
        DROP FUNCTION IF EXISTS rulings_search_vector_compute();
        DROP FUNCTION IF EXISTS ruling_search_document(rulings);
        """;
}
