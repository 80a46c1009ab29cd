-- Search (sqlite): every document also holds each pair of adjacent terms as a term of its own
-- (SearchDocument.pairs, in the variants column), by which a phrase is looked up: a pair is rare
-- even when its words are common, so a phrase of common words checks positions only where its
-- pairs are. Every story and comment is queued to be indexed again with its pairs; until the
-- last of them queued here is, phrases are found by their words alone (search_pairs_pending holds
-- the number of that last change, and the indexer deletes it once the queue is past it).

CREATE TABLE search_pairs_pending (
    up_to_seq INTEGER NOT NULL
);

INSERT OR REPLACE INTO search_queue (kind, item_id) SELECT 'story', id FROM articles ORDER BY id;
INSERT OR REPLACE INTO search_queue (kind, item_id) SELECT 'comment', id FROM comments ORDER BY id;
INSERT INTO search_pairs_pending (up_to_seq) SELECT MAX(seq) FROM search_queue HAVING MAX(seq) IS NOT NULL;
