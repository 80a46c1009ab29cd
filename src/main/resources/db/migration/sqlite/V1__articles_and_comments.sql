-- Stories and their reader comments (SQLite).
-- Dates are ISO text (YYYY-MM-DD), instants are epoch milliseconds, in both databases.

CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    source             TEXT    NOT NULL,
    published_on       TEXT    NOT NULL,
    headline           TEXT    NOT NULL,
    byline_authors     TEXT,
    updated_on         TEXT,
    updated_day_padded INTEGER,
    dateline           TEXT,
    body               TEXT    NOT NULL,
    print_publication  TEXT,
    print_date         TEXT,
    zone               TEXT    NOT NULL,
    slug               TEXT    NOT NULL,
    comments_closed    INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    CONSTRAINT articles_identity UNIQUE (source, published_on, headline)
);

CREATE INDEX articles_by_date ON articles (published_on, id);

CREATE TABLE comments (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id),
    parent_id       INTEGER REFERENCES comments (id),
    name            TEXT    NOT NULL,
    posted_at       INTEGER NOT NULL,
    posted_local    TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    origin          TEXT    NOT NULL,
    identity        TEXT    NOT NULL,
    occurrence      INTEGER NOT NULL DEFAULT 0,
    recommendations INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    CONSTRAINT comments_identity UNIQUE (article_id, identity, occurrence)
);

CREATE INDEX comments_by_article ON comments (article_id, status, posted_at, id);
