-- Only replies have a thread root: the thread index holds them alone (sqlite).
-- Top-level comments (every imported one) have none, and indexing their NULL roots by time cost
-- each import a random insertion into a large index for nothing; lookups by root_id = / IN (...)
-- imply root_id IS NOT NULL, so they use this index as before.

DROP INDEX comments_by_thread;
CREATE INDEX comments_by_thread ON comments (root_id, posted_at, id) WHERE root_id IS NOT NULL;
