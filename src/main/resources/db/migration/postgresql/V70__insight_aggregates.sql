-- How readers react, counted as comments are written and decided (postgresql), so that the
-- newsroom's dashboard reads a few hundred rows instead of every comment.
--
-- Times are the newsroom's: a comment's day and hour are those of its wall-clock time as stored
-- (posted_local, in its story's zone), and a hold's instants are epoch milliseconds. Counts are by
-- a comment's current status: a moderator's decision moves a comment from one count to another.
-- Concurrent transactions that count into the same hour or story would wait for each other's
-- row: each writes into the slot of its server process (one of 8), and every count is a sum over
-- its slots.
--
-- Kept up to date by the triggers below: a comment stored, any change of a comment's
-- status or reasons, a deleted comment, and the audit trail's holds and decisions. A bulk import
-- sets the insert trigger aside and counts what it stored at once before it commits
-- (insight.TallyStore); an import in groups is counted by the trigger.

CREATE TABLE insight_hours (
    hour      TEXT     NOT NULL,
    source    TEXT     NOT NULL,
    slot      SMALLINT NOT NULL,
    published INTEGER  NOT NULL DEFAULT 0,
    pending   INTEGER  NOT NULL DEFAULT 0,
    rejected  INTEGER  NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, source, slot)
);

CREATE TABLE insight_story_days (
    day        TEXT     NOT NULL,
    article_id BIGINT   NOT NULL,
    slot       SMALLINT NOT NULL,
    published  INTEGER  NOT NULL DEFAULT 0,
    pending    INTEGER  NOT NULL DEFAULT 0,
    rejected   INTEGER  NOT NULL DEFAULT 0,
    PRIMARY KEY (day, article_id, slot)
);

-- A commenter is their account ('account:12'), else the name they wrote under ('name:Ali').
CREATE TABLE insight_commenters (
    commenter TEXT   NOT NULL PRIMARY KEY,
    first_at  BIGINT NOT NULL
);

CREATE TABLE insight_commenter_days (
    day       TEXT    NOT NULL,
    source    TEXT    NOT NULL,
    commenter TEXT    NOT NULL,
    comments  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, source, commenter)
);

CREATE TABLE insight_reasons (
    day      TEXT     NOT NULL,
    source   TEXT     NOT NULL,
    kind     TEXT     NOT NULL,
    status   TEXT     NOT NULL,
    slot     SMALLINT NOT NULL,
    comments INTEGER  NOT NULL DEFAULT 0,
    PRIMARY KEY (day, source, kind, status, slot)
);

CREATE TABLE insight_holds (
    comment_id BIGINT NOT NULL,
    held_at    BIGINT NOT NULL,
    article_id BIGINT NOT NULL,
    decided_at BIGINT,
    outcome    TEXT,
    PRIMARY KEY (comment_id, held_at)
);

CREATE INDEX insight_holds_by_decision ON insight_holds (decided_at);

-- The kinds of a comment's stored reasons, each once: 'other' for text that is not a JSON array.
CREATE FUNCTION insight_reason_kinds(reasons TEXT) RETURNS SETOF TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    parsed JSONB;
BEGIN
    IF reasons IS NULL OR reasons = '' THEN
        RETURN;
    END IF;
    BEGIN
        parsed := reasons::jsonb;
    EXCEPTION WHEN others THEN
        RETURN NEXT 'other';
        RETURN;
    END;
    IF jsonb_typeof(parsed) <> 'array' THEN
        RETURN NEXT 'other';
        RETURN;
    END IF;
    RETURN QUERY SELECT DISTINCT element ->> 'kind' FROM jsonb_array_elements(parsed) element
        WHERE element ->> 'kind' IS NOT NULL;
END;
$$;

