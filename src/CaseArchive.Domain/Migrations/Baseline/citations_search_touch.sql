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
