-- Search (sqlite): a story is found by its standfirst too, and stories and their comments by the
-- story's section (a facet, as the source is). A change of a story's standfirst or section queues it
-- again; a change of its source or section queues its comments too, whose facets name them (their
-- documents stay until then: readers may see the comments all the same).

DROP TRIGGER search_story_changed;
CREATE TRIGGER search_story_changed
AFTER UPDATE OF source, section_id, published_on, headline, standfirst, byline_authors, dateline, body ON articles
WHEN OLD.source IS NOT NEW.source OR OLD.section_id IS NOT NEW.section_id OR OLD.published_on IS NOT NEW.published_on
    OR OLD.headline IS NOT NEW.headline OR OLD.standfirst IS NOT NEW.standfirst
    OR OLD.byline_authors IS NOT NEW.byline_authors OR OLD.dateline IS NOT NEW.dateline OR OLD.body IS NOT NEW.body
BEGIN
    INSERT OR REPLACE INTO search_queue (kind, item_id) VALUES ('story', NEW.id);
    DELETE FROM search_documents WHERE kind = 'story' AND item_id = OLD.id;
END;

CREATE TRIGGER search_story_refiled AFTER UPDATE OF source, section_id ON articles
WHEN OLD.source IS NOT NEW.source OR OLD.section_id IS NOT NEW.section_id
BEGIN
    INSERT OR REPLACE INTO search_queue (kind, item_id) SELECT 'comment', id FROM comments WHERE article_id = NEW.id;
END;

-- The stories stored so far, for their standfirsts and sections, and the comments of those with a section.
INSERT OR REPLACE INTO search_queue (kind, item_id) SELECT 'story', id FROM articles ORDER BY id;
INSERT OR REPLACE INTO search_queue (kind, item_id)
    SELECT 'comment', c.id FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.section_id IS NOT NULL ORDER BY c.id;
