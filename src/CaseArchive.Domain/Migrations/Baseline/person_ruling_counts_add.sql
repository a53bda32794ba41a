CREATE FUNCTION person_ruling_counts_add(person integer, delta integer) RETURNS void
LANGUAGE sql AS $fn$
    INSERT INTO person_ruling_counts (person_id, rulings) VALUES (person, greatest(delta, 0))
    ON CONFLICT (person_id) DO UPDATE SET rulings = person_ruling_counts.rulings + delta
$fn$;
