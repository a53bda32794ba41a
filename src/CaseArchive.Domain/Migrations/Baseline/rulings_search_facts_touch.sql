-- A ruling's person and court are locked (shared) before its facts are computed: an edit of the
-- person (withheld, say) or the court (deleted) made at the same time either waits for this one,
-- and then refreshes the person's or court's rulings with this ruling among them, or is waited for,
-- and this refresh reads what it wrote. Without it, a ruling moved to a person being withheld at
-- that moment could keep facts that call it public.
CREATE FUNCTION rulings_search_facts_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM 1 FROM persons WHERE id = NEW.person_id FOR SHARE;
    PERFORM 1 FROM courts WHERE id = NEW.court_id FOR SHARE;
    PERFORM ruling_search_facts_refresh(ARRAY[NEW.id]);
    RETURN NULL;
END
$fn$;

CREATE TRIGGER rulings_search_facts AFTER INSERT OR UPDATE ON rulings
    FOR EACH ROW EXECUTE FUNCTION rulings_search_facts_touch();
