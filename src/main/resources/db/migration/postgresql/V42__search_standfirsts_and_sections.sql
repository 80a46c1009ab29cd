-- Search (PostgreSQL): a story is found by its standfirst too, and stories and their comments by
-- the story's section (a facet, as the source is). A change of a story's standfirst or section
-- queues it again; a change of its source or section queues its comments too, whose facets name
-- them (their documents stay until then: readers may see the comments all the same).

DROP TRIGGER search_story_changed ON articles;
CREATE TRIGGER search_story_changed
    AFTER UPDATE OF source, section_id, published_on, headline, standfirst, byline_authors, dateline, body ON articles
    FOR EACH ROW
    WHEN ((OLD.source, OLD.section_id, OLD.published_on, OLD.headline, OLD.standfirst, OLD.byline_authors, OLD.dateline, OLD.body)
        IS DISTINCT FROM (NEW.source, NEW.section_id, NEW.published_on, NEW.headline, NEW.standfirst, NEW.byline_authors, NEW.dateline, NEW.body))
    EXECUTE FUNCTION search_item_changed('story');

CREATE FUNCTION search_story_comments_refiled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_queue (kind, item_id) SELECT 'comment', id FROM comments WHERE article_id = NEW.id ORDER BY id
        ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq');
    RETURN NULL;
END
$$;

CREATE TRIGGER search_story_refiled AFTER UPDATE OF source, section_id ON articles
    FOR EACH ROW
    WHEN ((OLD.source, OLD.section_id) IS DISTINCT FROM (NEW.source, NEW.section_id))
    EXECUTE FUNCTION search_story_comments_refiled();

-- The stories stored so far, for their standfirsts and sections, and the comments of those with a section.
INSERT INTO search_queue (kind, item_id) SELECT 'story', id FROM articles ORDER BY id
    ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq');
INSERT INTO search_queue (kind, item_id)
    SELECT 'comment', c.id FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.section_id IS NOT NULL ORDER BY c.id
    ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq');
