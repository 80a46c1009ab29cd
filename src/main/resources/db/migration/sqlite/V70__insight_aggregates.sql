-- How readers react, counted as comments are written and decided (sqlite), so that the newsroom's
-- dashboard reads a few hundred rows instead of every comment.
--
-- Times are the newsroom's: a comment's day and hour are those of its wall-clock time as stored
-- (posted_local, in its story's zone), and a hold's instants are epoch milliseconds. Counts are by
-- a comment's current status: a moderator's decision moves a comment from one count to another.
-- The slot column lets PostgreSQL spread concurrent writers over rows; SQLite has one writer and
-- writes slot 0. Every count is a sum over its slots.
--
-- Kept up to date by the triggers below: a comment stored, any change of a comment's
-- status or reasons, a deleted comment, and the audit trail's holds and decisions. A bulk import
-- sets the insert trigger aside and counts what it stored at once before it commits
-- (insight.TallyStore); an import in groups is counted by the trigger.

-- Comments by the newsroom's hour and the story's source.
CREATE TABLE insight_hours (
    hour      TEXT    NOT NULL,
    source    TEXT    NOT NULL,
    slot      INTEGER NOT NULL,
    published INTEGER NOT NULL DEFAULT 0,
    pending   INTEGER NOT NULL DEFAULT 0,
    rejected  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, source, slot)
) WITHOUT ROWID;

-- Comments by the newsroom's day and story: the most discussed stories, by section and source.
CREATE TABLE insight_story_days (
    day        TEXT    NOT NULL,
    article_id INTEGER NOT NULL,
    slot       INTEGER NOT NULL,
    published  INTEGER NOT NULL DEFAULT 0,
    pending    INTEGER NOT NULL DEFAULT 0,
    rejected   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, article_id, slot)
) WITHOUT ROWID;

-- A commenter is their account ('account:12'), else the name they wrote under ('name:Ali').
-- first_at: the instant of their first comment anywhere on the site (new or returning).
CREATE TABLE insight_commenters (
    commenter TEXT    NOT NULL PRIMARY KEY,
    first_at  INTEGER NOT NULL
) WITHOUT ROWID;

-- Comments by day, source and commenter: the active commenters of a day or a week.
CREATE TABLE insight_commenter_days (
    day       TEXT    NOT NULL,
    source    TEXT    NOT NULL,
    commenter TEXT    NOT NULL,
    comments  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, source, commenter)
) WITHOUT ROWID;

-- Held and rejected comments by the kinds of their reasons ('links', 'moderator'), by day,
-- source and status: a comment counts once under each kind it has.
CREATE TABLE insight_reasons (
    day      TEXT    NOT NULL,
    source   TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    status   TEXT    NOT NULL,
    slot     INTEGER NOT NULL,
    comments INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, source, kind, status, slot)
) WITHOUT ROWID;

-- Each time a comment waited for a moderator: from its hold (screening held it, readers' reports
-- hid it) to the decision that ended the wait (decided_at null: still waiting), and how it ended.
CREATE TABLE insight_holds (
    comment_id INTEGER NOT NULL,
    held_at    INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    decided_at INTEGER,
    outcome    TEXT,
    PRIMARY KEY (comment_id, held_at)
);

CREATE INDEX insight_holds_by_decision ON insight_holds (decided_at);

-- What is stored already.

INSERT INTO insight_hours (hour, source, slot, published, pending, rejected)
SELECT substr(c.posted_local, 1, 13), a.source, 0,
       SUM(c.status = 'published'), SUM(c.status = 'pending'), SUM(c.status = 'rejected')
FROM comments c JOIN articles a ON a.id = c.article_id
GROUP BY substr(c.posted_local, 1, 13), a.source;

INSERT INTO insight_story_days (day, article_id, slot, published, pending, rejected)
SELECT substr(posted_local, 1, 10), article_id, 0,
       SUM(status = 'published'), SUM(status = 'pending'), SUM(status = 'rejected')
FROM comments
GROUP BY substr(posted_local, 1, 10), article_id;

