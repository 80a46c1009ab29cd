-- A session ends after an idle time as well as at its absolute end (postgresql): last_seen_at is when
-- it was last used (to within the hour). Expired sessions are deleted by a periodic clean-up,
-- which finds them by these indexes.

ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;

CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);
CREATE INDEX sessions_by_end ON sessions (expires_at);
