-- Indexes that only comments posted on this site, or waiting for a moderator, need (postgresql).
-- Every imported comment is published and has no client: indexing each one by commenter name,
-- client and status cost an import a random insertion into three large indexes for nothing.
--
-- Screening asks about a commenter's comments posted here (repeats, pace, new commenters), never
-- about an imported archive, whose names say nothing of who posts now: the commenter indexes hold
-- posted comments alone, and the queries say so. The moderation queue finds pending and rejected
-- comments by status; its other tabs start from reports and decisions.

DROP INDEX comments_by_client;
DROP INDEX comments_by_name;
DROP INDEX comments_by_status;
CREATE INDEX comments_by_client ON comments (client_key, created_at) WHERE origin = 'posted';
CREATE INDEX comments_by_name ON comments (name, created_at) WHERE origin = 'posted';
CREATE INDEX comments_awaiting_or_rejected ON comments (status, id) WHERE status = 'pending' OR status = 'rejected';