INSERT INTO insight_commenters (commenter, first_at)
SELECT CASE WHEN account_id IS NOT NULL THEN 'account:' || account_id ELSE 'name:' || name END, MIN(posted_at)
FROM comments
GROUP BY CASE WHEN account_id IS NOT NULL THEN 'account:' || account_id ELSE 'name:' || name END;

INSERT INTO insight_commenter_days (day, source, commenter, comments)
SELECT substr(c.posted_local, 1, 10), a.source,
       CASE WHEN c.account_id IS NOT NULL THEN 'account:' || c.account_id ELSE 'name:' || c.name END, COUNT(*)
FROM comments c JOIN articles a ON a.id = c.article_id
GROUP BY 1, 2, 3;

INSERT INTO insight_reasons (day, source, kind, status, slot, comments)
SELECT substr(c.posted_local, 1, 10), a.source, k.kind, c.status, 0, COUNT(*)
FROM comments c
JOIN articles a ON a.id = c.article_id
JOIN (SELECT DISTINCT c2.id AS comment_id, json_extract(r.value, '$.kind') AS kind
      FROM comments c2, json_each(c2.reasons) r
      WHERE c2.reasons <> '' AND json_valid(c2.reasons) AND json_type(c2.reasons) = 'array'
        AND json_extract(r.value, '$.kind') IS NOT NULL
      UNION
      SELECT c3.id, 'other' FROM comments c3
      WHERE c3.reasons <> '' AND (NOT json_valid(c3.reasons) OR json_type(c3.reasons) <> 'array')) k
  ON k.comment_id = c.id
GROUP BY 1, 2, 3, 4;

INSERT INTO insight_holds (comment_id, held_at, article_id, decided_at, outcome)
SELECT e.comment_id, e.created_at, c.article_id,
       (SELECT d.created_at FROM moderation_events d
        WHERE d.comment_id = e.comment_id AND d.id > e.id AND d.from_status = 'pending'
          AND d.to_status IS NOT NULL AND d.to_status <> 'pending'
        ORDER BY d.id LIMIT 1),
       (SELECT d.to_status FROM moderation_events d
        WHERE d.comment_id = e.comment_id AND d.id > e.id AND d.from_status = 'pending'
          AND d.to_status IS NOT NULL AND d.to_status <> 'pending'
        ORDER BY d.id LIMIT 1)
FROM moderation_events e JOIN comments c ON c.id = e.comment_id
WHERE e.to_status = 'pending' AND (e.from_status IS NULL OR e.from_status <> 'pending')
ON CONFLICT (comment_id, held_at) DO NOTHING;

-- A comment stored: posted on the site, or imported.

CREATE TRIGGER insight_comment_added AFTER INSERT ON comments
BEGIN
    INSERT INTO insight_hours (hour, source, slot, published, pending, rejected)
    SELECT substr(NEW.posted_local, 1, 13), source, 0,
           NEW.status = 'published', NEW.status = 'pending', NEW.status = 'rejected'
    FROM articles WHERE id = NEW.article_id
    ON CONFLICT (hour, source, slot) DO UPDATE SET
        published = published + excluded.published,
        pending = pending + excluded.pending,
        rejected = rejected + excluded.rejected;
    INSERT INTO insight_story_days (day, article_id, slot, published, pending, rejected)
    VALUES (substr(NEW.posted_local, 1, 10), NEW.article_id, 0,
            NEW.status = 'published', NEW.status = 'pending', NEW.status = 'rejected')
    ON CONFLICT (day, article_id, slot) DO UPDATE SET
        published = published + excluded.published,
        pending = pending + excluded.pending,
        rejected = rejected + excluded.rejected;
    INSERT INTO insight_commenters (commenter, first_at)
    VALUES (CASE WHEN NEW.account_id IS NOT NULL THEN 'account:' || NEW.account_id ELSE 'name:' || NEW.name END,
            NEW.posted_at)
    ON CONFLICT (commenter) DO UPDATE SET first_at = excluded.first_at WHERE excluded.first_at < first_at;
    INSERT INTO insight_commenter_days (day, source, commenter, comments)
    SELECT substr(NEW.posted_local, 1, 10), source,
           CASE WHEN NEW.account_id IS NOT NULL THEN 'account:' || NEW.account_id ELSE 'name:' || NEW.name END, 1
    FROM articles WHERE id = NEW.article_id
    ON CONFLICT (day, source, commenter) DO UPDATE SET comments = comments + 1;
    INSERT INTO insight_reasons (day, source, kind, status, slot, comments)
    SELECT substr(NEW.posted_local, 1, 10), a.source, k.kind, NEW.status, 0, 1
    FROM articles a,
         (SELECT DISTINCT json_extract(value, '$.kind') AS kind
          FROM json_each(CASE WHEN json_valid(NEW.reasons) AND json_type(NEW.reasons) = 'array' THEN NEW.reasons ELSE '[]' END)
          WHERE json_extract(value, '$.kind') IS NOT NULL
          UNION SELECT 'other' WHERE NEW.reasons <> '' AND (NOT json_valid(NEW.reasons) OR json_type(NEW.reasons) <> 'array')) k
    WHERE a.id = NEW.article_id
    ON CONFLICT (day, source, kind, status, slot) DO UPDATE SET comments = comments + 1;
