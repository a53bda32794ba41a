-- The facts and words of a ruling's document, before a hidden person's names are taken out of them:
-- court, charges, outcome, verdict, weight B; summary, case title, the person's claims and the quotes
-- cited for the ruling and the claims, weight D. Quotes are verbatim and may name hidden persons.
-- Lists are in the order of their rows' ids, so a document is the same whatever plan reads them.
-- SearchDocumentParts' function changed only by the sourced rule: a claim and a quote count only when
-- a published source cites them (citation_source_is_published), as nothing unsourced is public.
CREATE OR REPLACE FUNCTION ruling_search_text(r rulings) RETURNS tsvector
LANGUAGE sql STABLE AS $fn$
    SELECT
        setweight(to_tsvector('simple', coalesce((
            SELECT concat_ws(' ', c.name, c.town, c.region, c.country,
                replace(array_to_string(r.charges, ' '), '_', ' '),
                replace(r.outcome, '_', ' '), r.verdict)
            FROM courts c WHERE c.id = r.court_id), '')), 'B')
        || to_tsvector('simple', concat_ws(' ',
            r.summary,
            (SELECT k.title FROM cases k WHERE k.id = r.case_id),
            (SELECT string_agg(concat_ws(' ', replace(d.kind, '_', ' '), d.facility, d.place, d.period), ' ' ORDER BY d.id)
                FROM detention_claims d WHERE d.person_id = r.person_id
                  AND EXISTS (SELECT 1 FROM citations ci JOIN sources s ON s.id = ci.source_id
                              WHERE ci.detention_claim_id = d.id AND citation_source_is_published(s))),
            -- The quotes of the ruling's citations and of its person's claims', in the citations' order: two
            -- lookups by index (an OR of the two would read every citation for each ruling).
            (SELECT string_agg(q.quote, ' ' ORDER BY q.id) FROM (
                SELECT ci.id, ci.quote FROM citations ci JOIN sources s ON s.id = ci.source_id
                WHERE ci.ruling_id = r.id AND citation_source_is_published(s)
                UNION
                SELECT ci.id, ci.quote FROM citations ci JOIN detention_claims d ON d.id = ci.detention_claim_id
                JOIN sources s ON s.id = ci.source_id
                WHERE d.person_id = r.person_id AND citation_source_is_published(s)) AS q)))
$fn$;
