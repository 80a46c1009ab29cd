-- Search (sqlite): one document for each story and each comment, indexed by SQLite FTS5.
--
-- Words are analysed in Java (folding, English stems, keys of romanised and Urdu spellings) and
-- stored as plain terms, so that the index holds the same terms on SQLite and PostgreSQL. A
-- document's id is its place in time: its epoch second shifted left by 22 bits, plus low bits of
-- the item's id; the newest documents have the largest ids, and a date range is an id range.
-- What readers may see is in search_public, the rest (held or rejected comments) in search_staff.

CREATE TABLE search_documents (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    item_id    INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    visible    INTEGER NOT NULL,
    CONSTRAINT search_documents_item UNIQUE (kind, item_id)
);

-- words: the terms in order (a middle dot between fields, so that no phrase spans two);
-- variants: keys of the words' other spellings; facets: kind, source and author filters.
CREATE VIRTUAL TABLE search_public USING fts5 (
    words, variants, facets, content = '', contentless_delete = 1, tokenize = 'ascii'
);
CREATE VIRTUAL TABLE search_staff USING fts5 (
    words, variants, facets, content = '', contentless_delete = 1, tokenize = 'ascii'
);

CREATE TRIGGER search_document_removed AFTER DELETE ON search_documents
BEGIN
    DELETE FROM search_public WHERE rowid = OLD.id AND OLD.visible = 1;
    DELETE FROM search_staff WHERE rowid = OLD.id AND OLD.visible = 0;
END;

-- Stories and comments to (re)index. Every change to what a document holds queues its item and
-- removes its document at once, in the transaction of the change: a comment hidden from readers
-- leaves the reader's index when its status changes, whatever code changed it. Indexing then
-- takes the queue (a new seq marks a newer change of an item already queued).
CREATE TABLE search_queue (
    seq     INTEGER PRIMARY KEY,
    kind    TEXT    NOT NULL,
    item_id INTEGER NOT NULL,
    CONSTRAINT search_queue_item UNIQUE (kind, item_id)
);

CREATE TRIGGER search_comment_added AFTER INSERT ON comments
BEGIN
    INSERT OR REPLACE INTO search_queue (kind, item_id) VALUES ('comment', NEW.id);
END;

CREATE TRIGGER search_comment_changed AFTER UPDATE OF article_id, name, body, status ON comments
WHEN OLD.article_id IS NOT NEW.article_id OR OLD.name IS NOT NEW.name OR OLD.body IS NOT NEW.body
    OR OLD.status IS NOT NEW.status
BEGIN
    INSERT OR REPLACE INTO search_queue (kind, item_id) VALUES ('comment', NEW.id);
    DELETE FROM search_documents WHERE kind = 'comment' AND item_id = OLD.id;
END;

CREATE TRIGGER search_comment_removed AFTER DELETE ON comments
BEGIN
    DELETE FROM search_queue WHERE kind = 'comment' AND item_id = OLD.id;
    DELETE FROM search_documents WHERE kind = 'comment' AND item_id = OLD.id;
END;

CREATE TRIGGER search_story_added AFTER INSERT ON articles
BEGIN
    INSERT OR REPLACE INTO search_queue (kind, item_id) VALUES ('story', NEW.id);
END;

CREATE TRIGGER search_story_changed
AFTER UPDATE OF source, published_on, headline, byline_authors, dateline, body ON articles
WHEN OLD.source IS NOT NEW.source OR OLD.published_on IS NOT NEW.published_on
    OR OLD.headline IS NOT NEW.headline OR OLD.byline_authors IS NOT NEW.byline_authors
    OR OLD.dateline IS NOT NEW.dateline OR OLD.body IS NOT NEW.body
BEGIN
    INSERT OR REPLACE INTO search_queue (kind, item_id) VALUES ('story', NEW.id);
    DELETE FROM search_documents WHERE kind = 'story' AND item_id = OLD.id;
END;

CREATE TRIGGER search_story_removed AFTER DELETE ON articles
BEGIN
    DELETE FROM search_queue WHERE kind = 'story' AND item_id = OLD.id;
    DELETE FROM search_documents WHERE kind = 'story' AND item_id = OLD.id;
END;

-- What is stored already is queued, and indexed by the first server (or `broadsheet search reindex`).
INSERT INTO search_queue (kind, item_id) SELECT 'story', id FROM articles ORDER BY id;
INSERT INTO search_queue (kind, item_id) SELECT 'comment', id FROM comments ORDER BY id;
