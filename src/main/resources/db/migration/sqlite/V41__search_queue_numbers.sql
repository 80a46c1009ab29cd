-- Search (sqlite): every change an item is queued for gets a number never given before
-- (AUTOINCREMENT). An indexer reads queued items and their text, and later writes a document only
-- while the item's queue row still has the number it read; a number given again (SQLite reuses the
-- largest rowid once its row is gone) could let a stale text through.
--
-- The triggers name the queue, so they are made again around the new table, as V40 made them.

DROP TRIGGER search_comment_added;
DROP TRIGGER search_comment_changed;
DROP TRIGGER search_comment_removed;
DROP TRIGGER search_story_added;
DROP TRIGGER search_story_changed;
DROP TRIGGER search_story_removed;

CREATE TABLE search_queue_numbered (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    TEXT    NOT NULL,
    item_id INTEGER NOT NULL,
    CONSTRAINT search_queue_item UNIQUE (kind, item_id)
);
INSERT INTO search_queue_numbered (seq, kind, item_id) SELECT seq, kind, item_id FROM search_queue ORDER BY seq;
DROP TABLE search_queue;
ALTER TABLE search_queue_numbered RENAME TO search_queue;

-- Bulk loads: a load that bypasses these triggers (dropped or suspended for speed) must queue what
-- it stored itself, in its own transaction: SearchIndexer.queueComments(handle, firstId) does.
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
