-- The slot a transaction counts into (postgresql): its transaction id's, not its server process's.
-- With a pool, the connections that post at once often share a process slot (pid % 8), and their
-- upserts of the same hour and story then waited for each other's row lock (26.5 ms a post under
-- load, measured with pg_stat_statements); consecutive transactions take consecutive slots.
-- Every count is a sum over its slots, so the counts stored stay right.
CREATE OR REPLACE FUNCTION insight_count(c comments, delta INTEGER, with_commenter BOOLEAN) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    v_source TEXT := (SELECT source FROM articles WHERE id = c.article_id);
    v_slot SMALLINT := txid_current() % 8;
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
