-- Search (PostgreSQL): every document also holds each pair of adjacent terms as a lexeme of its
-- own, without positions (SearchDocument.pairs), by which a phrase is looked up: a pair is rare
-- even when its words are common, so a phrase of common words checks positions only where its
-- pairs are (before, the GIN index gave every document holding all the words, and each one's
-- positions were checked). Every story and comment is queued to be indexed again with its pairs;
-- until the last of them queued here is, phrases are found by their words alone
-- (search_pairs_pending holds the number of that last change, and the indexer deletes it once the
-- queue is past it).

CREATE TABLE search_pairs_pending (
    up_to_seq BIGINT NOT NULL
);

INSERT INTO search_queue (kind, item_id) SELECT 'story', id FROM articles ORDER BY id
    ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq');
INSERT INTO search_queue (kind, item_id) SELECT 'comment', id FROM comments ORDER BY id
    ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq');
INSERT INTO search_pairs_pending (up_to_seq) SELECT MAX(seq) FROM search_queue HAVING MAX(seq) IS NOT NULL;
