-- A citation makes public (or withdraws) what it cites: the facts of the rulings it bears on, its ruling's
-- or every ruling of its claim's person, refreshed (their documents already are, by citations_search_touch).
CREATE FUNCTION citations_search_facts_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM ruling_search_facts_refresh(ARRAY(
        SELECT r.id FROM rulings r
        WHERE r.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.ruling_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.ruling_id END)
           OR r.person_id IN (SELECT d.person_id FROM detention_claims d
                WHERE d.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.detention_claim_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.detention_claim_id END))));
    RETURN NULL;
END
$fn$;

CREATE TRIGGER citations_search_facts AFTER INSERT OR UPDATE OR DELETE ON citations
    FOR EACH ROW EXECUTE FUNCTION citations_search_facts_touch();