END;

-- A decision, a hold by readers' reports, or new reasons: the comment moves between counts.

CREATE TRIGGER insight_comment_decided AFTER UPDATE OF status, reasons ON comments
WHEN OLD.status IS NOT NEW.status OR OLD.reasons IS NOT NEW.reasons
BEGIN
    INSERT INTO insight_hours (hour, source, slot, published, pending, rejected)
    SELECT substr(NEW.posted_local, 1, 13), source, 0,
           (NEW.status = 'published') - (OLD.status = 'published'),
           (NEW.status = 'pending') - (OLD.status = 'pending'),
           (NEW.status = 'rejected') - (OLD.status = 'rejected')
    FROM articles WHERE id = NEW.article_id AND OLD.status IS NOT NEW.status
    ON CONFLICT (hour, source, slot) DO UPDATE SET
        published = published + excluded.published,
        pending = pending + excluded.pending,
        rejected = rejected + excluded.rejected;
    INSERT INTO insight_story_days (day, article_id, slot, published, pending, rejected)
    SELECT substr(NEW.posted_local, 1, 10), NEW.article_id, 0,
           (NEW.status = 'published') - (OLD.status = 'published'),
           (NEW.status = 'pending') - (OLD.status = 'pending'),
           (NEW.status = 'rejected') - (OLD.status = 'rejected')
    WHERE OLD.status IS NOT NEW.status
    ON CONFLICT (day, article_id, slot) DO UPDATE SET
        published = published + excluded.published,
        pending = pending + excluded.pending,
        rejected = rejected + excluded.rejected;
    INSERT INTO insight_reasons (day, source, kind, status, slot, comments)
    SELECT substr(OLD.posted_local, 1, 10), a.source, k.kind, OLD.status, 0, -1
    FROM articles a,
         (SELECT DISTINCT json_extract(value, '$.kind') AS kind
          FROM json_each(CASE WHEN json_valid(OLD.reasons) AND json_type(OLD.reasons) = 'array' THEN OLD.reasons ELSE '[]' END)
          WHERE json_extract(value, '$.kind') IS NOT NULL
          UNION SELECT 'other' WHERE OLD.reasons <> '' AND (NOT json_valid(OLD.reasons) OR json_type(OLD.reasons) <> 'array')) k
    WHERE a.id = OLD.article_id
    ON CONFLICT (day, source, kind, status, slot) DO UPDATE SET comments = comments - 1;
    INSERT INTO insight_reasons (day, source, kind, status, slot, comments)
    SELECT substr(NEW.posted_local, 1, 10), a.source, k.kind, NEW.status, 0, 1
    FROM articles a,
         (SELECT DISTINCT json_extract(value, '$.kind') AS kind
          FROM json_each(CASE WHEN json_valid(NEW.reasons) AND json_type(NEW.reasons) = 'array' THEN NEW.reasons ELSE '[]' END)
          WHERE json_extract(value, '$.kind') IS NOT NULL
          UNION SELECT 'other' WHERE NEW.reasons <> '' AND (NOT json_valid(NEW.reasons) OR json_type(NEW.reasons) <> 'array')) k
    WHERE a.id = NEW.article_id
    ON CONFLICT (day, source, kind, status, slot) DO UPDATE SET comments = comments + 1;
