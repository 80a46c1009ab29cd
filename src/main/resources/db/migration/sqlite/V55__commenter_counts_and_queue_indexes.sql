-- The moderation queue (sqlite): each commenter's comments counted by status, kept by triggers on
-- every write (a post, a moderator's decision, readers' reports), so a queue card shows a
-- commenter's history without reading their comments. A commenter is their account
-- ('account:12'), else the name a guest posted under ('name:Ali'), among comments posted on this
-- site: an imported archive's names say nothing of who posts now.

CREATE TABLE commenter_counts (
    commenter TEXT    NOT NULL PRIMARY KEY,
    published INTEGER NOT NULL DEFAULT 0,
    pending   INTEGER NOT NULL DEFAULT 0,
    rejected  INTEGER NOT NULL DEFAULT 0,
    first_at  BIGINT  NOT NULL,
    last_at   BIGINT  NOT NULL
);

INSERT INTO commenter_counts (commenter, published, pending, rejected, first_at, last_at)
SELECT CASE WHEN account_id IS NOT NULL THEN 'account:' || account_id ELSE 'name:' || name END,
       SUM(status = 'published'), SUM(status = 'pending'), SUM(status = 'rejected'), MIN(created_at), MAX(created_at)
FROM comments WHERE origin = 'posted'
GROUP BY CASE WHEN account_id IS NOT NULL THEN 'account:' || account_id ELSE 'name:' || name END;

CREATE TRIGGER commenter_counts_on_insert AFTER INSERT ON comments WHEN NEW.origin = 'posted'
BEGIN
    INSERT INTO commenter_counts (commenter, published, pending, rejected, first_at, last_at)
    VALUES (CASE WHEN NEW.account_id IS NOT NULL THEN 'account:' || NEW.account_id ELSE 'name:' || NEW.name END,
            NEW.status = 'published', NEW.status = 'pending', NEW.status = 'rejected', NEW.created_at, NEW.created_at)
    ON CONFLICT (commenter) DO UPDATE SET
        published = published + excluded.published,
        pending = pending + excluded.pending,
        rejected = rejected + excluded.rejected,
        first_at = MIN(first_at, excluded.first_at),
        last_at = MAX(last_at, excluded.last_at);
END;

CREATE TRIGGER commenter_counts_on_status AFTER UPDATE OF status ON comments
WHEN NEW.origin = 'posted' AND OLD.status <> NEW.status
BEGIN
    UPDATE commenter_counts SET
        published = published + (NEW.status = 'published') - (OLD.status = 'published'),
        pending = pending + (NEW.status = 'pending') - (OLD.status = 'pending'),
        rejected = rejected + (NEW.status = 'rejected') - (OLD.status = 'rejected')
    WHERE commenter = CASE WHEN NEW.account_id IS NOT NULL THEN 'account:' || NEW.account_id ELSE 'name:' || NEW.name END;
END;

-- A commenter's bans and suspensions, past and present, for their queue cards.
CREATE INDEX sanctions_by_account ON sanctions (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX sanctions_by_name ON sanctions (name_key) WHERE name_key IS NOT NULL;
CREATE INDEX sanctions_by_client ON sanctions (client_key) WHERE client_key IS NOT NULL;

-- The approved tab starts from moderators' approvals.
CREATE INDEX moderation_events_by_action ON moderation_events (action, comment_id);
