-- Search (PostgreSQL): an indexer writes a batch of documents in one round trip.
--
-- search_write takes the batch's queued items (kind, item id and the queue number each was read
-- with) and their documents (id, story, visibility and terms as a tsvector literal; terms null for
-- an item no longer stored). It takes off the queue the items still queued with the number they
-- were read with, and for those only, replaces their documents; a document whose id another holds
-- takes the next free id of the same second. It returns how many items it took.
--
-- Bulk loads: a load that bypasses the triggers of V40 must queue what it stored itself, in its
-- own transaction: SearchIndexer.queueComments(handle, firstId) does.

CREATE FUNCTION search_write(
    queued_kinds TEXT[], queued_ids BIGINT[], queued_seqs BIGINT[],
    doc_ids BIGINT[], doc_articles BIGINT[], doc_visible BOOLEAN[], doc_terms TEXT[])
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    taken_kinds TEXT[];
    taken_ids BIGINT[];
    clash RECORD;
    next_id BIGINT;
    tries INTEGER;
BEGIN
    WITH taken AS (
        DELETE FROM search_queue q USING unnest(queued_kinds, queued_ids, queued_seqs) AS b(kind, item_id, seq)
        WHERE q.kind = b.kind AND q.item_id = b.item_id AND q.seq = b.seq
        RETURNING q.kind, q.item_id)
    SELECT array_agg(kind), array_agg(item_id) INTO taken_kinds, taken_ids FROM taken;
    IF taken_ids IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM search_documents d USING unnest(taken_kinds, taken_ids) AS t(kind, item_id)
    WHERE d.kind = t.kind AND d.item_id = t.item_id;
    FOR clash IN
        WITH wanted AS (
            SELECT b.kind, b.item_id, b.id, b.article_id, b.visible, CAST(b.terms AS tsvector) AS terms
            FROM unnest(queued_kinds, queued_ids, doc_ids, doc_articles, doc_visible, doc_terms)
                AS b(kind, item_id, id, article_id, visible, terms)
            JOIN unnest(taken_kinds, taken_ids) AS t(kind, item_id) ON t.kind = b.kind AND t.item_id = b.item_id
            WHERE b.terms IS NOT NULL),
        written AS (
            INSERT INTO search_documents (id, kind, item_id, article_id, visible, terms)
            SELECT id, kind, item_id, article_id, visible, terms FROM wanted
            ON CONFLICT DO NOTHING
            RETURNING kind, item_id)
        SELECT w.* FROM wanted w
        WHERE NOT EXISTS (SELECT 1 FROM written r WHERE r.kind = w.kind AND r.item_id = w.item_id)
    LOOP
        next_id := clash.id;
        tries := 0;
        LOOP
            tries := tries + 1;
            IF tries > 4194304 THEN
                RAISE EXCEPTION 'search: no free document id in the second of %', clash.id;
            END IF;
            next_id := (next_id & ~CAST(4194303 AS BIGINT)) | ((next_id + 1) & 4194303);
            INSERT INTO search_documents (id, kind, item_id, article_id, visible, terms)
            VALUES (next_id, clash.kind, clash.item_id, clash.article_id, clash.visible, clash.terms)
            ON CONFLICT (id) DO NOTHING;
            EXIT WHEN FOUND;
        END LOOP;
    END LOOP;
    RETURN array_length(taken_ids, 1);
END
$$;