CREATE FUNCTION insight_commenter(account_id BIGINT, name TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN account_id IS NOT NULL THEN 'account:' || account_id ELSE 'name:' || name END
$$;

-- What is stored already.

INSERT INTO insight_hours (hour, source, slot, published, pending, rejected)
SELECT substr(c.posted_local, 1, 13), a.source, 0, COUNT(*) FILTER (WHERE c.status = 'published'),
       COUNT(*) FILTER (WHERE c.status = 'pending'), COUNT(*) FILTER (WHERE c.status = 'rejected')
FROM comments c JOIN articles a ON a.id = c.article_id
GROUP BY 1, 2;

INSERT INTO insight_story_days (day, article_id, slot, published, pending, rejected)
SELECT substr(posted_local, 1, 10), article_id, 0, COUNT(*) FILTER (WHERE status = 'published'),
       COUNT(*) FILTER (WHERE status = 'pending'), COUNT(*) FILTER (WHERE status = 'rejected')
FROM comments
GROUP BY 1, 2;

INSERT INTO insight_commenters (commenter, first_at)
SELECT insight_commenter(account_id, name), MIN(posted_at) FROM comments GROUP BY 1;

INSERT INTO insight_commenter_days (day, source, commenter, comments)
SELECT substr(c.posted_local, 1, 10), a.source, insight_commenter(c.account_id, c.name), COUNT(*)
FROM comments c JOIN articles a ON a.id = c.article_id
GROUP BY 1, 2, 3;

INSERT INTO insight_reasons (day, source, kind, status, slot, comments)
SELECT substr(c.posted_local, 1, 10), a.source, k.kind, c.status, 0, COUNT(*)
FROM comments c
JOIN articles a ON a.id = c.article_id
CROSS JOIN LATERAL insight_reason_kinds(c.reasons) AS k(kind)
WHERE c.reasons <> ''
GROUP BY 1, 2, 3, 4;

INSERT INTO insight_holds (comment_id, held_at, article_id, decided_at, outcome)
SELECT e.comment_id, e.created_at, c.article_id, d.created_at, d.to_status
FROM moderation_events e
JOIN comments c ON c.id = e.comment_id
LEFT JOIN LATERAL (
    SELECT created_at, to_status FROM moderation_events d
    WHERE d.comment_id = e.comment_id AND d.id > e.id AND d.from_status = 'pending'
      AND d.to_status IS NOT NULL AND d.to_status <> 'pending'
    ORDER BY d.id LIMIT 1) d ON TRUE
WHERE e.to_status = 'pending' AND (e.from_status IS NULL OR e.from_status <> 'pending')
ON CONFLICT (comment_id, held_at) DO NOTHING;

-- Adds a comment to every count (sign 1) or takes it out (sign -1), in this process's slot.
CREATE FUNCTION insight_count(c comments, delta INTEGER, with_commenter BOOLEAN) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    v_source TEXT := (SELECT source FROM articles WHERE id = c.article_id);
    v_slot SMALLINT := pg_backend_pid() % 8;
    v_day TEXT := substr(c.posted_local, 1, 10);
BEGIN
    INSERT INTO insight_hours AS t (hour, source, slot, published, pending, rejected)
    VALUES (substr(c.posted_local, 1, 13), v_source, v_slot, delta * (c.status = 'published')::int,
            delta * (c.status = 'pending')::int, delta * (c.status = 'rejected')::int)
    ON CONFLICT (hour, source, slot) DO UPDATE SET
        published = t.published + EXCLUDED.published,
        pending = t.pending + EXCLUDED.pending,
        rejected = t.rejected + EXCLUDED.rejected;
    INSERT INTO insight_story_days AS t (day, article_id, slot, published, pending, rejected)
    VALUES (v_day, c.article_id, v_slot, delta * (c.status = 'published')::int,
            delta * (c.status = 'pending')::int, delta * (c.status = 'rejected')::int)
    ON CONFLICT (day, article_id, slot) DO UPDATE SET
        published = t.published + EXCLUDED.published,
        pending = t.pending + EXCLUDED.pending,
        rejected = t.rejected + EXCLUDED.rejected;
    INSERT INTO insight_reasons AS t (day, source, kind, status, slot, comments)
    SELECT v_day, v_source, kind, c.status, v_slot, delta FROM insight_reason_kinds(c.reasons) AS k(kind)
    ON CONFLICT (day, source, kind, status, slot) DO UPDATE SET comments = t.comments + EXCLUDED.comments;
    IF with_commenter THEN
        INSERT INTO insight_commenter_days AS t (day, source, commenter, comments)
        VALUES (v_day, v_source, insight_commenter(c.account_id, c.name), delta)
        ON CONFLICT (day, source, commenter) DO UPDATE SET comments = t.comments + EXCLUDED.comments;
    END IF;
    IF with_commenter AND delta > 0 THEN
        INSERT INTO insight_commenters AS t (commenter, first_at)
        VALUES (insight_commenter(c.account_id, c.name), c.posted_at)
        ON CONFLICT (commenter) DO UPDATE SET first_at = EXCLUDED.first_at WHERE EXCLUDED.first_at < t.first_at;
    END IF;
END;
$$;

CREATE FUNCTION insight_comment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM insight_count(NEW, 1, TRUE);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM insight_count(OLD, -1, FALSE);
        PERFORM insight_count(NEW, 1, FALSE);
    ELSE
        PERFORM insight_count(OLD, -1, TRUE);
        DELETE FROM insight_holds WHERE comment_id = OLD.id;
    END IF;
    RETURN NULL;
END;
$$;

-- A comment stored: posted on the site, or imported.
CREATE TRIGGER insight_comment_added AFTER INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION insight_comment_changed();
-- A decision, a hold by readers' reports, or new reasons: the comment moves between counts.
CREATE TRIGGER insight_comment_decided AFTER UPDATE OF status, reasons ON comments
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.reasons IS DISTINCT FROM NEW.reasons)
    EXECUTE FUNCTION insight_comment_changed();
-- Comments are never deleted by Broadsheet; should one be, it leaves every count (its
-- commenter's first comment stays as it was).
CREATE TRIGGER insight_comment_deleted AFTER DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION insight_comment_changed();

-- The audit trail: a comment held (by screening, or hidden by readers' reports) starts a wait;
-- the first decision that takes it out of pending ends it.
CREATE FUNCTION insight_hold_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.to_status = 'pending' AND NEW.from_status IS DISTINCT FROM 'pending' THEN
        INSERT INTO insight_holds (comment_id, held_at, article_id)
        SELECT NEW.comment_id, NEW.created_at, article_id FROM comments WHERE id = NEW.comment_id
        ON CONFLICT (comment_id, held_at) DO NOTHING;
    ELSIF NEW.from_status = 'pending' AND NEW.to_status IS NOT NULL AND NEW.to_status <> 'pending' THEN
        UPDATE insight_holds SET decided_at = NEW.created_at, outcome = NEW.to_status
        WHERE comment_id = NEW.comment_id AND decided_at IS NULL;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER insight_hold_changed AFTER INSERT ON moderation_events
    FOR EACH ROW WHEN (NEW.comment_id IS NOT NULL) EXECUTE FUNCTION insight_hold_changed();
