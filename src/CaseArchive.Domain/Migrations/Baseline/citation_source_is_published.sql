-- A source whose citations publish what they cite: not deleted, with a title and an outlet
-- (PublicQueries.SourceIsPublished, with the deleted sources the app's query filter leaves out).
CREATE FUNCTION citation_source_is_published(s sources) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT s.deleted_at IS NULL AND btrim(s.title) <> '' AND btrim(coalesce(s.outlet, '')) <> ''
$fn$;
