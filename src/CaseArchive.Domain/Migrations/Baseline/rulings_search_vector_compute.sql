-- A ruling's document, written after its facts: both are AFTER triggers on rulings, fired in
-- the order of their names, so rulings_search_facts has written the facts' row (on an insert)
-- before rulings_search_vector fills its document.
CREATE FUNCTION rulings_search_vector_compute() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE ruling_search_facts SET search_vector = ruling_search_document(NEW) WHERE ruling_id = NEW.id;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER rulings_search_vector AFTER INSERT OR UPDATE ON rulings
    FOR EACH ROW EXECUTE FUNCTION rulings_search_vector_compute();
