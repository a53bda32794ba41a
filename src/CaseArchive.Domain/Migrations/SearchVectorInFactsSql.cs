namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL of the SearchVectorInFacts migration: a ruling's full-text document moves from
/// ruling_search_documents into its row of ruling_search_facts, so that a search reads each match's
/// document and facts in one row (at 1,000,000 rulings the join of the two tables was 0.6 of the
/// 1.3 ms PostgreSQL spent on a search's matches). The functions of <see cref="PublicSearchSql"/> that
/// write or read the documents are made again on the new column; the triggers that call them stay.
/// </summary>
internal static class SearchVectorInFactsSql
{
    /// <summary>Copies the documents into the facts' rows; run after the column is added and before the old table is dropped.</summary>
    public const string CopyDocuments = """
        UPDATE ruling_search_facts f SET search_vector = d.search_vector
        FROM ruling_search_documents d WHERE d.ruling_id = f.ruling_id;
        """;

    public const string Up = """
        -- A ruling's document, written after its facts: both are AFTER triggers on rulings, fired in
        -- the order of their names, so rulings_search_facts has written the facts' row (on an insert)
        -- before rulings_search_vector fills its document.
        CREATE OR REPLACE FUNCTION rulings_search_vector_compute() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            UPDATE ruling_search_facts SET search_vector = ruling_search_document(NEW) WHERE ruling_id = NEW.id;
            RETURN NULL;
        END
        $fn$;

        -- The rows are locked in key order first, as ruling_search_facts_refresh locks them, so that the
        -- two refreshes, which now write the same rows, never wait on each other in a circle.
        CREATE OR REPLACE FUNCTION ruling_search_refresh(ids integer[]) RETURNS void
        LANGUAGE sql AS $fn$
            SELECT 1 FROM ruling_search_facts WHERE ruling_id = ANY(ids) ORDER BY ruling_id FOR UPDATE;
            UPDATE ruling_search_facts s SET search_vector = ruling_search_document(r)
            FROM rulings r WHERE r.id = s.ruling_id AND r.id = ANY(ids)
        $fn$;

        CREATE OR REPLACE FUNCTION ruling_search_refresh_all() RETURNS void
        LANGUAGE sql AS $fn$
            UPDATE ruling_search_facts s SET search_vector = ruling_search_document(r)
            FROM rulings r WHERE r.id = s.ruling_id
        $fn$;

        CREATE OR REPLACE FUNCTION rulings_search_touch_words(words text) RETURNS void
        LANGUAGE plpgsql AS $fn$
        DECLARE
            q tsquery;
        BEGIN
            SELECT to_tsquery('simple', string_agg(quote_literal(w), ' | ')) INTO q
            FROM unnest(tsvector_to_array(to_tsvector('simple', coalesce(words, '')))) AS w;
            IF q IS NOT NULL THEN
                PERFORM ruling_search_refresh(ARRAY(SELECT ruling_id FROM ruling_search_facts WHERE search_vector @@ q));
            END IF;
        END
        $fn$;
        """;

    /// <summary>Copies the documents back into their own table (made again by the migration's Down) and makes the functions of <see cref="PublicSearchSql"/> again.</summary>
    public const string Down = """
        INSERT INTO ruling_search_documents (ruling_id, search_vector)
        SELECT ruling_id, search_vector FROM ruling_search_facts;

        CREATE OR REPLACE FUNCTION rulings_search_vector_compute() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            INSERT INTO ruling_search_documents (ruling_id, search_vector) VALUES (NEW.id, ruling_search_document(NEW))
            ON CONFLICT (ruling_id) DO UPDATE SET search_vector = EXCLUDED.search_vector;
            RETURN NULL;
        END
        $fn$;

        CREATE OR REPLACE FUNCTION ruling_search_refresh(ids integer[]) RETURNS void
        LANGUAGE sql AS $fn$
            UPDATE ruling_search_documents s SET search_vector = ruling_search_document(r)
            FROM rulings r WHERE r.id = s.ruling_id AND r.id = ANY(ids)
        $fn$;

        CREATE OR REPLACE FUNCTION ruling_search_refresh_all() RETURNS void
        LANGUAGE sql AS $fn$
            UPDATE ruling_search_documents s SET search_vector = ruling_search_document(r)
            FROM rulings r WHERE r.id = s.ruling_id
        $fn$;

        CREATE OR REPLACE FUNCTION rulings_search_touch_words(words text) RETURNS void
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
        """;
}
