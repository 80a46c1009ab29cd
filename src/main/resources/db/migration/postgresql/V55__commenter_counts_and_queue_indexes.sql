-- The moderation queue (postgresql): each commenter's comments counted by status, kept by triggers
-- on every write (a post, a moderator's decision, readers' reports), so a queue card shows a
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
       COUNT(*) FILTER (WHERE status = 'published'), COUNT(*) FILTER (WHERE status = 'pending'),
       COUNT(*) FILTER (WHERE status = 'rejected'), MIN(created_at), MAX(created_at)
FROM comments WHERE origin = 'posted'
GROUP BY 1;

CREATE FUNCTION commenter_counts_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    who TEXT := CASE WHEN NEW.account_id IS NOT NULL THEN 'account:' || NEW.account_id ELSE 'name:' || NEW.name END;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO commenter_counts AS counted (commenter, published, pending, rejected, first_at, last_at)
        VALUES (who, (NEW.status = 'published')::int, (NEW.status = 'pending')::int, (NEW.status = 'rejected')::int,
                NEW.created_at, NEW.created_at)
        ON CONFLICT (commenter) DO UPDATE SET
            published = counted.published + EXCLUDED.published,
            pending = counted.pending + EXCLUDED.pending,
            rejected = counted.rejected + EXCLUDED.rejected,
            first_at = LEAST(counted.first_at, EXCLUDED.first_at),
            last_at = GREATEST(counted.last_at, EXCLUDED.last_at);
    ELSE
        UPDATE commenter_counts SET
            published = published + (NEW.status = 'published')::int - (OLD.status = 'published')::int,
            pending = pending + (NEW.status = 'pending')::int - (OLD.status = 'pending')::int,
            rejected = rejected + (NEW.status = 'rejected')::int - (OLD.status = 'rejected')::int
        WHERE commenter = who;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER commenter_counts_on_insert AFTER INSERT ON comments
    FOR EACH ROW WHEN (NEW.origin = 'posted') EXECUTE FUNCTION commenter_counts_count();
CREATE TRIGGER commenter_counts_on_status AFTER UPDATE OF status ON comments
    FOR EACH ROW WHEN (NEW.origin = 'posted' AND OLD.status <> NEW.status) EXECUTE FUNCTION commenter_counts_count();

-- A commenter's bans and suspensions, past and present, for their queue cards.
CREATE INDEX sanctions_by_account ON sanctions (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX sanctions_by_name ON sanctions (name_key) WHERE name_key IS NOT NULL;
CREATE INDEX sanctions_by_client ON sanctions (client_key) WHERE client_key IS NOT NULL;

-- The approved tab starts from moderators' approvals.
CREATE INDEX moderation_events_by_action ON moderation_events (action, comment_id);
