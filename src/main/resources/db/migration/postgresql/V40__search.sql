-- Search (PostgreSQL): one document for each story and each comment, with a tsvector of terms.
--
-- Words are analysed in Java (folding, English stems, keys of romanised and Urdu spellings) and
-- stored as lexemes written out whole, so that no text search parser or dictionary of the server
-- changes them and the index holds the same terms as on SQLite: the words in order with their
-- positions (a skipped position between fields, so that no phrase spans two), the keys of the
-- words' other spellings as '~key', and the filters (kind, source, author) as '=facet'.
-- A document's id is its place in time: its epoch second shifted left by 22 bits, plus low bits
-- of the item's id; the newest documents have the largest ids, and a date range is an id range.
-- What readers may see is visible, with its own index; the rest (held or rejected comments) has another.

CREATE TABLE search_documents (
    id         BIGINT   PRIMARY KEY,
    kind       TEXT     NOT NULL,
    item_id    BIGINT   NOT NULL,
    article_id BIGINT   NOT NULL,
    visible    BOOLEAN  NOT NULL,
    terms      TSVECTOR NOT NULL,
    CONSTRAINT search_documents_item UNIQUE (kind, item_id)
);

CREATE INDEX search_public_terms ON search_documents USING gin (terms) WHERE visible;
CREATE INDEX search_staff_terms ON search_documents USING gin (terms) WHERE NOT visible;

-- Stories and comments to (re)index. Every change to what a document holds queues its item and
-- removes its document at once, in the transaction of the change: a comment hidden from readers
-- leaves the reader's index when its status changes, whatever code changed it. Indexing then
-- takes the queue (a new seq marks a newer change of an item already queued). The queue row is
-- written before the document is removed: a change waits there for an indexer that holds the
-- row, and then removes the document that indexer wrote.
CREATE TABLE search_queue (
    seq     BIGSERIAL PRIMARY KEY,
    kind    TEXT   NOT NULL,
    item_id BIGINT NOT NULL,
    CONSTRAINT search_queue_item UNIQUE (kind, item_id)
);

CREATE FUNCTION search_items_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_queue (kind, item_id)
        SELECT TG_ARGV[0], id FROM added ORDER BY id
        ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq');
    RETURN NULL;
END
$$;

CREATE FUNCTION search_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_queue (kind, item_id) VALUES (TG_ARGV[0], NEW.id)
        ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq');
    DELETE FROM search_documents WHERE kind = TG_ARGV[0] AND item_id = OLD.id;
    RETURN NULL;
END
$$;

CREATE FUNCTION search_items_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_queue WHERE kind = TG_ARGV[0] AND item_id IN (SELECT id FROM removed);
    DELETE FROM search_documents WHERE kind = TG_ARGV[0] AND item_id IN (SELECT id FROM removed);
    RETURN NULL;
END
$$;

CREATE TRIGGER search_comments_added AFTER INSERT ON comments
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_items_added('comment');
CREATE TRIGGER search_comment_changed AFTER UPDATE OF article_id, name, body, status ON comments
    FOR EACH ROW
    WHEN ((OLD.article_id, OLD.name, OLD.body, OLD.status) IS DISTINCT FROM (NEW.article_id, NEW.name, NEW.body, NEW.status))
    EXECUTE FUNCTION search_item_changed('comment');
CREATE TRIGGER search_comments_removed AFTER DELETE ON comments
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_items_removed('comment');

CREATE TRIGGER search_stories_added AFTER INSERT ON articles
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_items_added('story');
CREATE TRIGGER search_story_changed
    AFTER UPDATE OF source, published_on, headline, byline_authors, dateline, body ON articles
    FOR EACH ROW
    WHEN ((OLD.source, OLD.published_on, OLD.headline, OLD.byline_authors, OLD.dateline, OLD.body)
        IS DISTINCT FROM (NEW.source, NEW.published_on, NEW.headline, NEW.byline_authors, NEW.dateline, NEW.body))
    EXECUTE FUNCTION search_item_changed('story');
CREATE TRIGGER search_stories_removed AFTER DELETE ON articles
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_items_removed('story');

-- What is stored already is queued, and indexed by the first server (or `broadsheet search reindex`).
INSERT INTO search_queue (kind, item_id) SELECT 'story', id FROM articles ORDER BY id;
INSERT INTO search_queue (kind, item_id) SELECT 'comment', id FROM comments ORDER BY id;
