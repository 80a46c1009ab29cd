-- The newsroom's desk (sqlite): stories written, edited, published and corrected on the site.
-- Every story has a status; readers, feeds, the API, sitemaps and exports of published stories see
-- only 'published' ones. Stories imported from archives are published, with plain-text bodies.
-- Instants are epoch milliseconds, dates ISO text, as everywhere.

-- Sections an admin creates and orders; those in the navigation are listed on every page.
CREATE TABLE sections (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    slug          TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    in_navigation INTEGER NOT NULL DEFAULT 1,
    created_at    BIGINT  NOT NULL,
    CONSTRAINT sections_slug UNIQUE (slug)
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL,
    slug TEXT    NOT NULL,
    CONSTRAINT tags_slug UNIQUE (slug)
);

-- Author profiles, with the page /authors/{slug}; an author may be a staff account.
CREATE TABLE authors (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    slug       TEXT    NOT NULL,
    bio        TEXT    NOT NULL DEFAULT '',
    account_id INTEGER REFERENCES users (id),
    created_at BIGINT  NOT NULL,
    CONSTRAINT authors_slug UNIQUE (slug)
);

-- status: draft, in_review, scheduled, published, unpublished. body_format: plain (archives: a
-- paragraph is text) or commonmark (the desk's light markup). revision counts the desk's saves
-- (0: never saved on the desk); a save names the revision it started from.
ALTER TABLE articles ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
ALTER TABLE articles ADD COLUMN body_format TEXT NOT NULL DEFAULT 'plain';
ALTER TABLE articles ADD COLUMN standfirst TEXT;
ALTER TABLE articles ADD COLUMN section_id INTEGER REFERENCES sections (id);
ALTER TABLE articles ADD COLUMN lead_media TEXT;
ALTER TABLE articles ADD COLUMN comments_mode TEXT NOT NULL DEFAULT 'open';
ALTER TABLE articles ADD COLUMN published_at BIGINT;
ALTER TABLE articles ADD COLUMN updated_at BIGINT;
ALTER TABLE articles ADD COLUMN publish_at BIGINT;
ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN modified_at BIGINT;
ALTER TABLE articles ADD COLUMN created_by INTEGER REFERENCES users (id);

-- Readers' lists hold published stories alone, so their indexes do too.
DROP INDEX articles_by_date;
DROP INDEX articles_by_source;
CREATE INDEX articles_by_date ON articles (published_on, id) WHERE status = 'published';
CREATE INDEX articles_by_source ON articles (source, published_on, id) WHERE status = 'published';
CREATE INDEX articles_by_section ON articles (section_id, published_on, id) WHERE status = 'published';
-- The desk lists the stories it has saved, latest change first, by status.
CREATE INDEX articles_on_desk ON articles (status, modified_at, id) WHERE revision > 0;
CREATE INDEX articles_on_desk_by_time ON articles (modified_at, id) WHERE revision > 0;
-- The scheduler looks for stories whose time has come.
CREATE INDEX articles_scheduled ON articles (publish_at) WHERE status = 'scheduled';

CREATE TABLE story_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    tag_id     INTEGER NOT NULL REFERENCES tags (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);

CREATE INDEX story_tags_by_tag ON story_tags (tag_id, article_id);

CREATE TABLE story_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    author_id  INTEGER NOT NULL REFERENCES authors (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);

CREATE INDEX story_authors_by_author ON story_authors (author_id, article_id);

-- Every save is a revision: who, when, what (the whole editable story) and why (kind, note).
-- Lists (authors, tags) are one name a line.
CREATE TABLE story_revisions (
    article_id        INTEGER NOT NULL REFERENCES articles (id),
    revision          INTEGER NOT NULL,
    kind              TEXT    NOT NULL,
    note              TEXT    NOT NULL DEFAULT '',
    account_id        INTEGER REFERENCES users (id),
    account_name      TEXT    NOT NULL,
    created_at        BIGINT  NOT NULL,
    status            TEXT    NOT NULL,
    headline          TEXT    NOT NULL,
    standfirst        TEXT    NOT NULL,
    authors           TEXT    NOT NULL,
    dateline          TEXT    NOT NULL,
    section_slug      TEXT    NOT NULL,
    tags              TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    print_publication TEXT    NOT NULL,
    print_date        TEXT    NOT NULL,
    comments_mode     TEXT    NOT NULL,
    lead_media        TEXT    NOT NULL,
    PRIMARY KEY (article_id, revision)
);

-- A correction is a revision of its own (kind 'corrected', its text the note): shown at the foot of
-- its story and listed on /corrections, newest first.
CREATE INDEX story_revisions_corrections ON story_revisions (created_at, article_id) WHERE kind = 'corrected';
