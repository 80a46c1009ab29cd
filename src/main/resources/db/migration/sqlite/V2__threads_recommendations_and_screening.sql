-- Replies form threads; readers recommend comments; screening gives reasons (SQLite).

ALTER TABLE comments ADD COLUMN root_id INTEGER REFERENCES comments (id);
ALTER TABLE comments ADD COLUMN reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN client_key TEXT;

CREATE INDEX comments_by_thread ON comments (root_id, posted_at, id);
CREATE INDEX comments_by_article_id ON comments (article_id, id);

CREATE TABLE recommendations (
    comment_id INTEGER NOT NULL REFERENCES comments (id),
    reader_key TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (comment_id, reader_key)
);

CREATE INDEX articles_by_source ON articles (source, published_on, id);