END;

-- Comments are never deleted by Broadsheet; should one be, it leaves every count (its commenter's
-- first comment stays as it was).

CREATE TRIGGER insight_comment_deleted AFTER DELETE ON comments
BEGIN
    INSERT INTO insight_hours (hour, source, slot, published, pending, rejected)
    SELECT substr(OLD.posted_local, 1, 13), source, 0,
           -(OLD.status = 'published'), -(OLD.status = 'pending'), -(OLD.status = 'rejected')
    FROM articles WHERE id = OLD.article_id
    ON CONFLICT (hour, source, slot) DO UPDATE SET
        published = published + excluded.published,
        pending = pending + excluded.pending,
        rejected = rejected + excluded.rejected;
    INSERT INTO insight_story_days (day, article_id, slot, published, pending, rejected)
    VALUES (substr(OLD.posted_local, 1, 10), OLD.article_id, 0,
            -(OLD.status = 'published'), -(OLD.status = 'pending'), -(OLD.status = 'rejected'))
    ON CONFLICT (day, article_id, slot) DO UPDATE SET
        published = published + excluded.published,
        pending = pending + excluded.pending,
        rejected = rejected + excluded.rejected;
    INSERT INTO insight_commenter_days (day, source, commenter, comments)
    SELECT substr(OLD.posted_local, 1, 10), source,
           CASE WHEN OLD.account_id IS NOT NULL THEN 'account:' || OLD.account_id ELSE 'name:' || OLD.name END, -1
    FROM articles WHERE id = OLD.article_id
    ON CONFLICT (day, source, commenter) DO UPDATE SET comments = comments - 1;
    INSERT INTO insight_reasons (day, source, kind, status, slot, comments)
    SELECT substr(OLD.posted_local, 1, 10), a.source, k.kind, OLD.status, 0, -1
    FROM articles a,
         (SELECT DISTINCT json_extract(value, '$.kind') AS kind
          FROM json_each(CASE WHEN json_valid(OLD.reasons) AND json_type(OLD.reasons) = 'array' THEN OLD.reasons ELSE '[]' END)
          WHERE json_extract(value, '$.kind') IS NOT NULL
          UNION SELECT 'other' WHERE OLD.reasons <> '' AND (NOT json_valid(OLD.reasons) OR json_type(OLD.reasons) <> 'array')) k
    WHERE a.id = OLD.article_id
    ON CONFLICT (day, source, kind, status, slot) DO UPDATE SET comments = comments - 1;
    DELETE FROM insight_holds WHERE comment_id = OLD.id;
END;

-- The audit trail: a comment held (by screening, or hidden by readers' reports) starts a wait;
-- the first decision that takes it out of pending ends it.

CREATE TRIGGER insight_comment_held AFTER INSERT ON moderation_events
WHEN NEW.comment_id IS NOT NULL AND NEW.to_status = 'pending' AND NEW.from_status IS NOT 'pending'
BEGIN
    INSERT INTO insight_holds (comment_id, held_at, article_id)
    SELECT NEW.comment_id, NEW.created_at, article_id FROM comments WHERE id = NEW.comment_id
    ON CONFLICT (comment_id, held_at) DO NOTHING;
END;

CREATE TRIGGER insight_hold_decided AFTER INSERT ON moderation_events
WHEN NEW.comment_id IS NOT NULL AND NEW.from_status = 'pending' AND NEW.to_status IS NOT NULL
    AND NEW.to_status <> 'pending'
BEGIN
    UPDATE insight_holds SET decided_at = NEW.created_at, outcome = NEW.to_status
    WHERE comment_id = NEW.comment_id AND decided_at IS NULL;
END;
