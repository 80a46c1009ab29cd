-- A signed-in reader's comment carries their account (sqlite). Guests' and imported comments
-- have none, so the index holds account comments alone; lookups by account_id = ? imply
-- account_id IS NOT NULL and use it (screening counts an account's recent comments).

ALTER TABLE comments ADD COLUMN account_id INTEGER REFERENCES users (id);

CREATE INDEX comments_by_account ON comments (account_id, created_at) WHERE account_id IS NOT NULL;
