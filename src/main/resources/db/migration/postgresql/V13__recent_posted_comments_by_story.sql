-- Screening looks for a repeat among the comments posted on a story in the last minutes (postgresql):
-- the newest first, by name or client. Without this index it read every comment of the story
-- and sorted them, so that posting on a story with thousands of comments grew slow with each one.

CREATE INDEX comments_recent_by_article ON comments (article_id, created_at) WHERE origin = 'posted';
