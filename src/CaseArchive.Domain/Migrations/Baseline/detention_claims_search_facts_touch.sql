CREATE FUNCTION detention_claims_search_facts_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM 1 FROM persons WHERE id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.person_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.person_id END)
        ORDER BY id FOR SHARE;
    PERFORM ruling_search_facts_refresh(ARRAY(SELECT id FROM rulings
        WHERE person_id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.person_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.person_id END)));
    RETURN NULL;
END
$fn$;

CREATE TRIGGER detention_claims_search_facts AFTER INSERT OR UPDATE OR DELETE ON detention_claims
    FOR EACH ROW EXECUTE FUNCTION detention_claims_search_facts_touch();
