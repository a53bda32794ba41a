-- Columns, checks and indexes the tables of schema.sql gained after the first baseline, in the order they
-- came, each written so that it does nothing where it is already there: a new database runs this file
-- after schema.sql, and the carry-over runs it on a database at any point of the replaced chain
-- (20261209060500_Baseline), so both end with the same columns in the same order.

-- A form makes its record once: the history's creation entry keeps the form's token, unique.
ALTER TABLE audit_entries ADD COLUMN IF NOT EXISTS form_token uuid;
CREATE UNIQUE INDEX IF NOT EXISTS ix_audit_entries_form_token ON audit_entries (form_token) WHERE form_token IS NOT NULL;

-- The lists page over the public rulings' facts newest first: a page reads its rows from the index's start.
CREATE INDEX IF NOT EXISTS ix_ruling_search_facts_newest ON ruling_search_facts ((date_key IS NULL), date_key DESC, ruling_id DESC) WHERE is_public;

-- The redaction asks whether a hidden name in a text is a public person's full name: a btree lookup per name.
CREATE INDEX IF NOT EXISTS ix_persons_folded_name_equal ON persons (folded_name);
CREATE INDEX IF NOT EXISTS ix_person_names_folded_name_equal ON person_names (folded_name);

-- A fine's amount as a number with its ISO 4217 currency: both or neither, and positive.
ALTER TABLE rulings ADD COLUMN IF NOT EXISTS fine_value numeric(16,2);
ALTER TABLE rulings ADD COLUMN IF NOT EXISTS fine_currency character(3);
DO $fine$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'ck_rulings_fine' AND conrelid = 'rulings'::regclass) THEN
        ALTER TABLE rulings ADD CONSTRAINT ck_rulings_fine CHECK ((fine_value IS NULL) = (fine_currency IS NULL) AND (fine_value IS NULL OR fine_value > 0));
    END IF;
END
$fine$;

-- The people search's first pass: every folded word of a query as a whole word of a name, a spelling or a pseudonym.
CREATE INDEX IF NOT EXISTS ix_persons_folded_name_words ON persons USING gin (to_tsvector('simple', folded_name));
CREATE INDEX IF NOT EXISTS ix_person_names_folded_name_words ON person_names USING gin (to_tsvector('simple', folded_name));
CREATE INDEX IF NOT EXISTS ix_persons_pseudonym_words ON persons USING gin (to_tsvector('simple', lower(pseudonym))) WHERE visibility = 'pseudonymised';
