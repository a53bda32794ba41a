-- A ruling's full-text document: who it names as the public sees them, then its facts and words
-- without any hidden person's names (the three functions above are the rule; this puts them together).
CREATE OR REPLACE FUNCTION ruling_search_document(r rulings) RETURNS tsvector
LANGUAGE sql STABLE AS $fn$
    SELECT ruling_search_shown(r) || ts_delete(d.t, ruling_search_hidden_lexemes(tsvector_to_array(d.t)))
    FROM (SELECT ruling_search_text(r) AS t) AS d
$fn$;
