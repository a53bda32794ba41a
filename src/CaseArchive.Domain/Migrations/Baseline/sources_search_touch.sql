-- A source given (or losing) its title or outlet, or deleted, publishes (or withdraws) what it is cited
-- for: the facts and documents of those rulings, and of every ruling of a person whose claim it cites.
CREATE FUNCTION sources_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    ids integer[] := ARRAY(
        SELECT r.id FROM rulings r
        WHERE r.id IN (SELECT ci.ruling_id FROM citations ci WHERE ci.source_id = NEW.id)
           OR r.person_id IN (SELECT d.person_id FROM citations ci JOIN detention_claims d ON d.id = ci.detention_claim_id WHERE ci.source_id = NEW.id));
BEGIN
    PERFORM ruling_search_facts_refresh(ids);
    PERFORM ruling_search_refresh(ids);
    RETURN NULL;
END
$fn$;

CREATE TRIGGER sources_search AFTER UPDATE ON sources
    FOR EACH ROW WHEN ((OLD.title, OLD.outlet, OLD.deleted_at) IS DISTINCT FROM (NEW.title, NEW.outlet, NEW.deleted_at))
    EXECUTE FUNCTION sources_search_touch();
