-- What the nodes sharing this database coordinate through (sqlite).

-- A periodic job's claim: the node running it now (until expires_at) and when its last run
-- started, so that it runs on one node at a time and once a period across all of them.
CREATE TABLE leases (
    name        TEXT   NOT NULL PRIMARY KEY,
    holder      TEXT   NOT NULL,
    expires_at  BIGINT NOT NULL,
    last_run_at BIGINT NOT NULL DEFAULT 0
);

-- Rate limits counted across nodes, as token buckets kept in one number: the instant at which
-- the key's bucket is full again, in epoch microseconds (the generic cell rate algorithm). A key is a limit's name and
-- the digest of what it counts (a client, an account). Rows whose bucket is full are no state
-- and are deleted by a periodic job.
CREATE TABLE rate_limits (
    limit_key TEXT   NOT NULL PRIMARY KEY,
    full_at   BIGINT NOT NULL
);

CREATE INDEX rate_limits_by_time ON rate_limits (full_at);
