CREATE FUNCTION persons_person_ruling_counts_touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    INSERT INTO person_ruling_counts (person_id, rulings) VALUES (NEW.id, 0) ON CONFLICT (person_id) DO NOTHING;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER persons_person_ruling_counts AFTER INSERT ON persons
    FOR EACH ROW EXECUTE FUNCTION persons_person_ruling_counts_touch();
