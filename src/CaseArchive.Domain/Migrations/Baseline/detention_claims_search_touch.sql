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
