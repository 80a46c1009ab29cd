-- V13's index of posted comments by story and time did not serve screening as meant (postgresql): a
-- story with thousands of comments in the window still meant reading them all, and without
-- statistics SQLite took it to read every posted comment for the commenter's counts. Screening
-- now finds a commenter's comments by name, account or client (two lookups joined by UNION).

DROP INDEX IF EXISTS comments_recent_by_article;
